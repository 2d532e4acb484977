package quotes

import "unicode"

// nameRun is a name that runs over several mentions joined by "of", "for",
// "and" or "de" ("International Committee" of the "Red Cross"): the
// mentions head..tail.
type nameRun struct{ head, tail int32 }

// linkAcronyms joins an acronym ("PG&E", "EU", "ICRC") to the name in the
// text whose initials it spells ("Pacific Gas & Electric Co.", "European
// Union", "International Committee of the Red Cross"), or that it follows
// in parentheses ("Petroleos de Venezuela (PDVSA)"): news names an
// organisation in full once, then by its letters, and a reader credits the
// full name.
func (d *doc) linkAcronyms() {
	// Which mentions are letters, asked once each: the loops below,
	// runNext, acronymAfter and then pairShortForms read d.isLetters.
	lets := grow(d.isLetters, len(d.ments))
	d.isLetters = lets
	some := false
	for i := range d.ments {
		lets[i] = d.lettersName(&d.ments[i])
		some = some || lets[i] || d.acronymLed(&d.ments[i]) >= 0
	}
	if !some {
		return // most texts: no table built
	}
	byInit := d.byInit
	for i := range d.ments {
		if !lets[i] {
			d.addRuns(int32(i), byInit)
		}
	}
	for i := range d.ments {
		m := &d.ments[i]
		var key uint64
		if lets[i] {
			key = d.letters(m.first)
		} else if a := d.acronymLed(m); a >= 0 {
			// "DP World" for "Dubai Ports World", "Chinese CDC" for the
			// "Chinese Center for Disease Control …": letters for the
			// first words, the rest written out.
			n := 0
			if a > m.first {
				key = uint64(byte(unicode.ToUpper(d.r[d.toks[m.first].s])))
				n = 1
			}
			for k := a; k <= m.last; k++ {
				if k == a {
					for _, c := range d.r[d.toks[k].s:d.toks[k].e] {
						if c >= 'A' && c <= 'Z' && n < 8 {
							key |= uint64(c) << (8 * n)
							n++
						}
					}
					continue
				}
				if d.toks[k].kind == kWord && d.toks[k].cap && n < 8 {
					key |= uint64(byte(unicode.ToUpper(d.r[d.toks[k].s]))) << (8 * n)
					n++
				}
			}
		} else {
			continue
		}
		run, ok := byInit[key]
		if !ok && !lets[i] {
			run, ok = byInit[key|partKey]
		}
		if !ok {
			continue
		}
		e := d.ments[run.head].entity
		if run.tail > run.head {
			// The run is one name: its mentions are the head's entity,
			// named by the whole run.
			en := &d.ents[e]
			en.runFirst, en.runLast = d.ments[run.head].first, d.ments[run.tail].last
			for j := run.head + 1; j <= run.tail; j++ {
				d.ments[j].entity = e
			}
		}
		if old := m.entity; old != e {
			for j := range d.ments {
				if d.ments[j].entity == old {
					d.ments[j].entity = e
				}
			}
		}
	}
	clear(byInit)
}

// addRuns files the name that mention h opens under its initials, and under
// those of each longer run it heads ("Center for Disease Control" as CDC,
// "… and Prevention" as CDCP); a nationality word before it may lead the
// initials ("Chinese" + "Center …" as CCDC). An acronym in parentheses or
// after ", or" right after a run names that run whatever its letters.
func (d *doc) addRuns(h int32, byInit map[uint64]nameRun) {
	key, n := d.initials(&d.ments[h])
	if n == 0 {
		return
	}
	// "Chinese Center for Disease Control and Prevention" is also the
	// "Chinese CDC": its initials before "and" are filed too.
	if mh := &d.ments[h]; mh.last-mh.first >= 3 && mh.typ != tPer {
		if pk, pn := d.initialsBeforeAnd(mh); pn >= 2 && pn < n {
			if _, dup := byInit[pk]; !dup {
				byInit[pk] = nameRun{h, h}
			}
		}
	}
	var lead uint64
	if f := d.ments[h].first; f > 0 && d.toks[f-1].cap && d.toks[f-1].flags&wNationality != 0 && d.r[d.toks[f-1].s] < 128 {
		lead = uint64(unicode.ToUpper(d.r[d.toks[f-1].s]))
	}
	person := d.ments[h].typ == tPer // spelled out by parentheses only
	t := h
	for {
		file := func(k uint64, n int) {
			if _, dup := byInit[k]; n >= 2 && !dup && !person {
				byInit[k] = nameRun{h, t}
			}
			// A run of three capitalised words typed a person may still
			// be a body that "DP World" shortens: filed apart, for
			// names that write their last words out.
			if person && n >= 3 {
				if _, dup := byInit[k|partKey]; !dup {
					byInit[k|partKey] = nameRun{h, t}
				}
			}
		}
		file(key, n)
		if lead != 0 && n < 8 {
			file(lead|key<<8, n+1)
		}
		if a := d.acronymAfter(d.ments[t].last); a >= 0 {
			byInit[d.letters(a)] = nameRun{h, t} // written by the name it stands for
		}
		nx := d.runNext(t)
		if nx < 0 || t-h == 3 {
			return
		}
		k2, n2 := d.initials(&d.ments[nx])
		if n2 == 0 || n+n2 > 8 {
			return
		}
		key |= k2 << (8 * n)
		n += n2
		t = nx
	}
}

// runNext is the mention that carries the name of mention t on past a
// joining word and "the" ("Committee of the Red Cross"), or -1.
func (d *doc) runNext(t int32) int32 {
	k := d.ments[t].last + 1
	if k >= int32(len(d.toks)) || !d.joinWord(k) {
		return -1
	}
	k++
	if k < int32(len(d.toks)) && d.lowerIs(k, "the") {
		k++
	}
	if k >= int32(len(d.toks)) || d.toks[k].sent != d.toks[d.ments[t].last].sent {
		return -1
	}
	if nx := d.mentAt[k]; nx > t && d.ments[nx].first == k && !d.isLetters[nx] {
		return nx
	}
	return -1
}

// joinWord: a word that joins the parts of one long name.
// The token's length picks the words to compare: it runs for the words
// after most names.
func (d *doc) joinWord(k int32) bool {
	switch d.toks[k].e - d.toks[k].s {
	case 1:
		return d.isPunct(k, '&')
	case 2:
		return d.lowerIs(k, "of") || d.lowerIs(k, "de") || d.lowerIs(k, "du")
	case 3:
		return d.lowerIs(k, "for") || d.lowerIs(k, "and") || d.lowerIs(k, "des") || d.lowerIs(k, "del")
	}
	return false
}

// acronymAfter is the token of an acronym that a name at token last
// introduces: "… Venezuela (PDVSA)", "… Prevention, or CDC"; -1 if none.
func (d *doc) acronymAfter(last int32) int32 {
	k := last + 1
	switch {
	case d.isPunct(k, '(') && d.isPunct(k+2, ')'):
		k++
	case d.isPunct(k, ',') && k+2 < int32(len(d.toks)) && d.lowerIs(k+1, "or"):
		k += 2
	default:
		return -1
	}
	if k >= int32(len(d.toks)) {
		return -1
	}
	if m := d.mentAt[k]; m >= 0 && d.isLetters[m] {
		return k
	}
	return -1
}

// lettersName: a one-word name of two to six capitals, with "&" or dots
// ("PG&E", "U.N."), as names.go's acronym is not.
func (d *doc) lettersName(m *mention) bool {
	if m.first != m.last {
		return false
	}
	t := &d.toks[m.first]
	n := 0
	for _, c := range d.r[t.s:t.e] {
		switch {
		case unicode.IsUpper(c):
			n++
		case c != '&' && c != '.':
			return false
		}
	}
	return n >= 2 && n <= 6
}

// letters is the capitals of token k: "PG&E" -> "PGE", packed as initials
// are (at most 8 of them: lettersName allows 6).
func (d *doc) letters(k int32) uint64 {
	t := &d.toks[k]
	var key uint64
	n := 0
	for _, c := range d.r[t.s:t.e] {
		if unicode.IsUpper(c) && c < 128 && n < 8 {
			key |= uint64(c) << (8 * n)
			n++
		}
	}
	return key
}

// initials of a name's capitalised words, past "of", "and", "&", "de" and a
// company suffix: "Pacific Gas & Electric Co." -> "PGE", and how many;
// none when a word does not fit. Up to 8 letters packed in a word, one a
// byte, are a map key that allocates nothing.
func (d *doc) initials(m *mention) (key uint64, n int) {
	for k := m.first; k <= m.last; k++ {
		t := &d.toks[k]
		if t.kind != kWord {
			continue
		}
		c := d.r[t.s]
		if !t.cap || c >= 128 {
			if d.joinWord(k) || d.lowerIs(k, "the") {
				continue
			}
			return 0, 0
		}
		if d.in(k, lCompanySuffix) {
			continue
		}
		if n == 8 {
			return 0, 0
		}
		key |= uint64(byte(unicode.ToUpper(c))) << (8 * n)
		n++
	}
	return key, n
}

var companySuffix = map[string]bool{"co": true, "co.": true, "inc": true, "inc.": true, "corp": true,
	"corp.": true, "ltd": true, "ltd.": true, "llc": true, "plc": true}

// acronymLed: a name of two words or more that holds an acronym after at
// most a nationality ("DP World", "Chinese CDC"): the acronym's token, or
// -1. The words after it are written out.
func (d *doc) acronymLed(m *mention) int32 {
	if m.first == m.last || m.last-m.first > 3 || m.typ == tPlace {
		return -1
	}
	// Most names: no capital after the first letter of their first two
	// words.
	if t := &d.toks[m.first]; t.e-t.s < 2 || !unicode.IsUpper(d.r[t.s+1]) {
		if u := &d.toks[m.first+1]; u.e-u.s < 2 || !unicode.IsUpper(d.r[u.s+1]) {
			return -1
		}
	}
	a := m.first
	if d.toks[a].flags&wNationality != 0 {
		a++
	}
	if a > m.last || !d.lettersToken(a) {
		return -1
	}
	for k := a + 1; k <= m.last; k++ {
		if d.toks[k].kind == kWord && d.lettersToken(k) {
			return -1
		}
	}
	return a
}

// lettersToken: token k is two to six capitals ("DP", "CDC").
func (d *doc) lettersToken(k int32) bool {
	t := &d.toks[k]
	if t.kind != kWord || t.e-t.s < 2 || t.e-t.s > 6 || d.r[t.s+1] < 'A' || d.r[t.s+1] > 'Z' {
		return false
	}
	n := 0
	for _, c := range d.r[t.s:t.e] {
		if c < 'A' || c > 'Z' {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// partKey marks, in the initials table, a run typed a person, which only a
// name with some words written out ("DP World") may stand for. Initials
// use 7 bits a letter, so the top bit is free.
const partKey = uint64(1) << 63

// initialsBeforeAnd: the initials of mention m's words before its first
// "and", as initials packs them; none when it holds no "and".
func (d *doc) initialsBeforeAnd(m *mention) (key uint64, n int) {
	for k := m.first; k <= m.last; k++ {
		t := &d.toks[k]
		if t.kind != kWord {
			continue
		}
		if d.lowerIs(k, "and") {
			return key, n
		}
		if !t.cap || d.r[t.s] >= 128 {
			if d.joinWord(k) || d.lowerIs(k, "the") {
				continue
			}
			return 0, 0
		}
		if n == 8 {
			return 0, 0
		}
		key |= uint64(byte(unicode.ToUpper(d.r[t.s]))) << (8 * n)
		n++
	}
	return 0, 0
}
