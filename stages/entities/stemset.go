package entities

// stemSet is a set of word-stem hashes: open addressing over a power-of-two
// table, because a Go map costs several times more per word and an
// article adds hundreds of words.
type stemSet struct {
	slots []uint64 // 0 is empty; a zero hash is stored as 1
	n     int
}

func newStemSet(hint int) *stemSet {
	size := 64
	for size < hint*2 {
		size <<= 1
	}
	return &stemSet{slots: make([]uint64, size)}
}

func (s *stemSet) add(h uint64) {
	if h == 0 {
		h = 1
	}
	if (s.n+1)*2 > len(s.slots) {
		s.grow()
	}
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return
		case 0:
			s.slots[i] = h
			s.n++
			return
		}
	}
}

func (s *stemSet) has(h uint64) bool {
	if h == 0 {
		h = 1
	}
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

func (s *stemSet) grow() {
	old := s.slots
	s.slots = make([]uint64, len(old)*2)
	s.n = 0
	for _, h := range old {
		if h != 0 {
			s.add(h)
		}
	}
}
