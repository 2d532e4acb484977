package entities

// Names of events, prizes and agreements are MISC in the CoNLL scheme
// that news NER gold follows ("the World Cup", "the Nobel Prize", "the
// Kyoto Protocol", "the Battle of the Somme"), whatever their first words
// (a place, a person, an organisation) lead the tagger to say. Their
// head word says so: the last word, or the first before "of".

// eventEnds are the last words (normalised) of such names. "League",
// "Conference" and "Summit" are left out: a league and a conference are
// also bodies, and news gold types them ORG.
var eventEnds = map[string]bool{
	"cup": true, "games": true, "olympics": true, "paralympics": true, "championship": true,
	"championships": true, "award": true, "awards": true, "prize": true, "trophy": true,
	"festival": true, "war": true, "bowl": true, "treaty": true, "accord": true,
	"accords": true, "agreement": true, "protocol": true, "amendment": true,
	"revolution": true, "uprising": true, "marathon": true,
	// a law: "the Affordable Care Act", "the Clean Air Act" (GMB tags
	// them ORG; news gold sets, like CoNLL, MISC)
	"act": true,
	// contests and fairs: "the Davis Cup Final", "the ATP Finals", "the
	// Australian Open", "the Los Angeles Auto Show", "the World Series"
	"final": true, "finals": true, "open": true, "show": true, "expo": true, "series": true,
	"prix": true, "tournament": true,
	// a programme is a work, not the company that makes it: "The Daily
	// Podcast", "the Breakfast Podcast"
	"podcast": true,
}

// eventStarts head a name before "of": "Battle of Gettysburg", "Treaty of
// Versailles", "Siege of Petersburg".
var eventStarts = map[string]bool{
	"battle": true, "battles": true, "siege": true, "treaty": true, "peace": true,
}

// eventEndSet is eventEnds as a lowerSet (a quick no for most words).
var eventEndSet = newLowerSet(eventEnds)

// eventName reports a name (normalised words) headed by an event, prize
// or agreement word.
func eventName(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	if eventEndSet.has(ws[len(ws)-1]) {
		return true
	}
	return len(ws) > 2 && ws[1] == "of" && eventStarts[ws[0]]
}
