package kb

import "encoding/binary"

// MayBeLabel reports whether key (normalised) may be an entity's label in
// some layer. False is certain; true is wrong for about one key in a
// hundred or fewer that is no label. A caller that tries many made-up keys (a
// name's spelling variants) asks it first and skips most look-ups, each a
// few cache misses in a large KB. The filter is built on the first call,
// from the rows' hashes alone (no key is read): sixteen bits an entity.
func (k *KB) MayBeLabel(key string) bool {
	k.labelsOnce.Do(k.buildLabels)
	return k.labels.has(fnv32(key))
}

// labelFilter is a blocked Bloom filter of the label rows' hashes: a key
// sets four bits of one 64-bit block, so that a look-up reads one word.
// At a block per four labels, under 1% of other keys pass.
type labelFilter struct {
	blocks []uint64
}

func (k *KB) buildLabels() {
	n := 0
	for _, t := range k.layers {
		n += t.n
	}
	f := labelFilter{blocks: make([]uint64, max(1, n/4))}
	le := binary.LittleEndian
	for _, t := range k.layers {
		for i := range t.nRows {
			r := t.rows[i*rowSize : i*rowSize+rowSize]
			if le.Uint32(r[8:])&labelBit != 0 {
				f.add(le.Uint32(r))
			}
		}
	}
	k.labels = f
}

// spread mixes a row's 32-bit hash into a block index (high word) and
// four bit positions (low 24 bits): a splitmix64 finaliser.
func spread(h uint32) uint64 {
	x := (uint64(h) ^ 0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9
	x ^= x >> 31
	x *= 0x94D049BB133111EB
	return x ^ x>>29
}

func (f *labelFilter) at(x uint64) (*uint64, uint64) {
	// the block by multiply-shift, which needs no power-of-two size
	b := &f.blocks[(x>>32)*uint64(len(f.blocks))>>32]
	return b, 1<<(x&63) | 1<<(x>>6&63) | 1<<(x>>12&63) | 1<<(x>>18&63)
}

func (f *labelFilter) add(h uint32) {
	b, m := f.at(spread(h))
	*b |= m
}

func (f *labelFilter) has(h uint32) bool {
	b, m := f.at(spread(h))
	return *b&m == m
}
