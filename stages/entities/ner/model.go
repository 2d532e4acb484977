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
	packed    [][rowWords]uint64
	laneScale float32
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
	return t.freeze()
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
	if m.bits, err = br.ReadByte(); err != nil || m.bits < 8 || m.bits > 26 {
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

// Emission scores are summed four tags at a time: each row is packed at
// load into three uint64 of 16-bit lanes holding the weight requantised
// to ±laneMax plus laneBias, so that the sum of nFeat lanes never carries
// into the next lane. Requantising to 11 bits costs nothing measurable
// (GMB dev F1 unchanged to the fourth digit) and makes emission about
// eight times cheaper than a scalar sum.
const (
	laneMax  = 1023
	laneBias = 1024
)

// pack builds the lane rows from the int16 weights.
func (m *Model) pack() {
	var maxAbs int32 = 1
	for _, v := range m.w {
		maxAbs = max(maxAbs, int32(v), -int32(v))
	}
	f := float64(laneMax) / float64(maxAbs)
	m.laneScale = m.scale / float32(f)
	rows := len(m.w) / nTags
	m.packed = make([][rowWords]uint64, rows)
	for r := range rows {
		for k, v := range m.w[r*nTags : (r+1)*nTags] {
			q := uint64(int64(math.Round(float64(v)*f)) + laneBias)
			m.packed[r][k/4] |= q << (16 * (k % 4))
		}
	}
}

// rowWords is a packed row's size in words: three hold the nine lanes,
// the fourth pads a row to 32 bytes so that no row straddles two cache
// lines (the table is far larger than the cache, so each feature's row is
// a miss, and a straddling row two).
const rowWords = 4

// emit writes the emission scores of the segment's tokens into score.
func (m *Model) emit(score []float32, feats []uint64) {
	shift := uint(64 - m.bits)
	const bias = nFeat * laneBias
	k := m.laneScale
	for t := range len(feats) / nFeat {
		s0, s1, s2 := sumRows(m.packed, (*[nFeat]uint64)(feats[t*nFeat:(t+1)*nFeat]), shift)
		s := (*[nTags]float32)(score[t*nTags : (t+1)*nTags])
		s[0] = float32(int32(s0&0xffff)-bias) * k
		s[1] = float32(int32(s0>>16&0xffff)-bias) * k
		s[2] = float32(int32(s0>>32&0xffff)-bias) * k
		s[3] = float32(int32(s0>>48)-bias) * k
		s[4] = float32(int32(s1&0xffff)-bias) * k
		s[5] = float32(int32(s1>>16&0xffff)-bias) * k
		s[6] = float32(int32(s1>>32&0xffff)-bias) * k
		s[7] = float32(int32(s1>>48)-bias) * k
		s[8] = float32(int32(s2&0xffff)-bias) * k
	}
}

// sumRows adds up the lane rows of one token's features. It is a function
// of its own so that its few values stay in registers: inside emit's
// loop the compiler spilled the sums, at three times the instructions.
//
//go:noinline
func sumRows(rows [][rowWords]uint64, fs *[nFeat]uint64, shift uint) (s0, s1, s2 uint64) {
	// three rows a step (nFeat is a multiple of three): fewer loop
	// counter updates, which compete with the shift for its register
	for i := range nFeat / 3 {
		g := (*[3]uint64)(fs[3*i : 3*i+3])
		a, b, c := &rows[g[0]>>(shift&63)], &rows[g[1]>>(shift&63)], &rows[g[2]>>(shift&63)]
		s0 += a[0] + b[0] + c[0]
		s1 += a[1] + b[1] + c[1]
		s2 += a[2] + b[2] + c[2]
	}
	return s0, s1, s2
}

// viterbi decodes the best BIO sequence of one segment into tags; the
// segment is preceded by O (or the sentence start) and may end anywhere.
// The predecessor loop is unrolled: its compares are most of the cost,
// and an unrolled chain of them predicts better (ties go to the lowest
// predecessor, as the loop had it).
func viterbi(tags []uint8, score []float32, back []uint8, trans *[nTags][nTags]float32) {
	n := len(tags)
	const neg = -1e30
	s0 := (*[nTags]float32)(score[:nTags])
	t0 := &trans[0]
	cur := [nTags]float32{s0[0] + t0[0], s0[1] + t0[1], s0[2] + t0[2], s0[3] + t0[3], s0[4] + t0[4], neg, neg, neg, neg}
	for t := 1; t < n; t++ {
		sc := (*[nTags]float32)(score[t*nTags : (t+1)*nTags])
		bk := (*[nTags]uint8)(back[t*nTags : (t+1)*nTags])
		var nxt [nTags]float32
		// O and B-X may follow any tag
		for k := range 5 {
			best, arg := cur[0]+trans[0][k], uint8(0)
			if v := cur[1] + trans[1][k]; v > best {
				best, arg = v, 1
			}
			if v := cur[2] + trans[2][k]; v > best {
				best, arg = v, 2
			}
			if v := cur[3] + trans[3][k]; v > best {
				best, arg = v, 3
			}
			if v := cur[4] + trans[4][k]; v > best {
				best, arg = v, 4
			}
			if v := cur[5] + trans[5][k]; v > best {
				best, arg = v, 5
			}
			if v := cur[6] + trans[6][k]; v > best {
				best, arg = v, 6
			}
			if v := cur[7] + trans[7][k]; v > best {
				best, arg = v, 7
			}
			if v := cur[8] + trans[8][k]; v > best {
				best, arg = v, 8
			}
			nxt[k] = best + sc[k]
			bk[k] = arg
		}
		// I-X only follows B-X or I-X
		for k := 5; k < nTags; k++ {
			b := k - 4
			v1, v2 := cur[b]+trans[b][k], cur[k]+trans[k][k]
			if v1 >= v2 {
				nxt[k], bk[k] = v1+sc[k], uint8(b)
			} else {
				nxt[k], bk[k] = v2+sc[k], uint8(k)
			}
		}
		cur = nxt
	}
	// the best last tag, unrolled as above (ties to the lowest)
	best, arg := cur[0], uint8(0)
	if cur[1] > best {
		best, arg = cur[1], 1
	}
	if cur[2] > best {
		best, arg = cur[2], 2
	}
	if cur[3] > best {
		best, arg = cur[3], 3
	}
	if cur[4] > best {
		best, arg = cur[4], 4
	}
	if cur[5] > best {
		best, arg = cur[5], 5
	}
	if cur[6] > best {
		best, arg = cur[6], 6
	}
	if cur[7] > best {
		best, arg = cur[7], 7
	}
	if cur[8] > best {
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
