package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"math/bits"
	"slices"

	"github.com/segmentio/encoding/json"
)

// The gazetteer holds two hashed tables taken from a knowledge base at
// training time (KB JSON lines, e.g. ../shared/kb): whole names with their
// types, and single name words with the roles they play (a first name, a
// surname, part of a place or an organisation name). Only 32-bit
// fingerprints are kept, so it is a compact feature source, not a copy of
// the KB; a false hit is one in ~10^4 look-ups.

// Token role bits in the token table.
const (
	gtPerFirst uint8 = 1 << iota // first word of a person's name
	gtPerLast                    // last word of a person's name
	gtLoc                        // a word of a place name
	gtOrg                        // a word of an organisation name
	gtMisc                       // a word of another name
	gtDemonym                    // "French", "Iraqi"
	gtAny                        // a word of some name, any role
)

// Name type bits in the name table: the Gaz* bits, gnDemonym, and
// gnCountry for the names of places that have demonyms (countries).
const (
	gnDemonym uint8 = 1 << 4
	gnCountry uint8 = 1 << 5
)

// fpTable maps 32-bit fingerprints to a byte. Look-ups touch one packed
// array (the high 24 bits of the fingerprint and the byte in one uint32;
// the low bits chose the slot), so a probe costs one cache miss. The pairs
// themselves are kept aside, sorted and cold, for writing the table out;
// while a table is being built they sit in a map.
type fpTable struct {
	slots []uint32 // fp&^0xff | value; 0: empty
	mask  uint32
	n     int
	keys  []uint32 // sorted
	vals  []uint8
	build map[uint32]uint8
}

func fingerprint(h uint64) uint32 {
	fp := uint32(h>>32) ^ uint32(h)
	if fp>>8 == 0 {
		fp |= 0x100 // the high bits tell a used slot from an empty one
	}
	return fp
}

// newFPTable returns an empty table to add to; call freeze when done.
func newFPTable() *fpTable { return &fpTable{build: map[uint32]uint8{}} }

func (t *fpTable) add(fp uint32, v uint8) { t.build[fp] |= v }

// freeze sorts the pairs and builds the look-up array, at a load of at
// most 3/4.
func (t *fpTable) freeze() *fpTable { return t.freezeLoad(3, 4) }

// freezeLoad is freeze at a load of at most num/den: a table looked up
// for most tokens pays for its size in fewer probes.
func (t *fpTable) freezeLoad(num, den int) *fpTable {
	if t.build != nil {
		t.keys = t.keys[:0]
		for fp := range t.build {
			t.keys = append(t.keys, fp)
		}
		slices.Sort(t.keys)
		t.vals = make([]uint8, len(t.keys))
		for i, fp := range t.keys {
			t.vals[i] = t.build[fp]
		}
		t.build = nil
	}
	size := 1024
	for size*num < len(t.keys)*den {
		size <<= 1
	}
	t.slots, t.mask, t.n = make([]uint32, size), uint32(size-1), len(t.keys)
	for k, fp := range t.keys {
		for i := fp & t.mask; ; i = (i + 1) & t.mask {
			if e := t.slots[i]; e == 0 || e&^0xff == fp&^0xff {
				t.slots[i] = fp&^0xff | uint32(t.vals[k]) | e&0xff
				break
			}
		}
	}
	return t
}

// get is the byte stored for fp, 0 when none (a false hit is one in
// ~10^4). Only a nil table is tested for: a frozen table has 1024 slots
// at least, so an empty one answers 0 at its first probe.
func (t *fpTable) get(fp uint32) uint8 {
	if t == nil {
		return 0
	}
	// A probe ends at an empty slot (value 0) or at fp's own: tag f = 0
	// or f = h, tested as one product (both under 2^24) so that the
	// usual one-probe look-up takes one well-predicted branch, whichever
	// way it ends: found or not is data, not a jump.
	h := uint64(fp >> 8)
	for i := fp & t.mask; ; i = (i + 1) & t.mask {
		e := t.slots[i]
		if f := uint64(e >> 8); f*(f^h) == 0 {
			return uint8(e)
		}
	}
}

// writeTo stores the pairs sorted, fingerprints delta-coded.
func (t *fpTable) writeTo(w *bufio.Writer) {
	var keys []uint32
	var vals []uint8
	if t != nil {
		keys, vals = t.keys, t.vals
	}
	var buf [binary.MaxVarintLen64]byte
	w.Write(buf[:binary.PutUvarint(buf[:], uint64(len(keys)))])
	prev := uint32(0)
	for _, fp := range keys {
		w.Write(buf[:binary.PutUvarint(buf[:], uint64(fp-prev))])
		prev = fp
	}
	w.Write(vals)
}

func readFPTable(r *bufio.Reader) (*fpTable, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<26 {
		return nil, errors.New("bad gazetteer size")
	}
	t := &fpTable{keys: make([]uint32, n), vals: make([]uint8, n)}
	prev := uint64(0)
	for i := range t.keys {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		prev += d
		if prev > 1<<32-1 || prev>>8 == 0 || (i > 0 && d == 0) {
			return nil, errors.New("bad gazetteer key")
		}
		t.keys[i] = uint32(prev)
	}
	if _, err := io.ReadFull(r, t.vals); err != nil {
		return nil, err
	}
	return t.freeze(), nil
}

// nameHash hashes a run of word hashes; the same for KB names and text.
func nameHash(lows []uint64) uint64 {
	h := uint64(len(lows))
	for _, l := range lows {
		h = mix(h, l)
	}
	return h
}

const maxGazWords = 6

// kbLine is the part of a KB JSON line the gazetteer reads.
type kbLine struct {
	Label    string   `json:"label"`
	Aliases  []string `json:"aliases"`
	Type     string   `json:"type"`
	Demonyms []string `json:"demonyms"`
}

// buildGazetteer reads KB JSON lines (a file, or a folder of *.jsonl).
func buildGazetteer(path string) (names, words *fpTable, err error) {
	files, err := jsonlFiles(path)
	if err != nil {
		return nil, nil, err
	}
	names, words = newFPTable(), newFPTable()
	var toks []token
	var lows []uint64
	var wi wordInfo
	add := func(name string, typ uint8, demonym, country bool) {
		toks = tokenize(toks[:0], name, 0, len(name), 0)
		if len(toks) == 0 || len(toks) > maxGazWords {
			return
		}
		lows = lows[:0]
		upper := false
		for _, tk := range toks {
			basicInfo(&wi, name[tk.b:tk.e], nil)
			lows = append(lows, wi.low)
			upper = upper || wi.hasUpper
		}
		if !upper {
			return // "computer": a common noun, not a name in text
		}
		nb := typ
		if demonym {
			nb = gnDemonym
		} else if country {
			nb |= gnCountry
		}
		names.add(fingerprint(nameHash(lows)), nb)
		for i, tk := range toks {
			basicInfo(&wi, name[tk.b:tk.e], nil)
			if !wi.hasUpper {
				continue
			}
			var b uint8
			switch {
			case demonym:
				b = gtDemonym
			case typ == GazPER && len(toks) > 1 && i == 0:
				b = gtPerFirst
			case typ == GazPER && len(toks) > 1 && i == len(toks)-1:
				b = gtPerLast
			case typ == GazLOC:
				b = gtLoc
			case typ == GazORG:
				b = gtOrg
			case typ == GazMISC:
				b = gtMisc
			}
			words.add(fingerprint(mix(0x70c, lows[i])), b|gtAny)
		}
	}
	for _, f := range files {
		if err := eachKBLine(f, func(l *kbLine) {
			var typ uint8
			switch l.Type {
			case PER:
				typ = GazPER
			case ORG:
				typ = GazORG
			case LOC:
				typ = GazLOC
			case MISC:
				typ = GazMISC
			default:
				return
			}
			country := typ == GazLOC && len(l.Demonyms) > 0
			add(l.Label, typ, false, country)
			for _, a := range l.Aliases {
				add(a, typ, false, country)
			}
			for _, d := range l.Demonyms {
				add(d, typ, true, false)
			}
		}); err != nil {
			return nil, nil, err
		}
	}
	return names.freeze(), words.freeze(), nil
}

func eachKBLine(path string, fn func(*kbLine)) error {
	return eachJSONLine(path, func(b []byte) error {
		var l kbLine
		if err := json.Unmarshal(b, &l); err != nil {
			return err
		}
		fn(&l)
		return nil
	})
}

// gazSpans returns, per token of the segment [sb, se), the longest
// gazetteer name covering it: its type bits, and the token's place in it
// (bits 8-9: 1 begin, 2 inside, 3 last; 0 single) and length (bits 10-11).
//
// hook, when set, is asked about spans the embedded tables do not know
// (text is then the text the tokens index).
func gazSpans(sc *scratch, lx *lexicon, sb, se int, hook Gazetteer, hc *hookCache, text string) []uint16 {
	n := se - sb
	sc.gz = grow(sc.gz, n)
	clear(sc.gz)
	sc.gzLong = false
	if lx.names == nil || lx.names.n == 0 {
		return sc.gz
	}
	info := sc.info[sb:se]
	// A KB name starts and ends with words of KB names: probing the table
	// (a cache miss each) or the hook only for such spans saves most
	// probes. ends holds, at bit k, whether token s+k may end one, for
	// the maxGazWords tokens from s: the lengths worth hashing are its
	// set bits, longest first.
	var ends uint
	for k := range min(maxGazWords-1, n) {
		if mayEndName(&info[k]) {
			ends |= 1 << k
		}
	}
	for s := 0; s < n; s++ {
		if e := s + maxGazWords - 1; e < n && mayEndName(&info[e]) {
			ends |= 1 << (maxGazWords - 1)
		}
		cand := ends
		ends >>= 1
		if w := &info[s]; !w.hasUpper || w.gaz&gtAny == 0 {
			continue
		}
		// a longer name found from an earlier start covers the first cov
		// words: no name here that short or shorter could change their
		// marks (covered at a length, covered at every shorter one)
		if sc.gz[s] != 0 {
			cov := 1
			for cov < maxGazWords && s+cov < n && coveredBy(sc.gz[s:s+cov+1], cov+1) {
				cov++
			}
			cand &^= 1<<cov - 1
		}
		for cand != 0 {
			l := bits.Len(cand)
			cand &^= 1 << (l - 1)
			nh := uint64(l)
			for k := s; k < s+l; k++ {
				nh = mix(nh, info[k].low)
			}
			v := lx.names.get(fingerprint(nh))
			if v == 0 && hook != nil && l <= maxHookWords && worthAsking(info[s:s+l], sb+s == sc.sentFrom) {
				v = askHook(sc, text, sb+s, sb+s+l, hook, hc, nh)
			}
			if v == 0 {
				continue
			}
			lb := uint16(min(l, 3))
			if l > 1 {
				sc.gzLong = true
			}
			for k := s; k < s+l; k++ {
				if old := sc.gz[k]; old != 0 && old>>10 >= lb {
					continue // a longer name already covers it
				}
				var pos uint16
				switch {
				case l == 1:
					pos = 0
				case k == s:
					pos = 1
				case k == s+l-1:
					pos = 3
				default:
					pos = 2
				}
				// the country bit is for the rules, not a feature
				sc.gz[k] = uint16(v&^gnCountry) | pos<<8 | lb<<10
			}
			break
		}
	}
	return sc.gz
}

// mayEndName reports whether a token may end a KB name (see gazSpans): a
// capitalised word of some KB name, or a number ("Apollo 11").
func mayEndName(w *wordInfo) bool {
	if w.hasUpper {
		return w.gaz&gtAny != 0
	}
	return w.kind == kindDigit
}

// askHook is the type bits the Gazetteer hook gives the span of tokens
// [a, b), whose words hash to nh (nameHash), through the cache.
func askHook(sc *scratch, text string, a, b int, hook Gazetteer, hc *hookCache, nh uint64) uint8 {
	ck := mix(nh, hookGaps(sc, text, a, b))
	if v, ok := hc.get(ck); ok {
		return v
	}
	var v uint8
	if key, ok := hookKey(sc, text, a, b); ok {
		if bits, ok := hook(key); ok {
			v = bits & (GazPER | GazORG | GazLOC | GazMISC)
		}
	}
	hc.put(ck, v)
	return v
}

// coveredBy reports whether every token of gz is marked as part of a
// name at least as long as one of l words would be marked (see gazSpans).
func coveredBy(gz []uint16, l int) bool {
	lb := uint16(min(l, 3))
	for _, g := range gz {
		if g == 0 || g>>10 < lb {
			return false
		}
	}
	return true
}

// worthAsking reports whether the Gazetteer hook (a look-up in a large KB,
// the dearest step of tagging) may know the span w as a name: not a title
// phrase ("President Joe", "Prime Minister"), not a list ("Cairo and
// Doha"), not a common word opening a sentence ("In Beijing"), not ending
// in a first name. The embedded tables are asked about every span.
func worthAsking(w []wordInfo, sentStart bool) bool {
	first, last := &w[0], &w[len(w)-1]
	if len(w) > 1 && (first.cls&clsTitle != 0 || last.cls&clsTitle != 0) {
		return false
	}
	if sentStart && first.cls&clsCommonLower != 0 && first.kind == kindCap {
		return false
	}
	if last.gaz&(gtPerFirst|gtPerLast|gtLoc|gtOrg|gtMisc) == gtPerFirst {
		return false
	}
	for i := 1; i < len(w)-1; i++ {
		if w[i].low == andHash {
			return false
		}
	}
	return true
}

// singleNameHash is nameHash of a one-word name.
func singleNameHash(low uint64) uint64 { return mix(1, low) }
