package segment

import "strings"

// policy says what a period after an abbreviation means for the sentence,
// given the word that follows it. The engine applies it in decide().
type policy uint8

const (
	// notAbbrev: an ordinary word; its period ends the sentence unless the
	// next word is lower case.
	notAbbrev policy = iota
	// prefix: a word that stands before what it qualifies (a title before a
	// name, "Mt." before a mountain, "e.g." before an example); its period
	// never ends a sentence inside a paragraph.
	prefix
	// beforeNumber: an abbreviation that is followed by a number ("No. 10",
	// "p. 55"); before a number it continues, otherwise it is a word.
	beforeNumber
	// month: "Jan. 28" continues; "in Sept. The" ends.
	month
	// closing: a word that usually ends a noun phrase ("Inc.", "Jr.", "Co.");
	// a capitalised word after it starts a new sentence.
	closing
	// ambiguous: an initialism or an initial ("U.S.", "D.C.", "W."), usually
	// followed by a capitalised word it qualifies ("U.S. Senate", "George W.
	// Bush"); it ends a sentence only before a word that commonly starts one
	// ("in the U.S. The next day").
	ambiguous
	// clock: "a.m." and "p.m.": like closing, but a weekday, a month or a
	// time zone after them continues the sentence ("5 p.m. Friday").
	clock
	// prefixOrPlace: "St." and "Dr." are a title before a name ("St. Louis",
	// "Dr. Lee") and a street after one ("Main St.", "Elm Dr."). After a
	// capitalised word or a number they may end a sentence before a word
	// that commonly starts one; elsewhere they are prefixes.
	prefixOrPlace
)

// abbrevs maps an abbreviation, written without its final period, to its
// policy. Keys are lower case unless the list is case-sensitive (see
// caseSensitive), because "co." and "Co." mean the same while "Ill." (the
// state) and "ill." (the adjective) do not.
var abbrevs = map[string]policy{}

// caseSensitive holds abbreviations that only count with their exact
// capitalisation, because the lower-case form is a common word.
var caseSensitive = map[string]policy{}

func addAll(p policy, words string) {
	for _, w := range strings.Fields(words) {
		abbrevs[strings.ToLower(w)] = p
	}
}

func addExact(p policy, words string) {
	for _, w := range strings.Fields(words) {
		caseSensitive[w] = p
	}
}

func init() {
	// Titles and ranks come before a name: "Gov. Kay Ivey", "Lt. Col. Ann
	// Lee", "Dr. Fauci". News style abbreviates them only in that position.
	addAll(prefix, `Mr Mrs Ms Messrs Mmes Drs Prof Profs Rev Revs Hon Msgr Fr
		Gov Govs Sen Sens Rep Reps Cong Pres Supt Atty Gen Lt Col Maj Capt Cmdr Cdr Adm
		Sgt Cpl Pvt Spc Pfc Ens Brig Insp Det Amb Sec Secy Treas Ald Asst
		Mme Mlle Sra Srta`)
	// Geographic prefixes come before a name: "Mt. Fuji", "Ft. Worth",
	// "Pt. Reyes".
	addAll(prefix, `Mt Ft Pt Ste`)
	// Saint or Street, Doctor or Drive.
	addAll(prefixOrPlace, `St Dr`)
	// Latin and reference abbreviations introduce what follows: "e.g. the
	// ...", "vs. Chicago", "cf. Smith".
	addAll(prefix, `e.g i.e vs v viz cf`)

	// Abbreviations written before a number: "No. 10 Downing St.",
	// "p. 55", "Fig. 3", "Vol. 2", "Art. 5", "N°. 1026". Without a number
	// after them they are ordinary words ("he said no. Then..."). Units are
	// not here: they follow their number ("5 ft.") and behave like words.
	addAll(beforeNumber, `No Nos p pp Fig Figs Vol Vols Art Arts Ch Chap Para Sect
		Exh Tel Ext Nr N° Nº Op Pg Rte Hwy Rt Apt ca approx est`)

	// Months: AP style abbreviates them before a day ("Jan. 28", "Sept.
	// 11"); a capitalised word after one usually starts a sentence only when
	// it is a word that commonly does.
	addAll(month, `Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`)

	// Endings of company names and lists end a noun phrase, so they often
	// end the sentence: "... Pitt, Briggs & Co. It closed", "etc. The".
	addAll(closing, `Inc Corp Co Cos Ltd Plc Llc Llp Bros Esq Assn Assoc Intl
		Mfg Dept Div Bldg Ave Blvd Rd Ln Pkwy Sq Jct etc al eds PhD Ph.D M.D B.A
		M.A B.S M.S D.D.S J.D LL.B LL.M Ed.D S.A N.V B.V L.P S.p.A S.A.B Pty`)

	// a.m. and p.m.: end a sentence before a capitalised word ("at 6 p.m.
	// He left"), but not before a day, month or zone ("5 p.m. Friday").
	addAll(clock, `a.m p.m am pm`)

	// Personal suffixes end a name, which may end the sentence ("... Robert
	// Smith Jr. He died") or go on in a longer name ("the Martin Luther King
	// Jr. Center").
	addAll(ambiguous, `Jr Sr`)
	// Initialisms of countries and organisations: "U.S. Senate" goes on,
	// "in the U.S. The next day" ends. Any other dotted capital sequence
	// ("N.Y.", "J.R.R.") is treated the same way by the engine.
	addAll(ambiguous, `U.S U.S.A U.K U.N E.U U.A.E U.S.S.R D.C N.Y N.J L.A
		S.F P.R`)
	// U.S. state abbreviations in AP style ("Springfield, Ill."). They are
	// case-sensitive because several are English words in lower case (ill,
	// miss, mass, wash, ore, del, ind, conn, neb).
	addExact(ambiguous, `Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans
		Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev Okla Ore Oreg Pa Penn
		Tenn Tex Va Vt Wash Wis Wisc Wyo`)
	// Weekdays in AP-style dates ("Fri. Nov. 29"); exact case, since
	// "wed" is a verb.
	addExact(ambiguous, `Tue Tues Wed Thu Thur Thurs Fri`)
	// Canadian provinces, abbreviated the same way in datelines.
	addExact(ambiguous, `Ont Que Alta Sask`)
}

// lookup returns the policy of the word before a period: exact case first,
// then lower case. buf is scratch space so that lookups do not allocate.
func lookup(word string, buf *[32]byte) policy {
	if p, ok := caseSensitive[word]; ok {
		return p
	}
	if len(word) > len(buf) {
		return notAbbrev
	}
	b := buf[:0]
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if p, ok := abbrevs[string(b)]; ok { // string(b) in a map index does not allocate
		return p
	}
	return notAbbrev
}
