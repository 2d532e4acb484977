package entities

import (
	"strings"

	"github.com/wirestream/wirestream/kb"
)

// cluster groups the mentions of one thing, in order of appearance:
//   - the same normalised name;
//   - a surname (or a name's last words) after a full personal name:
//     "Trump" after "Donald Trump";
//   - a company's name without its legal suffix: "Paxar" after "Paxar Corp";
//   - an acronym of an earlier name: "NSC" after "National Security Council";
//   - an earlier name with an "s" (a possessive whose apostrophe was lost
//     in transmission, or a plural): "Texacos" after "Texaco".
//
// Short forms before the full name ("Trump" in a headline) join the full
// name when it is the only one that fits. Names that the KB ties
// ("U.S." and "United States") are merged after linking.
func (d *doc) cluster() {
	byKey := &d.byKey // recycled with the doc
	byKey.reset()
	for i := range d.ms {
		m := &d.ms[i]
		c32, known := byKey.getH(m.key, m.keyH)
		c := int(c32)
		ok := known
		if !ok {
			c = d.findAntecedent(m)
			ok = c >= 0
		}
		if base := possessiveBase(m.key); !ok && base != "" {
			c = d.possessiveAntecedent(byKey, m, base)
			m.owner = c >= 0 && !strings.ContainsAny(m.text, "'’") && d.ownerContext(m)
		} else if known {
			m.owner = d.ms[d.cs[c].ments[0]].key != m.key && d.ownerKey(c, m.key) && d.ownerContext(m)
		}
		if c < 0 {
			c = d.newCluster()
		}
		m.cluster = c
		if d.joinCluster(c, i) {
			// a new fullest name: filed under its words (the cluster's
			// earlier names stay filed, as stale entries)
			d.indexCluster(c)
		}
		if !known {
			byKey.setH(m.key, m.keyH, int32(c))
		}
	}
	d.cataphora()
	for ci := range d.cs {
		if !d.cs[ci].dead {
			d.cs[ci].typ = d.voteType(ci)
		}
	}
}

// ownerContext reports whether m stands where a possessive does, before
// what it owns ("Texacos stock", "Canadas largest producer"), not where
// a plural or a name does: after "the" ("the Goths"), before
// punctuation, a function word ("Goths or not") or a reporting verb
// ("Reuters said" after "Reuter").
func (d *doc) ownerContext(m *mention) bool {
	start, end := d.byteAt(m.start), d.byteAt(m.end)
	if w, _ := wordBefore(d.text, start); w == "the" || w == "The" {
		return false
	}
	next := wordAfter(d.text, end)
	return next != "" && !pluralNextSet.has(next) && !m.speaks
}

// pluralNextSet: words that follow a plural name, not a possessive.
var pluralNextSet = newLowerSet(map[string]bool{"or": true, "and": true, "of": true, "in": true, "to": true,
	"for": true, "with": true, "at": true, "on": true, "by": true, "from": true, "as": true, "were": true,
	"are": true, "was": true, "is": true, "have": true, "had": true, "has": true, "who": true, "which": true,
	"that": true})

// ownerKey reports whether the mentions of cluster ci written key are
// lost-apostrophe possessives (see mention.owner).
func (d *doc) ownerKey(ci int, key string) bool {
	for _, mi := range d.cs[ci].ments {
		if d.ms[mi].key == key {
			return d.ms[mi].owner
		}
	}
	return false
}

// fullest is the mention of a cluster with the most words (first on
// ties), kept up to date as mentions join (see joinCluster); nil for a
// cluster without mentions. Coreference and linking ask it thousands of
// times an article: a field read that inlines.
func (d *doc) fullest(ci int) *mention {
	if f := d.cs[ci].full; f >= 0 {
		return &d.ms[f]
	}
	return nil
}

// joinCluster appends mention mi to cluster ci, keeping its fullest, and
// reports whether mi is the new fullest.
func (d *doc) joinCluster(ci, mi int) bool {
	c := &d.cs[ci]
	c.ments = append(c.ments, mi)
	if c.full < 0 || len(d.ms[mi].core) > len(d.ms[c.full].core) {
		c.full = mi
		return true
	}
	return false
}

// findAntecedent returns the most recent cluster that m is a short form
// of, or -1.
func (d *doc) findAntecedent(m *mention) int {
	if acronymShaped(m) {
		// an acronym shares no word with its expansion: try every cluster
		for ci := len(d.cs) - 1; ci >= 0; ci-- {
			if !d.cs[ci].dead && shortFormOf(m, d.fullest(ci)) {
				return ci
			}
		}
		return -1
	}
	// otherwise m is a short form only of a name that starts or ends
	// with m's first or last word (see shortFormOf)
	best := -1
	words := [2]string{m.core[0], m.core[len(m.core)-1]}
	hashes := [2]uint64{m.firstH, m.lastH}
	n := 2
	if len(m.core) == 1 {
		n = 1 // one word: a second pass would find nothing new
	}
	for wi, w := range words[:n] {
		for h := d.idx.first(w, hashes[wi]); h > 0; h = d.idx.ent[h-1].next {
			ci := int(d.idx.ent[h-1].ci)
			if ci <= best || d.cs[ci].dead {
				continue
			}
			if shortFormOf(m, d.fullest(ci)) {
				best = ci
			}
		}
	}
	return best
}

// shortFormOf reports whether m names the same thing as the fuller f.
func shortFormOf(m, f *mention) bool {
	if len(m.core) >= len(f.core) {
		return false
	}
	switch f.typ {
	case "PER":
		// surname, or the last words of the name ("Trump", "Bader Ginsburg")
		if hasSuffix(f.core, m.core) {
			return true
		}
	case "ORG":
		if hasPrefix(f.core, m.core) && allSuffixes(f.core[len(m.core):]) {
			return true
		}
		// "Dow" after "Dow Chemical Co", "Ford" after "Ford Motor Co": the
		// first word of a company's name, when it is not a common one
		// a place does not speak: "Hanover said" after "Hanover Insurance Co"
		if len(m.core) == 1 && (m.typ == "ORG" || m.typ == "PER" || m.speaks) && len(m.core[0]) >= 3 &&
			coreEndsLikeCompany(f.core) && f.core[0] == m.core[0] && !genericFirst[m.core[0]] {
			return true
		}
	}
	return isAcronymOf(m, f)
}

func hasSuffix(long, short []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

func hasPrefix(long, short []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
	for i, w := range short {
		if long[i] != w {
			return false
		}
	}
	return true
}

func allSuffixes(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !kb.IsLegalSuffix(w) && !orgHeads[w] {
			return false
		}
	}
	return true
}

// isAcronymOf: "NSC" of "National Security Council", "U.N." of "United
// Nations" (function words skipped).
func isAcronymOf(m, f *mention) bool {
	if len(m.toks) != 1 || len(f.core) < 2 || len(m.toks[0]) < 2 || len(m.toks[0]) > 12 {
		return false
	}
	// the letters without their periods, against the initials of the
	// name's words, compared in place (ASCII: both sides are). Compared
	// first: most names differ at the first initial, and an acronym is
	// compared with every name of several words (see findAntecedent);
	// what is of the acronym alone is tested after
	tok := m.toks[0]
	j := 0
	for _, w := range f.core {
		if w == "of" || w == "and" || w == "for" || w == "the" || w == "de" {
			continue
		}
		for j < len(tok) && tok[j] == '.' {
			j++
		}
		if j == len(tok) || lowerByte(tok[j]) != lowerByte(w[0]) {
			return false
		}
		j++
	}
	for j < len(tok) && tok[j] == '.' {
		j++
	}
	if j != len(tok) {
		return false
	}
	for i := 0; i < len(tok); i++ {
		if c := tok[i]; !(c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	letters := len(tok) - strings.Count(tok, ".")
	return letters >= 2 && letters <= 8
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// cataphora joins a one-word personal cluster that came before the full
// name ("Trump ... Donald Trump") when exactly one full name fits.
func (d *doc) cataphora() {
	for ci := range d.cs {
		c := &d.cs[ci]
		if c.dead {
			continue
		}
		f := d.fullest(ci)
		if len(f.core) != 1 {
			continue
		}
		// the full names that end with this word are filed under it
		// (see indexCluster); an entry may repeat or be stale, so each is
		// checked against the cluster's current fullest name
		target := -1
		for h := d.idx.first(f.core[0], f.firstH); h > 0 && target != -2; h = d.idx.ent[h-1].next {
			cj := int(d.idx.ent[h-1].ci)
			if cj <= ci || cj == target || d.cs[cj].dead {
				continue
			}
			g := d.fullest(cj)
			if g.typ == "PER" && len(g.core) > 1 && hasSuffix(g.core, f.core) {
				if target >= 0 {
					target = -2
					break
				}
				target = cj
			}
		}
		if target >= 0 {
			d.merge(target, ci)
		}
	}
}

// merge moves the mentions of cluster from into cluster into.
func (d *doc) merge(into, from int) {
	if into == from {
		return
	}
	for _, mi := range d.cs[from].ments {
		d.ms[mi].cluster = into
		d.joinCluster(into, mi)
	}
	d.cs[from].ments, d.cs[from].full = nil, -1
	d.cs[from].dead = true
}

// voteType is the cluster's type: the majority of its mentions' types,
// ties going to the fullest mention's type. A mention typed by its
// context counts as cueVotes: the tagger's guesses on the other mentions
// of an unknown name are one guess repeated.
func (d *doc) voteType(ci int) string {
	f := d.fullest(ci)
	if len(f.core) > 1 && coreEndsLikeCompany(f.core) {
		return "ORG" // "Burlington Industries Inc", however its short forms were tagged
	}
	if eventName(f.core) {
		return "MISC" // "the Kyoto Protocol", "the Battle of Gettysburg"
	}
	if streetName(f.core) {
		return "LOC" // "Wall Street", "Regent Street"
	}
	bi := typeIndex(f.typ)
	if bi < 0 {
		bi = 3
	}
	if len(d.cs[ci].ments) == 1 {
		// one mention (most clusters), the fullest: its own vote is the
		// only one
		return typeNames[bi]
	}
	var n [4]int
	for _, mi := range d.cs[ci].ments {
		if i := typeIndex(d.ms[mi].typ); i >= 0 {
			n[i]++
			if d.ms[mi].cued {
				n[i] += cueVotes - 1
			}
		}
	}
	best := typeNames[bi]
	for i, v := range n {
		if v > n[bi] {
			best, bi = typeNames[i], i
		}
	}
	return best
}

const cueVotes = 3

// typeNames are the types by their typeIndex.
var typeNames = [4]string{"PER", "ORG", "LOC", "MISC"}

func typeIndex(t string) int {
	switch t {
	case "PER":
		return 0
	case "ORG":
		return 1
	case "LOC":
		return 2
	case "MISC":
		return 3
	}
	return -1
}

// orgHeads may also be dropped after a company's first mention
// ("Key Tronic Industries" ... "Key Tronic").
var orgHeads = map[string]bool{"industries": true, "international": true, "intl": true, "bancorp": true}

// genericFirst words begin many company names and name none of them alone.
var genericFirst = map[string]bool{
	"general": true, "american": true, "national": true, "first": true, "united": true,
	"international": true, "new": true, "british": true, "royal": true, "standard": true,
	"southern": true, "northern": true, "western": true, "eastern": true, "central": true,
	"pacific": true, "atlantic": true, "federal": true, "continental": true, "global": true,
	"world": true, "great": true, "bank": true, "china": true, "japan": true,
}

// possessiveBase is the key without a final "s" that its normalisation
// left when dropping the apostrophe ("texacos" from "Texaco's" or
// "Texacos"), or "" when that is not possible. Only names already in the
// article are matched with it, so "Paris" stays Paris.
func possessiveBase(key string) string {
	if len(key) < 4 || key[len(key)-1] != 's' || key[len(key)-2] == ' ' || key[len(key)-2] == 's' {
		return ""
	}
	return key[:len(key)-1]
}

// possessiveAntecedent is the cluster of the name that m is with an "s"
// added, or -1; never an adjective ("Philippines" after "Philippine").
func (d *doc) possessiveAntecedent(byKey *strTable, m *mention, base string) int {
	c32, ok := byKey.get(base)
	c := int(c32)
	if !ok {
		b := *m
		b.key = base
		var buf [8]string // on the stack: findAntecedent keeps nothing of b
		core := append(buf[:0], m.core...)
		core[len(core)-1] = core[len(core)-1][:len(core[len(core)-1])-1]
		b.core = core
		b.setHashes()
		c = d.findAntecedent(&b)
	}
	if c < 0 || d.ms[d.cs[c].ments[0]].typ == "MISC" {
		return -1
	}
	return c
}
