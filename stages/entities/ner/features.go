package ner

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds, a coarse shape used in feature conjunctions.
const (
	kindPunct uint8 = iota
	kindLower
	kindCap // Capitalised
	kindUpper
	kindDigit
	kindMixed
	kindAcronym // dotted: U.S.
	kindBoundary
)

// Word class bits, from the word lists and the model's lexicon.
const (
	clsTitle uint8 = 1 << iota
	clsOrgHead
	clsConnector
	clsCommonLower // seen often in lower case in the training text
	clsParticle    // lower-case name start: al-, bin, de
	clsLegal       // company form: Inc, Ltd, GmbH
)

// wordInfo is everything the features need from one token, as hashes, so
// that feature extraction is arithmetic without strings or allocations.
type wordInfo struct {
	low, shape, pre3, suf2, suf3, suf4 uint64
	kind, cls                          uint8
	hasUpper, hasLower                 bool
	digitsOnly                         bool
	letters                            bool  // ASCII letters only
	spaceBefore                        bool  // white space before the token
	full                               bool  // all fields set, not just basic ones
	gaz                                uint8 // gazetteer word roles (gt* bits)
	dot                                bool  // ends with a period: "Sen.", "U.S."
	caps                               bool  // in an all-caps run (see markCaps)
	clus                               uint8 // word cluster (see clusters.go), 0: none
	near                               bool  // completeInfo done
}

// fillInfo computes the basic wordInfo of every token of sc: enough to
// find segments. Tokens near a segment are completed by completeInfo.
func fillInfo(sc *scratch, text string, lx *lexicon) {
	sc.info = grow(sc.info, len(sc.toks))
	sc.upper = sc.upper[:0]
	clear(sc.lowered[:])
	sc.done.reset(len(sc.toks))
	// the slices and the previous token's end in locals: the call to
	// basicInfo made every field access a reload
	toks, classes := sc.toks, lx.classes
	info := sc.info[:len(toks)]
	prevEnd := -1
	if sc.singleFor != classes {
		sc.singleFor, sc.singleOK = classes, [2]uint64{}
	}
	for i := range toks {
		tk, wi := &toks[i], &info[i]
		// the white space test while tk is in registers: after the call
		// below it would be reloaded
		space := prevEnd < tk.b
		prevEnd = tk.e
		if tk.e-tk.b == 1 && text[tk.b] < utf8.RuneSelf {
			c := text[tk.b]
			// a one-byte token (a sixth of news tokens, punctuation
			// mostly): its basicInfo, a function of the byte and the
			// classes alone, is worked out once per scratch
			if sc.singleOK[c>>6]&(1<<(c&63)) == 0 {
				basicInfo(&sc.single[c], text[tk.b:tk.e], classes)
				sc.singleOK[c>>6] |= 1 << (c & 63)
			}
			*wi = sc.single[c]
		} else {
			basicInfo(wi, text[tk.b:tk.e], classes)
		}
		wi.spaceBefore = space
		if wi.hasUpper {
			sc.upper = append(sc.upper, int32(i))
		} else if wi.kind == kindLower {
			sc.lowered.add(wi.low)
		}
	}
	if sc.words != nil {
		appendWords(sc.words, toks, info)
	}
	markCaps(sc.info, sc.upper)
}

// appendWords appends the tokens with letters to words, from their basic
// wordInfo (a pass of its own: in fillInfo's loop it cost more).
func appendWords(words *Words, toks []token, info []wordInfo) {
	ascii, other := words.ASCII, words.Other
	for i := range info {
		wi := &info[i]
		switch {
		case wi.letters:
			ascii = append(ascii, WordHash{Low: wi.low, B: int32(toks[i].b), Len: int32(toks[i].e - toks[i].b)})
		case wi.hasUpper || wi.hasLower:
			other = append(other, [2]int32{int32(toks[i].b), int32(toks[i].e)})
		}
	}
	words.ASCII, words.Other = ascii, other
}

// completeInfo fills every field of the tokens [a, b).
func completeInfo(sc *scratch, text string, lx *lexicon, a, b int) {
	completeRange(sc, text, lx, a, b, a, b)
}

// completeRange fills the fields of the tokens [a, b) that features reads
// of a neighbour (all but the affix hashes), and every field of those in
// [sa, sb): features reads the affixes of the scored word only, and the
// tokens around a segment, a third of those completed, are spared them.
func completeRange(sc *scratch, text string, lx *lexicon, a, b, sa, sb int) {
	for i := a; i < b; i++ {
		wi := &sc.info[i]
		own := i >= sa && i < sb
		if wi.near {
			if own && !wi.full {
				// a neighbour of the segment before ("Ltd. Terms")
				tk := sc.toks[i]
				addAffixes(wi, text[tk.b:tk.e])
			}
			continue
		}
		tk := sc.toks[i]
		w := text[tk.b:tk.e]
		if wi.full {
			wi.clus = lx.clusters.get(clusterKey(w))
			wi.near = true
			continue
		}
		// a repeat of a word completed before is copied (see doneWords)
		rep, slot := sc.done.find(sc.info, sc.toks, text, w, wi.low, wi.caps)
		if rep < 0 {
			completeWord(wi, w, lx, own)
			sc.done.slots[slot] = int32(i + 1)
			continue
		}
		r := &sc.info[rep]
		wi.shape, wi.gaz, wi.clus, wi.near = r.shape, r.gaz, r.clus, true
		if own {
			if r.full {
				wi.pre3, wi.suf2, wi.suf3, wi.suf4, wi.full = r.pre3, r.suf2, r.suf3, r.suf4, true
			} else {
				addAffixes(wi, w)
			}
		}
	}
}

// completeWord completes the ASCII word w that basicInfo left without
// full: its shape, cluster and gazetteer roles, and its affixes when own.
func completeWord(wi *wordInfo, w string, lx *lexicon, own bool) {
	var ck uint32
	if sh := plainShape(wi, len(w)); sh != 0 {
		// a word of one shape run after its first letter: the shape is
		// its class's at its length, and only the affixes' bytes and,
		// when it has capitals, the bytes as written for its cluster are
		// read (a word without capitals hashes as its lower case does)
		wi.shape = sh
		if own {
			addAffixes(wi, w)
		}
		if wi.hasUpper {
			ck = clusterKey(w)
		} else {
			ck = clusterFP(wi.low)
		}
	} else {
		// addShape hashes the word's bytes for its cluster as it goes
		exact, _ := addShapeAffixes(wi, w, own) // ASCII: hashed
		ck = clusterFP(exact)
	}
	if wi.hasUpper {
		wi.gaz = lx.words.get(fingerprint(mix(0x70c, wi.low)))
	}
	wi.clus = lx.clusters.get(ck)
	wi.near = true
}

// plainShape is the shape addShape gives the ASCII word of n bytes wi
// (basicInfo's, no caps mark: a headline's words take other shapes) when
// it is of ASCII letters, lower-case, capitalised or all capitals, or of
// digits alone, else 0: such a word is one run of a shape after its
// first letter, hashed with the length.
func plainShape(wi *wordInfo, n int) uint64 {
	k := 0
	switch {
	case wi.caps:
		return 0
	case wi.digitsOnly:
		k = 1
	case !wi.letters:
		return 0
	case wi.kind == kindLower:
	case wi.kind == kindCap:
		k = 2
	case wi.kind == kindUpper:
		k = 3
	default:
		return 0
	}
	return plainShapes[k][min(n, 5)]
}

// plainShapes are the shapes of words of lower-case letters, of digits,
// of a capital and lower-case letters, and of capitals, by length (5 for
// 5 or more), as addShape hashes them.
var plainShapes = func() (t [4][6]uint64) {
	for k, run := range [][2]uint64{{'x', 'x'}, {'d', 'd'}, {'X', 'x'}, {'X', 'X'}} {
		for n := 1; n <= 5; n++ {
			h := (fnvOff ^ run[0]) * fnvPrime
			if n > 1 && run[1] != run[0] {
				h = (h ^ run[1]) * fnvPrime
			}
			t[k][n] = mix(h, uint64(n))
		}
	}
	return t
}()

// basicInfo sets low, kind, hasUpper, digitsOnly and, for the words that
// can join or start segments, cls. ASCII words take a fast path.
func basicInfo(wi *wordInfo, w string, classes *fpTable) {
	low := uint64(fnvOff)
	n := len(w)
	if n >= 1<<countBits {
		*wi = wordInfoOf(w, classes) // its counts would overflow
		return
	}
	// one table gives each byte's counts and, in its top byte, its lower
	// case: one load a byte (two tables cost two address loads a byte,
	// which the compiler will not hoist); the prime is read from a
	// variable, as a constant it is rematerialised at every multiply, and
	// so is the table's address (its nil check made once before the
	// loop, not at every byte); a non-ASCII byte is caught once after the
	// loop, from the bytes or-ed together
	var counts uint64
	var high byte
	tab, prime := asciiCountsLowerVar, fnvPrimeVar
	_ = tab[0] // tab's nil check, once
	for i := 0; i < len(w); i++ {
		c := w[i]
		high |= c
		e := tab[c]
		counts += e
		low = (low ^ e>>56) * prime
	}
	if high >= 0x80 {
		*wi = wordInfoOf(w, classes)
		return
	}
	counts &= 1<<(3*countBits) - 1 // the lower cases summed above the counts
	nUp, nLow, nDig := int(counts&countMask), int(counts>>countBits&countMask), int(counts>>(2*countBits))
	// field by field: a composite literal is built on the stack from byte
	// stores and copied with wide loads, a store-forwarding stall that was
	// a third of this function
	*wi = wordInfo{}
	wi.low, wi.hasUpper, wi.hasLower = low, nUp > 0, nLow > 0
	wi.digitsOnly, wi.dot = nDig > 0 && nDig == n, n > 1 && w[n-1] == '.'
	wi.letters = nUp+nLow == n
	switch {
	case nUp+nLow+nDig == 0:
		wi.kind = kindPunct
	case nUp+nLow+nDig < n && nUp > 0 && nDig == 0 && nLow == 0 && n > 2:
		wi.kind = kindAcronym
	case nDig == n:
		wi.kind = kindDigit
	case nUp == 0 && nDig == 0:
		wi.kind = kindLower
	case w[0] >= 'A' && w[0] <= 'Z' && nUp == 1 && nDig == 0:
		wi.kind = kindCap
	case nUp > 1 && nLow == 0 && nDig == 0:
		wi.kind = kindUpper
	default:
		wi.kind = kindMixed
	}
	if classes != nil {
		key := low
		if wi.dot {
			// classKey drops the period: the hash before it, undone from
			// low (FNV's prime is odd, so its multiply is invertible),
			// rather than kept at every byte
			key = low*fnvPrimeInverse ^ '.'
		}
		wi.cls = classes.get(fingerprint(key))
	}
}

// fnvPrimeInverse is the inverse of fnvPrime modulo 2^64.
const fnvPrimeInverse = 14886173955864302971

// asciiCounts and asciiLower are asciiBytes' counts and lower cases, as
// flat tables for basicInfo.
var asciiCounts, asciiLower = func() (c [256]uint64, l [256]uint8) {
	for i := range asciiBytes {
		c[i], l[i] = asciiBytes[i].counts, asciiBytes[i].lower
	}
	return c, l
}()

// asciiLowerVar, asciiShapeVar and asciiTrueShapeVar are the addresses
// of the tables in variables, for addShapeAffixes' byte loop (see
// asciiCountsLowerVar). Never written.
var asciiLowerVar, asciiShapeVar, asciiTrueShapeVar = &asciiLower, &asciiShape, &asciiTrueShape

// asciiShape is each ASCII byte's shape (x, X, d or the byte itself);
// asciiTrueShape the same with upper-case letters shaped x.
var asciiShape, asciiTrueShape = func() (s, t [256]uint8) {
	for i := range asciiBytes {
		s[i], t[i] = asciiBytes[i].shape, asciiBytes[i].shape
		if t[i] == 'X' {
			t[i] = 'x'
		}
	}
	return s, t
}()

// asciiCountsLower is asciiCounts with each byte's lower case in the
// top byte, for basicInfo.
var asciiCountsLower = func() (t [256]uint64) {
	for i := range t {
		t[i] = asciiCounts[i] | uint64(asciiLower[i])<<56
	}
	return t
}()

// asciiCountsLowerVar is the address of asciiCountsLower in a variable,
// as fnvPrimeVar holds fnvPrime: as a constant the address was worked
// out again at every byte of basicInfo's loop. Never written.
var asciiCountsLowerVar = &asciiCountsLower

// countBits is the width of one count in asciiByte.counts (upper-case
// letters, lower-case letters, digits, from the low bits up); the counts
// leave the top byte free (see asciiCountsLower).
const (
	countBits = 16
	countMask = 1<<countBits - 1
)

// asciiByte is an ASCII byte's lower case, its shape (x, X, d or the
// byte itself) and what it adds to the counts.
type asciiByte struct {
	counts       uint64
	lower, shape uint8
}

// asciiBytes has 256 entries so that a byte indexes it without a bounds
// check; only the ASCII ones are used.
var asciiBytes = func() (t [256]asciiByte) {
	for c := range byte(128) {
		t[c].lower, t[c].shape = c, c
		switch {
		case c >= 'A' && c <= 'Z':
			t[c].lower, t[c].counts, t[c].shape = c+'a'-'A', 1, 'X'
		case c >= 'a' && c <= 'z':
			t[c].counts, t[c].shape = 1<<countBits, 'x'
		case c >= '0' && c <= '9':
			t[c].counts, t[c].shape = 1<<(2*countBits), 'd'
		}
	}
	return t
}()

// classKey is the hash a word's class is looked up by: an abbreviation's
// period is dropped, so "Sen." is the title "sen".
func classKey(w string, low, prevLow uint64) uint64 {
	if len(w) > 1 && w[len(w)-1] == '.' {
		return prevLow
	}
	return low
}

const fnvOff, fnvPrime = 14695981039346656037, 1099511628211

// fnvPrimeVar is fnvPrime in a variable: a hot loop that reads it into a
// local keeps it in a register, where the constant is rematerialised
// with a 10-byte move at every multiply. Never written.
var fnvPrimeVar uint64 = fnvPrime

func hashRunes(rs []rune) uint64 {
	h := uint64(fnvOff)
	for _, r := range rs {
		h = (h ^ uint64(r)) * fnvPrime
	}
	return h
}

// lowerHash hashes a word as lowerInfo does, for building word lists.
func lowerHash(w string) uint64 {
	h := uint64(fnvOff)
	for _, r := range w {
		h = (h ^ uint64(unicode.ToLower(r))) * fnvPrime
	}
	return h
}

// mix combines a running hash with one value (splitmix64 finaliser).
func mix(h, v uint64) uint64 {
	h = (h ^ v) * 0x9E3779B97F4A7C15
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	return h ^ h>>29
}

// mixTop is mix without its last step, for a feature's hash: a model
// reads only a hash's top bits (at most maxModelBits, the row), and the
// last step, h ^ h>>29, leaves the top 29 bits as they are.
func mixTop(h, v uint64) uint64 {
	h = (h ^ v) * 0x9E3779B97F4A7C15
	h ^= h >> 31
	return h * 0xBF58476D1CE4E5B9
}

// addShape completes a basic wordInfo with the shape and affix hashes,
// as wordInfoOf computes them; ASCII words take a byte loop that reads
// each byte's shape and lower case from flat tables and keeps the last
// four lower-case bytes packed in one word. In an all-caps run a letter
// has the shape of its true case (see trueCase): a table of its own, so
// that the loop tests nothing for it; the prefix is hashed after the loop.
// An ASCII word's bytes as written are hashed in the same loop and
// returned (hashed true), as clusterKey hashes them.
func addShape(wi *wordInfo, w string) (exact uint64, hashed bool) {
	return addShapeAffixes(wi, w, true)
}

// addShapeAffixes is addShape that leaves an ASCII word's prefix and
// suffix hashes (and full) unset when affixes is false; addAffixes sets
// them later.
func addShapeAffixes(wi *wordInfo, w string, affixes bool) (exact uint64, hashed bool) {
	n := len(w)
	lower := asciiLowerVar
	_ = lower[0] // its nil check, once
	shape := uint64(fnvOff)
	exact = fnvOff
	prevSh := -1
	var last uint32 // the last four lower-case bytes, newest lowest
	shapes := asciiShapeVar
	i := 0
	if wi.caps {
		shapes = asciiTrueShapeVar
		if wi.kind != kindLower && n > 0 && w[0] < utf8.RuneSelf {
			// a capitalised word's first letter keeps its shape
			sh := asciiShape[w[0]]
			shape, prevSh = (shape^uint64(sh))*fnvPrime, int(sh)
			last = uint32(asciiLower[w[0]])
			exact = (exact ^ uint64(w[0])) * fnvPrime
			i = 1
		}
	}
	_ = shapes[0] // its nil check, once
	for ; i < n; i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			addShapeRunes(wi, w)
			return 0, false
		}
		if sh := shapes[c]; int(sh) != prevSh {
			shape = (shape ^ uint64(sh)) * fnvPrime
			prevSh = int(sh)
		}
		last = last<<8 | uint32(lower[c])
		exact = (exact ^ uint64(c)) * fnvPrime
	}
	wi.shape = mix(shape, uint64(min(n, 5)))
	if affixes {
		setAffixes(wi, w, last)
	}
	return exact, true
}

// addAffixes sets the prefix and suffix hashes of the ASCII word w, whose
// shape addShapeAffixes set without them.
func addAffixes(wi *wordInfo, w string) {
	var last uint32
	for _, c := range []byte(w[max(0, len(w)-4):]) {
		last = last<<8 | uint32(asciiLower[c])
	}
	setAffixes(wi, w, last)
}

// setAffixes sets the prefix and suffix hashes of the ASCII word w, whose
// last four bytes in lower case are last (newest lowest, missing ones 0),
// and marks wi full.
func setAffixes(wi *wordInfo, w string, last uint32) {
	n := len(w)
	// the prefix of three bytes unrolled (a shorter word gives its whole
	// self), as hashRunes hashes it
	pre := uint64(fnvOff)
	if n >= 3 {
		pre = (pre ^ uint64(asciiLower[w[0]])) * fnvPrime
		pre = (pre ^ uint64(asciiLower[w[1]])) * fnvPrime
		pre = (pre ^ uint64(asciiLower[w[2]])) * fnvPrime
	} else {
		for _, c := range []byte(w) {
			pre = (pre ^ uint64(asciiLower[c])) * fnvPrime
		}
	}
	wi.pre3 = pre
	// the suffixes of two, three and four bytes hashed as hashRunes does
	// (a shorter word gives its whole self; missing bytes are 0, as the
	// four-byte window of a short word always had them)
	l0, l1, l2, l3 := uint64(last>>24), uint64(last>>16&0xff), uint64(last>>8&0xff), uint64(last&0xff)
	h2 := (uint64(fnvOff) ^ l2) * fnvPrime
	h2 = (h2 ^ l3) * fnvPrime
	h3 := (uint64(fnvOff) ^ l1) * fnvPrime
	h3 = (h3 ^ l2) * fnvPrime
	h3 = (h3 ^ l3) * fnvPrime
	h4 := (uint64(fnvOff) ^ l0) * fnvPrime
	h4 = (h4 ^ l1) * fnvPrime
	h4 = (h4 ^ l2) * fnvPrime
	h4 = (h4 ^ l3) * fnvPrime
	switch n {
	case 1:
		whole := (uint64(fnvOff) ^ l3) * fnvPrime
		h2, h3, h4 = whole, whole, whole
	case 2:
		h3, h4 = h2, h2
	case 3:
		h4 = h3
	}
	wi.suf2, wi.suf3, wi.suf4 = mix(h2, 2), mix(h3, 3), mix(h4, 4)
	wi.full = true
}

// addShapeRunes is addShape for a word with non-ASCII bytes.
func addShapeRunes(wi *wordInfo, w string) {
	sp, cls, caps, kind, up := wi.spaceBefore, wi.cls, wi.caps, wi.kind, wi.hasUpper
	*wi = wordInfoOf(w, nil)
	wi.spaceBefore, wi.cls, wi.caps = sp, cls, caps
	if caps {
		wi.kind, wi.hasUpper = kind, up
	}
}

// wordInfoOf computes the hashes of one token.
func wordInfoOf(w string, classes *fpTable) wordInfo {
	var wi wordInfo
	var first [3]rune
	var last [4]rune
	n := 0
	low, prevLow := uint64(fnvOff), uint64(0)
	shape := uint64(fnvOff)
	var prevSh rune = -1
	nUp, nLow, nDig, nOther := 0, 0, 0, 0
	firstUpper := false
	for _, r := range w {
		lr := r
		var sh rune
		switch {
		case r < utf8.RuneSelf && r >= 'a' && r <= 'z':
			sh = 'x'
			nLow++
		case r < utf8.RuneSelf && r >= 'A' && r <= 'Z':
			lr = r + 'a' - 'A'
			sh = 'X'
			nUp++
			if n == 0 {
				firstUpper = true
			}
		case r < utf8.RuneSelf && r >= '0' && r <= '9':
			sh = 'd'
			nDig++
		case r < utf8.RuneSelf:
			sh = r
			nOther++
		case unicode.IsUpper(r):
			lr = unicode.ToLower(r)
			sh = 'X'
			nUp++
			if n == 0 {
				firstUpper = true
			}
		case unicode.IsLetter(r):
			sh = 'x'
			nLow++
		case unicode.IsDigit(r):
			sh = 'd'
			nDig++
		default:
			sh = r
			nOther++
		}
		if sh != prevSh {
			shape = (shape ^ uint64(sh)) * fnvPrime
			prevSh = sh
		}
		prevLow = low
		low = (low ^ uint64(lr)) * fnvPrime
		if n < 3 {
			first[n] = lr
		}
		last[n&3] = lr
		n++
	}
	wi.low, wi.shape = low, mix(shape, uint64(min(n, 5)))
	k := min(n, 3)
	wi.pre3 = hashRunes(first[:k])
	var suf [4]rune
	for j := 0; j < 4 && j < n; j++ {
		suf[3-j] = last[(n-1-j)&3]
	}
	wi.suf2 = mix(hashRunes(suf[4-min(n, 2):]), 2)
	wi.suf3 = mix(hashRunes(suf[4-min(n, 3):]), 3)
	wi.suf4 = mix(hashRunes(suf[4-min(n, 4):]), 4)
	wi.hasUpper, wi.hasLower = nUp > 0, nLow > 0
	wi.digitsOnly = nDig > 0 && nDig == n
	switch {
	case nUp+nLow+nDig == 0:
		wi.kind = kindPunct
	case nOther > 0 && nUp > 0 && nDig == 0 && nLow == 0 && n > 2:
		wi.kind = kindAcronym
	case nDig == n:
		wi.kind = kindDigit
	case nUp == 0 && nDig == 0:
		wi.kind = kindLower
	case firstUpper && nUp == 1 && nDig == 0:
		wi.kind = kindCap
	case nUp > 1 && nLow == 0 && nDig == 0:
		wi.kind = kindUpper
	default:
		wi.kind = kindMixed
	}
	if classes != nil {
		wi.cls = classes.get(fingerprint(classKey(w, low, prevLow)))
	}
	wi.full = true
	wi.dot = len(w) > 1 && w[len(w)-1] == '.'
	return wi
}

var boundaryInfo = wordInfo{low: 0xB0B0, shape: 0xB0B1, kind: kindBoundary, clus: boundaryCluster}

// Feature template ids, mixed into each feature's hash.
const (
	fBias uint64 = iota + 1
	fW0
	fShape0
	fPre3
	fSuf2
	fSuf3
	fSuf4
	fWm1
	fWp1
	fShm1
	fShp1
	fFirstW0
	fFirstShape
	fKinds
	fShapes3
	fSegPos
	fClsPos
	fWm1Title
	fGazSpan
	fGazWord
	fGazContext
	fClus
	fClusKind
	fClusContext
	nFeat = 24
)

// capsSalt is mixed into the templates of shapes and kinds in an
// all-caps run (see features).
const capsSalt = 0xca95 << 32

// The inner mixes of three features take two or four values: mixed once
// here, not per token (same hashes: the model is unchanged). Indexed by
// the caps run, the sentence's first word and a title before the word.
var (
	firstW0Mix    = [2]uint64{mix(fFirstW0, 0), mix(fFirstW0, 1)}
	firstShapeMix = [2][2]uint64{
		{mix(fFirstShape, 0), mix(fFirstShape, 1)},
		{mix(fFirstShape^capsSalt, 0), mix(fFirstShape^capsSalt, 1)},
	}
	biasFeature = mix(fBias, 0) // the same for every token
	wm1TitleMix = [2][2]uint64{
		{mix(fWm1Title, 0), mix(fWm1Title, uint64(clsTitle))},
		{mix(fWm1Title^capsSalt, 0), mix(fWm1Title^capsSalt, uint64(clsTitle))},
	}
)

// features writes the nFeat feature hashes of token i of a sentence
// (info[from:to]) that lies in a segment [sb, se) into dst.
// gz is the gazetteer match of the token (see gazSpans).
//
// Words two tokens away and word pairs are no features: without them GMB
// dev F1 drops 0.007 but the gold sets gain (UNER 0.641 -> 0.648, Reuters-128
// typed 0.606 -> 0.610): they learnt GMB's phrasing by heart. Seven fewer
// table look-ups per token make tagging cheaper too.
func features(dst []uint64, info []wordInfo, from, to, i, sb, se int, gz uint16) {
	at := func(j int) *wordInfo {
		if j < from || j >= to {
			return &boundaryInfo
		}
		return &info[j]
	}
	w0, m1, p1 := &info[i], at(i-1), at(i+1)
	first := uint64(0)
	if i == from || (i == from+1 && info[from].kind == kindPunct) {
		first = 1
	}
	pos := uint64(i - sb)
	if pos > 3 {
		pos = 3
	}
	rest := uint64(se - 1 - i)
	if rest > 3 {
		rest = 3
	}
	// in an all-caps run (a headline) shapes and kinds say nothing: their
	// features are other features there, learnt from upper-cased copies of
	// training sentences; word features are shared
	cs, ci := uint64(0), 0
	if w0.caps {
		cs, ci = capsSalt, 1
	}
	ti := 0
	if m1.cls&clsTitle != 0 {
		ti = 1
	}
	kinds := uint64(m1.kind)<<40 | uint64(m1.cls)<<32 | uint64(w0.kind)<<24 | uint64(w0.cls)<<16 | uint64(p1.kind)<<8 | uint64(p1.cls)
	dst = dst[:nFeat] // one bounds check for the stores below
	dst[0] = biasFeature
	dst[1] = mixTop(fW0, w0.low)
	dst[2] = mixTop(fShape0^cs, w0.shape)
	dst[3] = mixTop(fPre3, w0.pre3)
	dst[4] = mixTop(fSuf2, w0.suf2)
	dst[5] = mixTop(fSuf3, w0.suf3)
	dst[6] = mixTop(fSuf4, w0.suf4)
	dst[7] = mixTop(fWm1, m1.low)
	dst[8] = mixTop(fWp1, p1.low)
	dst[9] = mixTop(fShm1^cs, m1.shape)
	dst[10] = mixTop(fShp1^cs, p1.shape)
	dst[11] = mixTop(firstW0Mix[first&1], w0.low)
	dst[12] = mixTop(mix(firstShapeMix[ci][first&1], w0.shape), uint64(w0.cls))
	dst[13] = mixTop(fKinds^cs, kinds)
	dst[14] = mixTop(mix(mix(fShapes3^cs, m1.shape), w0.shape), p1.shape)
	dst[15] = mixTop(fSegPos^cs, pos<<8|rest)
	dst[16] = mixTop(fClsPos^cs, uint64(w0.cls)<<24|uint64(w0.kind)<<16|pos<<8|rest|first<<32)
	dst[17] = mixTop(wm1TitleMix[ci][ti], uint64(w0.kind)<<8|uint64(w0.cls))
	dst[18] = mixTop(fGazSpan, uint64(gz))
	dst[19] = mixTop(fGazWord^cs, uint64(w0.gaz)<<8|uint64(w0.kind))
	dst[20] = mixTop(fGazContext, uint64(m1.gaz)<<8|uint64(p1.gaz))
	// word clusters (clusters.go): the word's fine cluster, its coarse one
	// with its kind, the coarse clusters around it. Neighbours' fine
	// clusters and a coarse one alone did worse out of domain.
	dst[21] = mixTop(fClus, uint64(w0.clus))
	dst[22] = mixTop(fClusKind, uint64(w0.clus>>4)<<8|uint64(w0.kind))
	dst[23] = mixTop(fClusContext, uint64(m1.clus>>4)<<8|uint64(p1.clus>>4))
}

// firstRuneUpper reports whether w starts with an upper-case letter.
func startsUpperOrDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
