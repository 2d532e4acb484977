package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
)

// BIO tags: O, then B- and I- for each type in typeNames order.
const nTags = 9

var typeNames = [4]string{PER, ORG, LOC, MISC}

func tagType(t uint8) int { return int(t-1) & 3 }
func isB(t uint8) bool    { return t >= 1 && t <= 4 }
func isI(t uint8) bool    { return t >= 5 }

// allowed holds the BIO constraint: I-X only after B-X or I-X.
func allowed(prev, cur uint8) bool {
	return !isI(cur) || (prev != 0 && tagType(prev) == tagType(cur))
}

// Model is a trained tagger: hashed feature weights (one row of nTags per
// bucket), tag transition weights, and the lexicon of common lower-case
// words that the features consult.
type Model struct {
	bits  uint8
	w     []int16 // (1<<bits) rows of nTags, quantised
	scale float32 // w * scale is the perceptron weight
	trans [nTags][nTags]float32
	// w requantised into lane rows for emit (see pack)
	packed    []laneRow
	packed17  *[1 << emitBits]laneRow // packed, when bits is emitBits
	laneScale [nTags]float32
	lexicon
}

// lexicon is what the features look words up in: word classes (lists and
// common lower-case words) and the gazetteer.
type lexicon struct {
	lex          []uint64 // lowerHash of common lower-case words, sorted
	classes      *fpTable
	names, words *fpTable // gazetteer; nil when trained without a KB
	clusters     *fpTable // word clusters (see clusters.go); nil: none
}

const modelMagic = "wirestream-ner-5\n"

// maxModelBits bounds a model's rows, 1<<bits: features hash with
// mixTop, whose top 29 bits are mix's.
const maxModelBits = 26

// buildClasses merges the word lists and the lexicon into one table from
// a word's lower-case hash to its class bits (an open-addressing table:
// it is looked up for most tokens, and is cheaper than a map).
func buildClasses(lex []uint64) *fpTable {
	t := newFPTable()
	for _, h := range lex {
		t.add(fingerprint(h), clsCommonLower)
	}
	for _, l := range []struct {
		set map[string]struct{}
		bit uint8
	}{{titleWords, clsTitle}, {orgHeads, clsOrgHead}, {connectors, clsConnector}, {particles, clsParticle}, {legalForms, clsLegal}} {
		for w := range l.set {
			t.add(fingerprint(lowerHash(w)), l.bit)
		}
	}
	// about a quarter full (8.6K words in 32K slots, 128 KiB): it is
	// probed for every word, most of them not in it
	return t.freezeLoad(1, 3)
}

// WriteTo writes the model gzipped: magic, bits, scale, transitions,
// lexicon, gazetteer, clusters, weights, all little-endian.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	zw, err := gzip.NewWriterLevel(w, gzip.DefaultCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	bw.WriteByte(m.bits)
	le := binary.LittleEndian
	binary.Write(bw, le, m.scale)
	binary.Write(bw, le, m.trans)
	binary.Write(bw, le, uint32(len(m.lex)))
	// delta-coded sorted hashes compress far better than raw ones
	var prev uint64
	var buf [binary.MaxVarintLen64]byte
	for _, h := range m.lex {
		n := binary.PutUvarint(buf[:], h-prev)
		bw.Write(buf[:n])
		prev = h
	}
	m.names.writeTo(bw)
	m.words.writeTo(bw)
	m.clusters.writeTo(bw)
	// weights: a bitmap of the non-zero rows, then those rows; most
	// buckets stay empty, so this halves the file and its load time
	rows := len(m.w) / nTags
	bitmap := make([]byte, (rows+7)/8)
	for r := range rows {
		for _, v := range m.w[r*nTags : (r+1)*nTags] {
			if v != 0 {
				bitmap[r/8] |= 1 << (r % 8)
				break
			}
		}
	}
	bw.Write(bitmap)
	var row [2 * nTags]byte
	for r := range rows {
		if bitmap[r/8]&(1<<(r%8)) != 0 {
			for k, v := range m.w[r*nTags : (r+1)*nTags] {
				le.PutUint16(row[2*k:], uint16(v))
			}
			bw.Write(row[:])
		}
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return 0, zw.Close()
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	br := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || !bytes.Equal(magic, []byte(modelMagic)) {
		return nil, errors.New("ner model: bad magic")
	}
	m := &Model{}
	le := binary.LittleEndian
	if m.bits, err = br.ReadByte(); err != nil || m.bits < 8 || m.bits > maxModelBits {
		return nil, errors.New("ner model: bad size")
	}
	var nlex uint32
	if err := binary.Read(br, le, &m.scale); err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	if err := binary.Read(br, le, &m.trans); err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	if err := binary.Read(br, le, &nlex); err != nil || nlex > 1<<24 {
		return nil, errors.New("ner model: bad lexicon")
	}
	m.lex = make([]uint64, nlex)
	var prev uint64
	for i := range m.lex {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("ner model: lexicon: %w", err)
		}
		prev += d
		m.lex[i] = prev
	}
	if m.names, err = readFPTable(br); err != nil {
		return nil, fmt.Errorf("ner model: names: %w", err)
	}
	if m.words, err = readFPTable(br); err != nil {
		return nil, fmt.Errorf("ner model: words: %w", err)
	}
	if m.clusters, err = readFPTable(br); err != nil {
		return nil, fmt.Errorf("ner model: clusters: %w", err)
	}
	rows := 1 << m.bits
	m.w = make([]int16, rows*nTags)
	bitmap := make([]byte, (rows+7)/8)
	if _, err := io.ReadFull(br, bitmap); err != nil {
		return nil, fmt.Errorf("ner model: weights: %w", err)
	}
	var row [2 * nTags]byte
	for r := range rows {
		if bitmap[r/8]&(1<<(r%8)) == 0 {
			continue
		}
		if _, err := io.ReadFull(br, row[:]); err != nil {
			return nil, fmt.Errorf("ner model: weights: %w", err)
		}
		for k := range nTags {
			m.w[r*nTags+k] = int16(le.Uint16(row[2*k:]))
		}
	}
	if math.IsNaN(float64(m.scale)) || !slices.IsSorted(m.lex) {
		return nil, errors.New("ner model: corrupt")
	}
	m.classes = buildClasses(m.lex)
	m.pack()
	return m, nil
}

// viterbi decodes the best BIO sequence of one segment into tags; the
// segment is preceded by O (or the sentence start) and may end anywhere.
// The predecessor loop is unrolled: its compares are most of the cost,
// and an unrolled chain of them predicts better (ties go to the lowest
// predecessor, as the loop had it). The nine running scores are
// variables, not an array, so that they stay in registers.
func viterbi(tags []uint8, score []float32, back []uint8, trans *[nTags][nTags]float32) {
	n := len(tags)
	const neg = -1e30
	s0 := (*[nTags]float32)(score[:nTags])
	t0 := &trans[0]
	c0, c1, c2, c3, c4 := s0[0]+t0[0], s0[1]+t0[1], s0[2]+t0[2], s0[3]+t0[3], s0[4]+t0[4]
	c5, c6, c7, c8 := float32(neg), float32(neg), float32(neg), float32(neg)
	if n > 1 {
		// the second token, apart: the first has no I-X (neg), which can
		// win no comparison, so only O and B-X are predecessors — most
		// segments are one or two tokens long
		sc := (*[nTags]float32)(score[nTags : 2*nTags])
		bk := (*[nTags]uint8)(back[nTags : 2*nTags])
		b0, a0 := c0+trans[0][0], uint8(0)
		if v := c1 + trans[1][0]; v > b0 {
			b0, a0 = v, 1
		}
		if v := c2 + trans[2][0]; v > b0 {
			b0, a0 = v, 2
		}
		if v := c3 + trans[3][0]; v > b0 {
			b0, a0 = v, 3
		}
		if v := c4 + trans[4][0]; v > b0 {
			b0, a0 = v, 4
		}
		bk[0] = a0
		b1, a1 := c0+trans[0][1], uint8(0)
		if v := c1 + trans[1][1]; v > b1 {
			b1, a1 = v, 1
		}
		if v := c2 + trans[2][1]; v > b1 {
			b1, a1 = v, 2
		}
		if v := c3 + trans[3][1]; v > b1 {
			b1, a1 = v, 3
		}
		if v := c4 + trans[4][1]; v > b1 {
			b1, a1 = v, 4
		}
		bk[1] = a1
		b2, a2 := c0+trans[0][2], uint8(0)
		if v := c1 + trans[1][2]; v > b2 {
			b2, a2 = v, 1
		}
		if v := c2 + trans[2][2]; v > b2 {
			b2, a2 = v, 2
		}
		if v := c3 + trans[3][2]; v > b2 {
			b2, a2 = v, 3
		}
		if v := c4 + trans[4][2]; v > b2 {
			b2, a2 = v, 4
		}
		bk[2] = a2
		b3, a3 := c0+trans[0][3], uint8(0)
		if v := c1 + trans[1][3]; v > b3 {
			b3, a3 = v, 1
		}
		if v := c2 + trans[2][3]; v > b3 {
			b3, a3 = v, 2
		}
		if v := c3 + trans[3][3]; v > b3 {
			b3, a3 = v, 3
		}
		if v := c4 + trans[4][3]; v > b3 {
			b3, a3 = v, 4
		}
		bk[3] = a3
		b4, a4 := c0+trans[0][4], uint8(0)
		if v := c1 + trans[1][4]; v > b4 {
			b4, a4 = v, 1
		}
		if v := c2 + trans[2][4]; v > b4 {
			b4, a4 = v, 2
		}
		if v := c3 + trans[3][4]; v > b4 {
			b4, a4 = v, 3
		}
		if v := c4 + trans[4][4]; v > b4 {
			b4, a4 = v, 4
		}
		bk[4] = a4
		n5, n6, n7, n8 := c1+trans[1][5]+sc[5], c2+trans[2][6]+sc[6], c3+trans[3][7]+sc[7], c4+trans[4][8]+sc[8]
		bk[5], bk[6], bk[7], bk[8] = 1, 2, 3, 4
		c0, c1, c2, c3, c4 = b0+sc[0], b1+sc[1], b2+sc[2], b3+sc[3], b4+sc[4]
		c5, c6, c7, c8 = n5, n6, n7, n8
	}
	for t := 2; t < n; t++ {
		sc := (*[nTags]float32)(score[t*nTags : (t+1)*nTags])
		bk := (*[nTags]uint8)(back[t*nTags : (t+1)*nTags])
		// O and B-X may follow any tag
		b0, a0 := c0+trans[0][0], uint8(0)
		if v := c1 + trans[1][0]; v > b0 {
			b0, a0 = v, 1
		}
		if v := c2 + trans[2][0]; v > b0 {
			b0, a0 = v, 2
		}
		if v := c3 + trans[3][0]; v > b0 {
			b0, a0 = v, 3
		}
		if v := c4 + trans[4][0]; v > b0 {
			b0, a0 = v, 4
		}
		if v := c5 + trans[5][0]; v > b0 {
			b0, a0 = v, 5
		}
		if v := c6 + trans[6][0]; v > b0 {
			b0, a0 = v, 6
		}
		if v := c7 + trans[7][0]; v > b0 {
			b0, a0 = v, 7
		}
		if v := c8 + trans[8][0]; v > b0 {
			b0, a0 = v, 8
		}
		bk[0] = a0
		b1, a1 := c0+trans[0][1], uint8(0)
		if v := c1 + trans[1][1]; v > b1 {
			b1, a1 = v, 1
		}
		if v := c2 + trans[2][1]; v > b1 {
			b1, a1 = v, 2
		}
		if v := c3 + trans[3][1]; v > b1 {
			b1, a1 = v, 3
		}
		if v := c4 + trans[4][1]; v > b1 {
			b1, a1 = v, 4
		}
		if v := c5 + trans[5][1]; v > b1 {
			b1, a1 = v, 5
		}
		if v := c6 + trans[6][1]; v > b1 {
			b1, a1 = v, 6
		}
		if v := c7 + trans[7][1]; v > b1 {
			b1, a1 = v, 7
		}
		if v := c8 + trans[8][1]; v > b1 {
			b1, a1 = v, 8
		}
		bk[1] = a1
		b2, a2 := c0+trans[0][2], uint8(0)
		if v := c1 + trans[1][2]; v > b2 {
			b2, a2 = v, 1
		}
		if v := c2 + trans[2][2]; v > b2 {
			b2, a2 = v, 2
		}
		if v := c3 + trans[3][2]; v > b2 {
			b2, a2 = v, 3
		}
		if v := c4 + trans[4][2]; v > b2 {
			b2, a2 = v, 4
		}
		if v := c5 + trans[5][2]; v > b2 {
			b2, a2 = v, 5
		}
		if v := c6 + trans[6][2]; v > b2 {
			b2, a2 = v, 6
		}
		if v := c7 + trans[7][2]; v > b2 {
			b2, a2 = v, 7
		}
		if v := c8 + trans[8][2]; v > b2 {
			b2, a2 = v, 8
		}
		bk[2] = a2
		b3, a3 := c0+trans[0][3], uint8(0)
		if v := c1 + trans[1][3]; v > b3 {
			b3, a3 = v, 1
		}
		if v := c2 + trans[2][3]; v > b3 {
			b3, a3 = v, 2
		}
		if v := c3 + trans[3][3]; v > b3 {
			b3, a3 = v, 3
		}
		if v := c4 + trans[4][3]; v > b3 {
			b3, a3 = v, 4
		}
		if v := c5 + trans[5][3]; v > b3 {
			b3, a3 = v, 5
		}
		if v := c6 + trans[6][3]; v > b3 {
			b3, a3 = v, 6
		}
		if v := c7 + trans[7][3]; v > b3 {
			b3, a3 = v, 7
		}
		if v := c8 + trans[8][3]; v > b3 {
			b3, a3 = v, 8
		}
		bk[3] = a3
		b4, a4 := c0+trans[0][4], uint8(0)
		if v := c1 + trans[1][4]; v > b4 {
			b4, a4 = v, 1
		}
		if v := c2 + trans[2][4]; v > b4 {
			b4, a4 = v, 2
		}
		if v := c3 + trans[3][4]; v > b4 {
			b4, a4 = v, 3
		}
		if v := c4 + trans[4][4]; v > b4 {
			b4, a4 = v, 4
		}
		if v := c5 + trans[5][4]; v > b4 {
			b4, a4 = v, 5
		}
		if v := c6 + trans[6][4]; v > b4 {
			b4, a4 = v, 6
		}
		if v := c7 + trans[7][4]; v > b4 {
			b4, a4 = v, 7
		}
		if v := c8 + trans[8][4]; v > b4 {
			b4, a4 = v, 8
		}
		bk[4] = a4
		// I-X only follows B-X or I-X
		n5, v5 := c1+trans[1][5], c5+trans[5][5]
		if n5 >= v5 {
			n5, bk[5] = n5+sc[5], 1
		} else {
			n5, bk[5] = v5+sc[5], 5
		}
		n6, v6 := c2+trans[2][6], c6+trans[6][6]
		if n6 >= v6 {
			n6, bk[6] = n6+sc[6], 2
		} else {
			n6, bk[6] = v6+sc[6], 6
		}
		n7, v7 := c3+trans[3][7], c7+trans[7][7]
		if n7 >= v7 {
			n7, bk[7] = n7+sc[7], 3
		} else {
			n7, bk[7] = v7+sc[7], 7
		}
		n8, v8 := c4+trans[4][8], c8+trans[8][8]
		if n8 >= v8 {
			n8, bk[8] = n8+sc[8], 4
		} else {
			n8, bk[8] = v8+sc[8], 8
		}
		c0, c1, c2, c3, c4 = b0+sc[0], b1+sc[1], b2+sc[2], b3+sc[3], b4+sc[4]
		c5, c6, c7, c8 = n5, n6, n7, n8
	}
	// the best last tag, unrolled as above (ties to the lowest)
	best, arg := c0, uint8(0)
	if c1 > best {
		best, arg = c1, 1
	}
	if c2 > best {
		best, arg = c2, 2
	}
	if c3 > best {
		best, arg = c3, 3
	}
	if c4 > best {
		best, arg = c4, 4
	}
	if c5 > best {
		best, arg = c5, 5
	}
	if c6 > best {
		best, arg = c6, 6
	}
	if c7 > best {
		best, arg = c7, 7
	}
	if c8 > best {
		arg = 8
	}
	for t := n - 1; t >= 0; t-- {
		tags[t] = arg
		arg = back[t*nTags+int(arg)]
	}
}

// SaveModel writes m to path (gzipped, see WriteTo).
func SaveModel(m *Model, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
