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

// viterbi (viterbi_gen.go) is written by gen_viterbi.go: its compares,
// one chain per tag, are most of its cost, and written out they keep its
// running scores in registers.
//
//go:generate go run gen_viterbi.go

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
