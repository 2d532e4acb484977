package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/wirestream/wirestream/kb"
	"github.com/wirestream/wirestream/stages/entities/ner"
)

// mention is one recognised name with what coreference and linking need.
type mention struct {
	start, end int    // code points
	text       string // surface
	key        string // kb.Normalize(text)
	toks       []string
	core       []string // toks without leading titles, normalised, for matching
	typ        string
	cluster    int
	speaks     bool // a reporting verb follows: "Hanover said"
	// fragment: part of a longer name the tagger cut (see nameFragment),
	// worked out on first use (see isFragment) while fragKnown is false
	fragment, fragKnown bool
	cued                bool // typed by the words around it (see cueType), not the tagger
	owner               bool // a possessive whose apostrophe was lost: "Texacos stock" (see cluster)
	titled              bool // a person's title before it or "administration" after it (see personContext)
	near                nearWords
	// strHash of key and of core's first and last words, hashed once for
	// coreference's tables (see setHashes)
	keyH, firstH, lastH uint64
}

// setHashes sets keyH, firstH and lastH.
func (m *mention) setHashes() {
	m.keyH = strHash(m.key)
	m.firstH = strHash(m.core[0])
	m.lastH = m.firstH
	if len(m.core) > 1 {
		m.lastH = strHash(m.core[len(m.core)-1])
	}
}

// cluster is one entity of the document: its mentions, and its link.
type cluster struct {
	ments []int
	typ   string
	link  *kb.Candidate
	score float64
	dead  bool // merged into another cluster
	full  int  // the fullest mention (see fullest), -1 while none
}

type doc struct {
	text  string
	ms    []mention
	cs    []cluster
	words *stemSet // stem hashes of the text's content words, for context
	// looked caches KB look-ups by key: an article repeats its names
	looked   map[string][]kb.Candidate
	runeByte []int // code point -> byte offset; nil when text is ASCII

	descs   *descCache        // the stage's, shared by its articles
	lookups *lookupCache      // the stage's KB answers by key, shared likewise
	types   *keyCache[uint8]  // the stage's KB types by key, shared likewise
	typos   *keyCache[string] // the stage's typoKey answers by key, likewise
	idx     wordIndex         // clusters by their names' first and last words
	owners  ownerIndex        // clusters by their first choices' description words
	byKey   strTable          // cluster of each mention key (see cluster)

	// recycled backing arrays (see pool.go)
	runeBuf  []int
	wordBuf  []string
	keyBytes []byte
	typoBuf  []byte // scratch: swap variants of a name (see typoKey), a name with spaces for hyphens (see hyphenKey)
	keyList  []string
	candBuf  []candidate
	candSets [][]candidate // each cluster's candidates (see link)
	linkOf   strTable      // the cluster linked to each entity (see link)
	hitBuf   []int         // per-cluster counts (see cohere)
	tagBuf   []ner.Mention // the recognised mentions (see Annotate)
	cutAt    []int         // starts of names cut from their possessor (see cutPossessors)
	tagWords ner.Words     // the text's words as the tagger hashed them
	// haveWords: tagWords are this text's (else contextWords reads it)
	haveWords bool
	splitBuf  []ner.Mention // the recognised mentions, repaired (see splitMentions)
	roleBuf   []ner.Mention // splitBuf tidied (see tidyNames)
	// coreW[i]: the core of d.ms[i] is the tagger's words from
	// tagWords.ASCII[coreW[i]] on (a plain name, see nearCursor.plain);
	// -1 when not
	coreW  []int32
	ownBuf []uint64
	// itemBuf: the clusters to render (see entities)
	itemBuf []outItem
	// descSets, touchBuf: cohere's lists of description words and of
	// clusters hit
	descSets [][]uint64
	touchBuf []int
	setBuf   *stemSet
}

// add adds the recognised mentions.
func (d *doc) add(found []ner.Mention) {
	n := d.runeLen()
	d.ms, d.coreW = d.ms[:0], d.coreW[:0]
	words := d.wordBuf[:0]
	cur := nearCursor{}
	if d.haveWords {
		cur.ws = d.tagWords.ASCII
	}
	// every mention's key is normalised into one buffer, the doc's, and
	// read there in place (unsafe.String): one allocation per mention
	// was a fifth of the stage's, one string of all the keys a second
	// pass over the mentions. A key is the article's alone: whatever
	// keeps one past the article (the stage's caches) keeps a copy, and
	// the buffer is written again only by the next article's add (a key
	// read from an array the buffer outgrew stays where it is).
	buf := d.keyBytes[:0]
	for fi := range found {
		f := &found[fi]
		if f.Start < 0 || f.End > n || f.Start >= f.End {
			continue
		}
		bs, be := d.byteAt(f.Start), d.byteAt(f.End)
		near := cur.around(d.text, bs, be)
		wa, wb := cur.plain(d.text, bs, be)
		k0 := len(buf)
		if wb > wa && !(wb-wa > 1 && isThe(d.text, cur.ws[wa])) {
			// letters and single spaces: the key is the name in lower
			// case (an upper- or lower-case letter or a space, or-ed
			// with 0x20), its words where the name's are
			buf = append(buf, d.text[bs:be]...)
			lowerLetters(buf[k0:])
		} else {
			wa, wb = 0, 0
			buf = kb.AppendNormalized(buf, d.text[bs:be])
		}
		if len(buf) == k0 {
			continue // no key
		}
		surface := d.slice(f.Start, f.End)
		m := mention{start: f.Start, end: f.End, text: surface, typ: f.Type, cluster: -1}
		m.key = unsafe.String(&buf[k0], len(buf)-k0)
		// one backing array for every mention's words: two slices per
		// mention were most of this stage's allocations
		a, b := len(words), 0
		if wb > wa {
			for _, w := range cur.ws[wa:wb] {
				words = append(words, wordOf(d.text, w))
			}
			b = len(words)
			for _, w := range cur.ws[wa:wb] {
				o := int(w.B) - bs
				words = append(words, m.key[o:o+int(w.Len)])
			}
		} else {
			words = appendFields(words, surface)
			b = len(words)
			words = appendFields(words, m.key)
		}
		m.toks, m.core = words[a:b:b], words[b:len(words):len(words)]
		cw := int32(-1)
		if wb > wa {
			cw = int32(wa)
		}
		if len(m.toks) > 1 && len(m.core) > 1 && isTitle(m.toks[0]) {
			m.core = m.core[1:]
			if cw >= 0 {
				cw++
			}
		}
		if len(m.core) == 0 {
			continue
		}
		m.setHashes()
		m.near = near
		if w, ok := m.near.afterWord(d.text); ok {
			m.speaks = isReportingVerb(w)
		} else {
			m.speaks = speaksNext(d.text[be:])
		}
		if personContextNear(d.text, bs, be, &m.near) {
			m.typ, m.titled = "PER", true
		} else if t := cueTypeNear(d.text, bs, be, &m.near); t != "" && m.typ != "MISC" {
			// (a MISC nationality is a piece of the company: "shares of American Midland")
			m.typ, m.cued = t, true
		} else if m.typ == "LOC" && personCueNear(d.text, bs, be, &m.near) {
			// only a place the tagger guessed: a group, a party or a band
			// takes "who" as well ("Hamas, who"; "the Democrats, who")
			m.typ, m.cued = "PER", true
		}
		d.ms = append(d.ms, m)
		d.coreW = append(d.coreW, cw)
	}
	d.wordBuf, d.keyBytes = words, buf
}

// isFragment is mention i's fragment flag (see nameFragment), worked out
// on its first use: only linking asks, and only of a cluster that found
// candidates, up to its first mention that is no fragment (most
// mentions are never asked). What it reads (the mentions' offsets and
// types, cutAt) is set before coreference and not changed after. The
// tagger's own splits are no cuts: a person's name on either side, and a
// nationality before a place ("Indian Kashmir", "Pakistani Kashmir");
// nor is a possessor's ("Irans Ahvaz", see cutPossessors).
func (d *doc) isFragment(i int) bool {
	m := &d.ms[i]
	if m.fragKnown {
		return m.fragment
	}
	s, e := d.byteAt(m.start), d.byteAt(m.end)
	perLeft := i > 0 && d.byteAt(d.ms[i-1].end)+1 == s &&
		(d.ms[i-1].typ == "PER" || d.ms[i-1].typ == "MISC" && len(d.ms[i-1].toks) == 1 && m.typ == "LOC") ||
		slices.Contains(d.cutAt, m.start)
	perRight := i+1 < len(d.ms) && d.ms[i+1].typ == "PER" && d.byteAt(d.ms[i+1].start) == e+1
	m.fragment, m.fragKnown = nameFragmentNear(d.text, s, e, m.typ, perLeft, perRight, &m.near), true
	return m.fragment
}

func (d *doc) byteAt(cp int) int { return byteOf(d.runeByte, cp) }

// personContext: a title right before a name ("President Reagan",
// "Sen. East") or "administration" right after it ("the Carter
// administration") make it a person whatever the tagger said.
func personContext(text string, start, end int) bool {
	return personContextNear(text, start, end, &nearWords{})
}

// personContextNear is personContext that reads the word before from nw
// when it is the whole word (see wordStart).
func personContextNear(text string, start, end int, nw *nearWords) bool {
	if w := nw.before; w.Len > 0 && (w.B == 0 || wordStartByte(text, int(w.B))) {
		if personTitleSet.hasWord(wordOf(text, w), w.Low) {
			return true
		}
	} else {
		// the spaces around the name skipped by index (no trimming calls)
		p := start
		for p > 0 && text[p-1] == ' ' {
			p--
		}
		prev := text[:p]
		prev = prev[wordStart(prev):]
		if prev != "" && personTitleSet.has(prev) {
			return true
		}
	}
	q := end
	for q < len(text) && text[q] == ' ' {
		q++
	}
	return strings.HasPrefix(text[q:], "administration")
}

// wordStart is the offset of the last word of s: after the last space,
// tab, newline, "(", '"' or "“" (a byte scan: strings.LastIndexAny with a
// non-ASCII character decodes every rune).
func wordStart(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ' ', '\n', '\t', '(', '"':
			return i + 1
		case 0x9c: // the last byte of "“" (E2 80 9C)
			if i >= 2 && s[i-2] == 0xe2 && s[i-1] == 0x80 {
				return i + 1
			}
		}
	}
	return 0
}

// wordStartByte: wordStart(text[:i]) is i, for i > 0 (text[i-1] is one
// of wordStart's separators).
func wordStartByte(text string, i int) bool {
	switch text[i-1] {
	case ' ', '\n', '\t', '(', '"':
		return true
	case 0x9c:
		return i >= 3 && text[i-3] == 0xe2 && text[i-2] == 0x80
	}
	return false
}

// personTitles come before a person's name, and only a person's.
var personTitles = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "sen.": true, "senator": true, "rep.": true,
	"gov.": true, "governor": true, "president": true, "chancellor": true, "pope": true,
	"gen.": true, "lt.": true, "col.": true, "capt.": true, "sgt.": true, "adm.": true, "prof.": true,
	// British style writes them without the full stop ("Ms Hopley added")
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "mme": true, "sir": true, "dame": true,
}

func (d *doc) runeLen() int {
	if d.runeByte == nil {
		return len(d.text)
	}
	return len(d.runeByte) - 1
}

func (d *doc) slice(start, end int) string {
	if d.runeByte == nil {
		return d.text[start:end]
	}
	return d.text[d.runeByte[start]:d.runeByte[end]]
}

// contextWords is the set of the stems of the text's words (three letters
// or more, stop words out), built on first use.
func (d *doc) contextWords() *stemSet {
	if d.words != nil {
		return d.words
	}
	d.words = d.stemSetFor(len(d.text) / 6)
	if d.haveWords {
		addWordStems(d.text, &d.tagWords, d.words)
	} else {
		addTextStems(d.text, d.words)
	}
	return d.words
}

// contentStem hashes the stem of a word (lowercased, first six bytes);
// ok is false for short words and stop words. An ASCII word is hashed in
// one pass: the stem is the running hash of the whole word as it stood
// after six bytes (see addTextStems).
func contentStem(w string) (uint64, bool) {
	if len(w) < 3 {
		return 0, false
	}
	h, stem := uint64(fnvOffset), uint64(0)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return contentStemRunes(w)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
		if i == 5 {
			stem = h
		}
	}
	if stopHashes.has(h) {
		return 0, false
	}
	if len(w) < 6 {
		stem = h
	}
	return stem, true
}

// contentStemRunes is contentStem of a word with non-ASCII letters.
func contentStemRunes(w string) (uint64, bool) {
	low := []byte(strings.ToLower(w))
	if stopHashes.has(fullHash(string(low))) {
		return 0, false
	}
	return hashStem(low), true
}

// stemHash is the hash of a word's stem, stop words included.
func stemHash(w string) uint64 {
	var buf [24]byte
	low := buf[:0]
	for i := 0; i < len(w) && len(low) < 6; i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	return hashStem(low)
}

func hashStem(low []byte) uint64 {
	if len(low) > 6 {
		low = low[:6]
	}
	h := uint64(14695981039346656037)
	for _, c := range low {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// titles are words that precede a name without being part of it.
var titles = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"sir": true, "president": true, "gen.": true, "general": true, "sen.": true, "senator": true,
	"rep.": true, "gov.": true, "governor": true, "prime": true, "minister": true, "chancellor": true,
	"secretary": true, "king": true, "queen": true, "prince": true, "princess": true, "pope": true,
	"lt.": true, "col.": true, "capt.": true, "adm.": true, "prof.": true, "professor": true, "judge": true,
}

func isTitle(w string) bool { return titleSet.has(w) }

var stopWords = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "from": true, "that": true, "this": true,
	"was": true, "were": true, "are": true, "has": true, "have": true, "had": true, "its": true,
	"his": true, "her": true, "their": true, "they": true, "she": true, "who": true, "which": true,
	"not": true, "but": true, "been": true, "will": true, "would": true, "said": true, "also": true,
	"into": true, "about": true, "after": true, "over": true, "than": true, "more": true, "most": true,
	"one": true, "two": true, "all": true, "other": true, "since": true, "there": true, "when": true,
	"located": true, "part": true, "known": true, "former": true, "place": true,
	// words that say what kind of thing an entity is, not where or with
	// whom: they match any article and would favour short descriptions
	"city": true, "town": true, "village": true, "state": true,
	"country": true, "capital": true, "largest": true, "county": true, "province": true,
	"region": true, "district": true, "municipality": true, "commune": true, "seat": true,
	"area": true, "national": true, "international": true, "company": true, "organization": true,
	"political": true, "party": true, "people": true, "human": true, "settlement": true,
	"federal": true, "republic": true, "world": true, "global": true,
}

// appendFields appends the space-separated words of s to dst, as
// strings.Fields does (ASCII spaces and Unicode white space). An ASCII
// name is split by two table loops, over its spaces and over its words.
func appendFields(dst []string, s string) []string {
	n0 := len(dst)
	for i := 0; i < len(s); {
		for i < len(s) && fieldByte[s[i]] == fbSpace {
			i++
		}
		if i == len(s) {
			break
		}
		start := i
		for i < len(s) && fieldByte[s[i]] == fbWord {
			i++
		}
		if i < len(s) && fieldByte[s[i]] == fbHigh {
			// a non-ASCII name: start over rune by rune
			return appendFieldsRunes(dst[:n0], s)
		}
		dst = append(dst, s[start:i])
	}
	return dst
}

// fieldByte classes the bytes of a name for appendFields: the ASCII
// white space unicode.IsSpace knows, other ASCII, and non-ASCII bytes.
const (
	fbWord uint8 = iota
	fbSpace
	fbHigh
)

var fieldByte = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = fbHigh
		case c == ' ' || c >= '\t' && c <= '\r':
			t[c] = fbSpace
		}
	}
	return t
}()

func appendFieldsRunes(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// isReportingVerb: w is one of the verbs speaksNext looks for.
func isReportingVerb(w string) bool {
	switch w {
	case "said", "says", "told", "announced", "reported":
		return true
	}
	return false
}

// speaksNext reports whether rest starts with a reporting verb ("
// said", " says", " told").
func speaksNext(rest string) bool {
	if len(rest) < 5 || rest[0] != ' ' {
		return false
	}
	rest = rest[1:]
	switch rest[0] {
	case 's', 't', 'a', 'r': // most names are followed by none of the verbs
	default:
		return false
	}
	for _, v := range [...]string{"said", "says", "told", "announced", "reported"} {
		if strings.HasPrefix(rest, v) && (len(rest) == len(v) || !unicode.IsLetter(rune(rest[len(v)]))) {
			return true
		}
	}
	return false
}
