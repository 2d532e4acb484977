package entities

import (
	"bytes"
	"slices"
	"strings"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/wirestream/wirestream/kb"
)

// Config holds the linking weights and the NIL threshold. A candidate's
// score is a weighted sum of features in [0, 1]; the best candidate is
// linked when its score reaches Threshold and beats the runner-up by
// Margin.
type Config struct {
	Prior     float64 // popularity of the entity
	Type      float64 // the KB type agrees with the recognised type
	Context   float64 // description words found in the article
	Label     float64 // the name is the entity's label, not only an alias
	Long      float64 // the name looked up has several words
	Unique    float64 // the name has a single candidate
	Coherence float64 // description shared with the other entities' choices
	Mismatch  float64 // penalty: a person in the text, not in the KB, or back
	Swap      float64 // penalty: an organisation in the text, a place in the KB, or back
	Kind      float64 // the text names the place's kind ("provinces of ...") and the description's head agrees
	// SmallPlace is the extra score a small place (prior under
	// SmallPrior) needs when a one-word name found it: see smallPlace.
	SmallPlace float64
	SmallPrior float32
	// Guess replaces Type and Mismatch for a company or place of prior at
	// least GuessPrior when the name's PER type is the tagger's guess
	// (see perGuess): the type is unknown, half agreement.
	Guess      float64
	GuessPrior float32
	Threshold  float64
	Margin     float64
}

// DefaultConfig is tuned on Reuters-128 with ../shared/kb (see the package
// test notes); the weights are round numbers on purpose.
func DefaultConfig() Config {
	return Config{Prior: 0.5, Type: 0.2, Context: 0.4, Label: 0.05, Long: 0.1, Unique: 0.25, Coherence: 0.3, Mismatch: 0.2, Swap: 0.1,
		Kind:       0.4,
		SmallPlace: 0.25, SmallPrior: 0.47,
		Guess: 0.1, GuessPrior: 0.6,
		Threshold: 0.5, Margin: 0}
}

// candidate is a KB entity with its score for one cluster.
type candidate struct {
	kb.Candidate
	desc     *descWords // its description's words, nil without one
	fromLong bool       // found by a name of several words
	stripped bool       // found only by a company name without its legal suffix
	score    float64
}

// link links every cluster, then merges clusters linked to one entity
// ("U.S." and "United States").
//
// Linking runs twice when a name is ambiguous: the second pass adds
// coherence, how much of a candidate's description the descriptions of
// the other entities' first-pass choices share ("province of Argentina"
// among other Argentine provinces).
func (d *doc) link(k *kb.KB, cfg *Config) {
	cands := slices.Grow(d.candSets[:0], len(d.cs))[:len(d.cs)]
	clear(cands)
	d.candSets = cands
	ambiguous := false
	for ci := range d.cs {
		if !d.cs[ci].dead {
			cands[ci] = d.candidates(k, cfg, ci)
			ambiguous = ambiguous || len(cands[ci]) > 1
		}
	}
	if ambiguous && cfg.Coherence > 0 {
		d.cohere(cfg, cands)
	}
	byLink := &d.linkOf
	byLink.reset()
	for ci := range d.cs {
		c := &d.cs[ci]
		if c.dead {
			continue
		}
		best, score := decide(cfg, cands[ci])
		if best == nil || d.unsupportedPlace(cfg, ci, cands) || d.foreignBody(k, cfg, ci, best, cands) {
			continue
		}
		c.link, c.score = best, score
		if c.typ == "PER" && best.Type != kb.PER && best.Type != "" {
			c.typ = best.Type // a guessed person linked to a company or place (see perGuess)
		}
		h := strHash(best.ID)
		if into32, ok := byLink.getH(best.ID, h); ok {
			into := int(into32)
			if d.cs[into].score < score {
				d.cs[into].score = score
			}
			d.merge(into, ci)
			continue
		}
		byLink.setH(best.ID, h, int32(ci))
	}
	d.keepOwnNames(k)
}

// keepOwnNames clears the owner flag of a mention whose "s" form is a
// name of the entity its cluster links to: "Reuters" after "Reuter" is
// the agency's name, not a possessive.
func (d *doc) keepOwnNames(k *kb.KB) {
	for i := range d.ms {
		m := &d.ms[i]
		if !m.owner || d.cs[m.cluster].link == nil {
			continue
		}
		id := d.cs[m.cluster].link.ID
		for _, c := range d.lookup(k, m.key) {
			if c.ID == id {
				m.owner = false
				break
			}
		}
	}
}

// lookupKeys are the names a cluster is looked up by: its distinct names,
// longest first; a bare surname only when the cluster has no fuller name,
// and a company name without its legal suffix as a fallback.
func (d *doc) lookupKeys(ci int) (keys []string, stripped string) {
	f := d.fullest(ci)
	keys = d.keyList[:0] // recycled: candidates is done with the last list
	seen := func(k string) bool {
		for _, x := range keys {
			if x == k {
				return true
			}
		}
		return false
	}
	add := func(k string) {
		if k != "" && !seen(k) {
			keys = append(keys, k)
			if j := joinedCompound(k); j != "" && !seen(j) {
				keys = append(keys, j)
			}
		}
	}
	if len(f.core) > 1 && coreEndsLikeCompany(f.core) {
		// a company is identified by its full name; its short forms
		// ("Burlington") name other things too
		add(f.key)
		if stripped = kb.StripLegalSuffix(f.key); stripped != "" {
			add(stripped)
		}
		return keys, stripped
	}
	// longest names first: visit the mentions by decreasing word count
	maxWords := len(f.core)
	for n := maxWords; n >= 1; n-- {
		prev := ""
		for _, mi := range d.cs[ci].ments {
			// a name written as the one before adds nothing new
			if m := &d.ms[mi]; len(m.core) == n && m.text != prev {
				d.lookupMention(ci, f, m, add)
				prev = m.text
			}
		}
	}
	if stripped = stripLegalCore(f.core); stripped != "" {
		if seen(stripped) {
			stripped = ""
		}
		add(stripped)
	}
	return keys, stripped
}

// spacedCompounds are words that older copy writes apart after "air"
// and a KB writes as one: "Japan Air Lines" is "Japan Airlines".
var spacedCompounds = [...]string{"lines", "ways"}

// joinedCompound is key with a spaced compound written as one word, or
// "" when it has none.
func joinedCompound(key string) string {
	// "air " is looked for at the key's spaces (a key's words are joined
	// by one space each), not by a substring search of every key: most
	// keys have a space or two and no "air" before either
	i := -1
	for j := 3; j < len(key); j++ {
		if key[j] == ' ' && key[j-3:j] == "air" {
			i = j - 3
			break
		}
	}
	if i < 0 || i > 0 && key[i-1] != ' ' {
		return ""
	}
	rest := key[i+4:]
	for _, w := range spacedCompounds {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || rest[len(w)] == ' ') {
			return key[:i+3] + rest
		}
	}
	return ""
}

// lookupMention adds the look-up keys of one mention: its name, with a
// hyphen read as a space too, and without a leading title. A bare surname
// is no key when the person has a fuller name.
func (d *doc) lookupMention(ci int, f, m *mention, add func(string)) {
	if len(f.core) > 1 && len(m.core) == 1 && d.cs[ci].typ == "PER" {
		return
	}
	add(m.key)
	if strings.ContainsRune(m.text, '-') {
		// "West-Germany": the hyphen the normaliser drops ("G-20" ==
		// "G20") may stand for a space
		add(d.hyphenKey(m.text))
	}
	if len(m.core) > 1 && isTitle(m.toks[0]) {
		add(strings.Join(m.core, " "))
	}
}

// hyphenKey is kb.Normalize(strings.ReplaceAll(name, "-", " ")) made as
// one string: the name with spaces for hyphens is written in the doc's
// scratch buffer (AppendNormalized keeps nothing of it) and normalised on
// the stack.
func (d *doc) hyphenKey(name string) string {
	sp := append(d.typoBuf[:0], name...)
	for i, c := range sp {
		if c == '-' { // a byte of no multi-byte rune
			sp[i] = ' '
		}
	}
	d.typoBuf = sp
	var buf [64]byte
	return string(kb.AppendNormalized(buf[:0], unsafe.String(unsafe.SliceData(sp), len(sp))))
}

// cohere adds the coherence feature to the candidates of ambiguous names
// and re-sorts them. Only names whose decision it can change are scored.
func (d *doc) cohere(cfg *Config, cands [][]candidate) {
	// which clusters' first-pass choice has each description word
	// (a list per word, linked through one recycled array: a slice per
	// word was most of this function's allocations)
	ow := &d.owners
	ow.reset()
	for ci, cs := range cands {
		if len(cs) > 0 && cs[0].score >= cfg.Threshold {
			for _, h := range cs[0].desc.hashesOf() {
				ow.add(h, ci)
			}
		}
	}
	hits := slices.Grow(d.hitBuf[:0], len(cands))[:len(cands)]
	clear(hits)
	d.hitBuf = hits
	words, touched := d.descSets[:0], d.touchBuf[:0]
	defer func() { d.descSets, d.touchBuf = words[:0], touched[:0] }()
	for ci, cs := range cands {
		if len(cs) < 2 {
			continue
		}
		top := cs[0].score
		if (top >= cfg.Threshold && top-cs[1].score >= cfg.Coherence) || top+cfg.Coherence < cfg.Threshold {
			continue // coherence cannot change this decision
		}
		// only the words that tell the candidates apart count: "united
		// states" in both New York descriptions says nothing
		words = words[:0]
		for i := range cs {
			words = append(words, cs[i].desc.hashesOf())
		}
		for i := range cs {
			n := 0
			touched = touched[:0]
			for _, h := range words[i] {
				if inAll(h, words) {
					continue
				}
				n++
				for e := ow.first(h); e > 0; e = ow.ent[e-1].next {
					cj := ow.ent[e-1].ci
					if int(cj) == ci || cands[cj][0].ID == cs[i].ID {
						continue
					}
					if hits[cj] == 0 {
						touched = append(touched, int(cj))
					}
					hits[cj]++
				}
			}
			best := 0
			for _, cj := range touched {
				best = max(best, hits[cj])
				hits[cj] = 0
			}
			if n > 0 {
				cs[i].score += cfg.Coherence * float64(best) / float64(max(n, 2))
			}
		}
		d.namedInDescription(cfg, ci, cs, cands)
		slices.SortStableFunc(cs, byScore)
	}
}

func inAll(h uint64, words [][]uint64) bool {
	for _, ws := range words {
		found := false
		for _, w := range ws {
			if w == h {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// descHashes are the distinct stem hashes of a description's words, kind
// words included ("province of Argentina").
func descHashes(desc string) []uint64 { return appendDescHashes(nil, desc) }

// appendDescHashes appends descHashes(desc) to dst.
func appendDescHashes(dst []uint64, desc string) []uint64 {
	base := len(dst)
	out := dst
	start := -1
	add := func(w string) {
		if len(w) < 3 || strings.EqualFold(w, "the") || strings.EqualFold(w, "and") {
			return
		}
		h := stemHash(w)
		for _, x := range out[base:] {
			if x == h {
				return
			}
		}
		out = append(out, h)
	}
	for i, r := range desc {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			add(desc[start:i])
			start = -1
		}
	}
	if start >= 0 {
		add(desc[start:])
	}
	return out
}

// decide returns the best candidate, or nil for NIL.
func decide(cfg *Config, cands []candidate) (*kb.Candidate, float64) {
	if len(cands) == 0 {
		return nil, 0
	}
	top := &cands[0] // the caller keeps cands: no copy to the heap
	if top.score < cfg.Threshold {
		return nil, top.score
	}
	if len(cands) > 1 && top.score-cands[1].score < cfg.Margin {
		return nil, top.score
	}
	return &top.Candidate, top.score
}

// unsupportedPlace reports that the cluster's best candidate is a place
// of little popularity (a town of under 50,000 people) found by a
// one-word name, whose score does not clear the threshold by SmallPlace
// and whose state or country is not written after it ("Paramus, N.J.").
// A KB of every small town holds a namesake for many words that name
// something else in the text ("the Marina area", "Broadway, a new
// company"): the name's uniqueness in the KB is no evidence then.
func (d *doc) unsupportedPlace(cfg *Config, ci int, cands [][]candidate) bool {
	top := &cands[ci][0]
	if top.Type != kb.LOC || top.fromLong || top.Prior >= cfg.SmallPrior || top.score >= cfg.Threshold+cfg.SmallPlace {
		return false
	}
	for cj, other := range cands {
		if cj != ci && len(other) > 0 && other[0].Type == kb.LOC && other[0].score >= cfg.Threshold &&
			len(other[0].Label) >= 4 && containsWord(top.Description, other[0].Label) && d.followedBy(ci, cj) {
			return false
		}
	}
	return true
}

// candidates scores the candidates of a cluster, best first.
func (d *doc) candidates(k *kb.KB, cfg *Config, ci int) []candidate {
	if d.cs[ci].typ == "MISC" && d.fullest(ci).toks != nil && len(d.fullest(ci).core) == 1 {
		// one-word MISC names are mostly nationality adjectives ("French"),
		// which news gold sets do not link
		return nil
	}
	if len(d.fullest(ci).core) == 1 && regionAdjectiveSet.has(d.fullest(ci).core[0]) {
		return nil
	}
	// every cluster's candidates share the doc's recycled backing array
	base := len(d.candBuf)
	cands := d.candBuf[base:base]
	keys, stripped := d.lookupKeys(ci)
	if typo := d.typoKey(k, ci, keys); typo != "" {
		keys = append(keys, typo)
	}
	defer func() { d.keyList = keys[:0] }()
	// a name with a company's legal form is a company, whatever its short
	// forms also name: "Burlington Industries Inc" ... "Burlington"
	company := d.cs[ci].typ == "ORG" && coreEndsLikeCompany(d.fullest(ci).core)
	caps := isShortCaps(d.fullest(ci).text)
	for _, key := range keys {
		// a rune is at most UTFMax bytes: a longer key has two or more
		if len(key) <= utf8.UTFMax && utf8.RuneCountInString(key) < 2 {
			continue // "B" shares, "F" grades: letters are not names
		}
		long := strings.IndexByte(key, ' ') > 0
		found, descs := d.lookupDescs(k, key)
		for j := range found {
			c := &found[j] // the cache's, read in place: a candidate is copied only when kept
			if (company || key == stripped) && c.Type != "ORG" {
				continue // "Boston Corp" is not Boston
			}
			if key == stripped && (foreignToLegalForm(d.fullest(ci).core, c.Description) || titleOfWord(c.Label, key)) {
				continue // a "Plc" is no American company, "Sun Co" no newspaper "The Sun"
			}
			if caps && c.IsLabel && !isShortCaps(c.Label) {
				continue // "AA" (a rating) is not the river Aa
			}
			dup := false
			for i := range cands {
				if cands[i].ID == c.ID {
					dup = true
					cands[i].IsLabel = cands[i].IsLabel || c.IsLabel
					break
				}
			}
			if !dup {
				cand := candidate{Candidate: *c, fromLong: long, stripped: key == stripped}
				if c.Description != "" {
					cand.desc = d.descOf(descs, j, c.Description)
				}
				if cand.stripped && !c.IsLabel && sameCompanyName(c.Label, stripped) {
					// "Southern Co" is written "Southern Company" in the KB:
					// the whole name, with another spelling of its legal form
					cand.IsLabel, cand.fromLong = true, true
				}
				cands = append(cands, cand)
			}
		}
	}
	// a cluster of fragments only links to nothing (see allFragments): asked
	// only now, as most clusters without candidates need not read the
	// words around their mentions for it (the look-ups above only fill
	// the stage's caches)
	if len(cands) == 0 || d.allFragments(ci) {
		return nil
	}
	if cap(cands) == cap(d.candBuf)-base {
		d.candBuf = d.candBuf[:base+len(cands)]
	} else {
		// outgrew the buffer: cands keep their own array, later clusters
		// (and articles) get a larger buffer
		d.candBuf = make([]candidate, 0, 2*cap(d.candBuf)+4*len(cands))
	}
	cands = cands[:len(cands):len(cands)]
	typ := d.cs[ci].typ
	// whether the type is a guess, and the cluster's own words, are
	// worked out for the first candidate that needs them: most clusters'
	// candidates agree with their type, many have no description
	guessKnown, guess := false, false
	ownKnown := false
	var own []uint64
	for i := range cands {
		c := &cands[i]
		s := cfg.Prior * float64(c.Prior)
		if typ != c.Type && !guessKnown {
			guess, guessKnown = cfg.GuessPrior > 0 && d.perGuess(ci), true
		}
		if typ == c.Type {
			s += cfg.Type
		} else if guess && strongOverGuess(cfg, cands, i) && !d.notContainer(cfg, ci, c.Label) {
			s += cfg.Guess
		} else if typ == "PER" || c.Type == "PER" {
			s -= cfg.Mismatch
		} else {
			s -= cfg.Swap
		}
		if len(cands) == 1 {
			s += cfg.Unique
		}
		if c.Description != "" {
			if !ownKnown {
				own, ownKnown = d.ownWords(ci), true
			}
			s += cfg.Context * d.contextScore(c.desc.stems, own)
		}
		if c.IsLabel {
			s += cfg.Label
		}
		if c.fromLong {
			s += cfg.Long
		}
		c.score = s
	}
	if len(cands) > 1 && cfg.Kind > 0 {
		d.scoreKinds(cfg, ci, cands)
	}
	slices.SortStableFunc(cands, byScore)
	return cands
}

// regionAdjectives name a part of any country; alone they are adjectives
// ("the Southern spokeswoman", of Southern Co), not the "Southern
// Province" of Rwanda or of Zambia that a KB alias may give.
var regionAdjectives = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
}

// regionAdjectiveSet is regionAdjectives as a lowerSet (a quick no for
// most words).
var regionAdjectiveSet = newLowerSet(regionAdjectives)

// allFragments reports whether every mention of the cluster is a piece
// of a longer name ("Advanced Micro"): then nothing in the text names
// the entity the piece alone would be linked to.
func (d *doc) allFragments(ci int) bool {
	for _, mi := range d.cs[ci].ments {
		if !d.isFragment(mi) {
			return false
		}
	}
	return true
}

// ownWords are the words of the cluster's own names, which say nothing
// about the context when found in a description.
func (d *doc) ownWords(ci int) []uint64 {
	own := d.ownBuf[:0] // recycled: the previous cluster's list is done with
	defer func() { d.ownBuf = own }()
	var prev []string
	for _, mi := range d.cs[ci].ments {
		core := d.ms[mi].core
		if slices.Equal(core, prev) {
			continue // the same words again: their stems are in
		}
		prev = core
		if cw := d.coreW[mi]; cw >= 0 {
			// a plain name: its words come hashed by the tagger
			for _, w := range d.tagWords.ASCII[cw : int(cw)+len(core)] {
				if h, ok := wordStem(d.text, w); ok && !hasHash(own, h) {
					own = append(own, h)
				}
			}
			continue
		}
		for _, w := range core {
			if h, ok := contentStem(w); ok && !hasHash(own, h) {
				own = append(own, h)
			}
		}
	}
	return own
}

// contextScore is the share of a description's content words (stems)
// found in the article (a long description is not rewarded for its
// length); words compare by their first six letters, so "Argentine" meets
// "Argentina".
func (d *doc) contextScore(stems, own []uint64) float64 {
	words := d.contextWords()
	hits, n := 0, 0
	for _, h := range stems {
		if hasHash(own, h) {
			continue
		}
		n++
		if words.has(h) {
			hits++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hits) / float64(max(n, 2))
}

// byScore orders candidates best first (with a stable sort, ties keep
// their order).
func byScore(a, b candidate) int {
	switch {
	case a.score > b.score:
		return -1
	case a.score < b.score:
		return 1
	}
	return 0
}

// sameCompanyName reports whether label, without its legal form, is the
// stripped name: the label has a legal form too ("Southern Company" for
// "Southern Co"), not only the same first words ("Southern").
func sameCompanyName(label, stripped string) bool {
	var buf [96]byte
	l := kb.AppendNormalized(buf[:0], label)
	if len(l) <= len(stripped)+1 || string(l[:len(stripped)]) != stripped || l[len(stripped)] != ' ' {
		return false
	}
	// every word after the name is a legal form ("co ltd")
	for rest := l[len(stripped)+1:]; len(rest) > 0; {
		w := rest
		if i := bytes.IndexByte(rest, ' '); i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		if !kb.IsLegalSuffix(string(w)) {
			return false
		}
	}
	return true
}

// stripLegalCore is kb.StripLegalSuffix(strings.Join(core, " ")) without
// joining and splitting the name again.
func stripLegalCore(core []string) string {
	n := len(core)
	for n > 1 && kb.IsLegalSuffix(core[n-1]) {
		n--
		if n > 1 && n < len(core) && core[n-1] == "and" {
			n--
		}
	}
	if n == len(core) {
		return ""
	}
	return strings.Join(core[:n], " ")
}

func hasHash(hs []uint64, h uint64) bool {
	for _, x := range hs {
		if x == h {
			return true
		}
	}
	return false
}

// descOf is the words of the description of the j-th candidate of a
// look-up, kept in its slot of descs (nil without the stage's cache).
func (d *doc) descOf(descs []atomic.Pointer[descWords], j int, desc string) *descWords {
	if descs == nil {
		return d.descs.words(desc)
	}
	if w := descs[j].Load(); w != nil {
		return w
	}
	w := d.descs.words(desc)
	descs[j].Store(w)
	return w
}

// kbTypes is k.Types(key), once per key and stage (each time without the
// stage's cache).
func (d *doc) kbTypes(k *kb.KB, key string) uint8 {
	if d.types == nil {
		return k.Types(key)
	}
	return d.types.get(key, k.Types)
}

// lookup is k.Lookup(key), once per key and stage (or document).
func (d *doc) lookup(k *kb.KB, key string) []kb.Candidate {
	cands, _ := d.lookupDescs(k, key)
	return cands
}

// lookupDescs is lookup with the slots that keep each candidate's
// description words (see lookupEntry); no slots without the stage's cache.
func (d *doc) lookupDescs(k *kb.KB, key string) ([]kb.Candidate, []atomic.Pointer[descWords]) {
	if d.lookups != nil {
		e := d.lookups.lookup(k, key)
		return e.cands, e.descs
	}
	if c, ok := d.looked[key]; ok {
		return c, nil
	}
	if d.looked == nil {
		d.looked = make(map[string][]kb.Candidate, len(d.cs))
	}
	c := k.Lookup(key)
	d.looked[key] = c
	return c, nil
}

// scoreKinds adds the Kind feature: a place kind written next to the name
// ("the provinces of Buenos Aires, Cordoba") that heads the candidate's
// description, when it tells the candidates apart (not all share it).
func (d *doc) scoreKinds(cfg *Config, ci int, cands []candidate) {
	var buf [8]string
	kinds := buf[:0]
	same := true
	for i := range cands {
		kinds = append(kinds, cands[i].desc.kindOf())
		same = same && kinds[i] == kinds[0]
	}
	if same {
		// a kind near the name tells apart no candidates that share
		// theirs (most often none): the text around each mention is not
		// read
		return
	}
	var nb [8]string // room for the kinds on the stack
	near := d.nearKinds(ci, nb[:0])
	for _, k := range near {
		all := true
		for _, x := range kinds {
			all = all && x == k
		}
		if all {
			continue
		}
		for i := range cands {
			if kinds[i] == k {
				cands[i].score += cfg.Kind
			}
		}
	}
}

// isShortCaps reports a name of two or three capitals, with or without
// periods ("AA", "UN", "U.N."): an acronym, which a KB label of the same
// letters in lower case ("Aa") does not spell.
func isShortCaps(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			n++
		case c == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 3
}

// namedInDescription adds the coherence weight to the candidates whose
// description names the place written right after the name ("Nashville,
// Tenn": "place in Tennessee", not "city in North Carolina"), when not
// every candidate's description names it. Only that place: a country
// named anywhere in the article would pull every name to the small towns
// of that country.
func (d *doc) namedInDescription(cfg *Config, ci int, cs []candidate, cands [][]candidate) {
	for cj, other := range cands {
		if cj == ci || len(other) == 0 || other[0].score < cfg.Threshold || other[0].Type != "LOC" || !d.followedBy(ci, cj) {
			continue
		}
		label := other[0].Label
		if len(label) < 4 {
			continue
		}
		n := 0
		for i := range cs {
			if containsWord(cs[i].Description, label) {
				n++
			}
		}
		if n == 0 || n == len(cs) {
			continue
		}
		for i := range cs {
			if containsWord(cs[i].Description, label) {
				cs[i].score += cfg.Coherence
			}
		}
	}
}

// containsWord reports whether phrase occurs in s between word
// boundaries.
func containsWord(s, phrase string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], phrase)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(phrase)
		if (i == 0 || !isLetterByte(s[i-1])) && (j == len(s) || !isLetterByte(s[j])) {
			return true
		}
		off = i + 1
	}
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

// followedBy reports whether a mention of cluster ci is followed by ","
// and a mention of cluster cj ("Salem, Ore.").
func (d *doc) followedBy(ci, cj int) bool {
	for _, a := range d.cs[ci].ments {
		for _, b := range d.cs[cj].ments {
			ma, mb := &d.ms[a], &d.ms[b]
			// "Salem, Ore.", and "Salem,Ore." as wire copy sometimes has it
			if gap := mb.start - ma.end; (gap == 2 || gap == 1) && strings.TrimRight(d.slice(ma.end, mb.start), " ") == "," {
				return true
			}
		}
	}
	return false
}
