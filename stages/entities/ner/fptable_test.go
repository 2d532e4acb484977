package ner

import "testing"

// TestFreezeLoadMatchesFreeze: a table frozen sparser (as the classes
// table is) answers every look-up as the 3/4 table does: the keys' values,
// and 0 for a miss, unless the miss shares a key's top 24 bits (the bits
// a slot keeps), whose false hit depends on the probe chains.
func TestFreezeLoadMatchesFreeze(t *testing.T) {
	dense, sparse := newFPTable(), newFPTable()
	for i := range 5000 {
		fp := fingerprint(mix(7, uint64(i)))
		dense.add(fp, uint8(i%7+1))
		sparse.add(fp, uint8(i%7+1))
	}
	dense.freeze()
	sparse.freezeLoad(1, 3)
	if len(sparse.slots) <= len(dense.slots) || len(sparse.slots)/3 < sparse.n {
		t.Fatalf("sparse table: %d slots for %d keys (dense %d)", len(sparse.slots), sparse.n, len(dense.slots))
	}
	tags := map[uint32]bool{}
	for _, fp := range dense.keys {
		tags[fp>>8] = true
	}
	hits := 0
	for i := range 20000 {
		fp := fingerprint(mix(7, uint64(i)))
		d, s := dense.get(fp), sparse.get(fp)
		if i >= 5000 && tags[fp>>8] {
			continue
		}
		if d != s {
			t.Fatalf("key %d: dense %d, sparse %d", i, d, s)
		}
		if d != 0 {
			hits++
		}
	}
	if hits != 5000 {
		t.Errorf("hits %d, want 5000", hits)
	}
}

// TestEmptyTableGet: get no longer tests for an empty table; a frozen
// empty one (as a model without clusters or a KB may hold) and a nil one
// must still answer 0, as the test did, for any fingerprint.
func TestEmptyTableGet(t *testing.T) {
	var none *fpTable
	tables := map[string]*fpTable{"nil": none, "empty": newFPTable().freeze(), "empty 1/3": newFPTable().freezeLoad(1, 3)}
	for name, tb := range tables {
		for i := range 5000 {
			fp := fingerprint(mix(3, uint64(i)))
			if v := tb.get(fp); v != 0 {
				t.Fatalf("%s table: get(%x) = %d, want 0", name, fp, v)
			}
		}
	}
}
