package ner

// dropLowercased removes a one-word mention, capitalised only in its
// first letter, whose word the same document also writes in lower case:
// a word an article writes in lower case is a common word, and its
// capital comes from the sentence start or a heading's style ("Sorghum
// prices rose ... the sorghum harvest", "Armistice"). The model sees one
// sentence at a time and cannot tell. The cost is an institution named by
// a common word that the article also uses as one ("Treasury" beside "a
// treasury bill").
func dropLowercased(sc *scratch) {
	out := sc.ments[:0]
	for _, m := range sc.ments {
		if w := &sc.info[m.a]; m.b-m.a == 1 && w.kind == kindCap && !w.caps && !w.dot && sc.lowered.has(w.low) {
			continue
		}
		out = append(out, m)
	}
	sc.ments = out
}

// wordFilter is a Bloom filter of word hashes with two probes, filled
// while fillInfo reads the tokens. At 16,384 bits, a 4 KiB article's few
// hundred lower-case words make a false hit about one in 500.
type wordFilter [256]uint64

func (f *wordFilter) add(h uint64) {
	a, b := h>>50, h>>36&0x3fff
	f[a>>6] |= 1 << (a & 63)
	f[b>>6] |= 1 << (b & 63)
}

func (f *wordFilter) has(h uint64) bool {
	a, b := h>>50, h>>36&0x3fff
	return f[a>>6]&(1<<(a&63)) != 0 && f[b>>6]&(1<<(b&63)) != 0
}
