package ner

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/segmentio/encoding/json"
	"go.uber.org/zap"
)

// Word clusters learnt from unlabelled text give the tagger a feature
// that reaches words GMB never shows it: a name the training news lacks
// still shares a cluster with names it has ("Kowalczyk" with other
// surnames). The clustering is the exchange algorithm (Martin, Liebermann
// and Ney 1998) on a class bigram model, run top down: 15 coarse classes
// first (a 16th holds the line boundary), then each split into 15 fine
// ones with words moving only inside their coarse class. Brown's
// agglomerative clustering gives a deeper tree but costs time quadratic
// in its window of clusters; two exchange levels give the two prefix
// lengths the features use at a cost linear in the text: the default
// sources (3.4M tokens, 77.7k words seen twice or more) take about three
// seconds on one core and 120 MB of heap.
//
// A word's cluster is a byte: the coarse class in the high nibble, the
// fine one plus one in the low nibble, so that 0 is "no cluster" (a word
// seen fewer than minCount times). Tokens are case-sensitive: "Bush" the
// person and "bush" the plant are different words.
const (
	coarseClasses = 16
	fineClasses   = 15
	clusterIters  = 8
	// boundaryCluster is the cluster of the sentence boundary: low nibble
	// 0, which no word has
	boundaryCluster = 0xf0
)

// DefaultClusterSources is the unlabelled text the clusters are learnt
// from, relative to the repo root: GMB's training texts, the KB's labels,
// aliases and descriptions, and the clean stage's plain-text pages. Never
// the gold NER sets nor GMB dev.
var DefaultClusterSources = []string{"../shared/data/ner/train.jsonl", "../shared/kb", "../shared/data/clean"}

// clusterKey is what a token's cluster is looked up by: its exact bytes.
func clusterKey(w string) uint32 {
	h, prime := uint64(fnvOff), fnvPrimeVar // see fnvPrimeVar
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * prime
	}
	return clusterFP(h)
}

// clusterFP is clusterKey of a word whose bytes hash (FNV-1a) to h.
func clusterFP(h uint64) uint32 { return fingerprint(mix(0xc1, h)) }

// unlabelledLine is the union of the fields that carry text in the source
// files: NER records (text), KB lines (label, aliases, description) and
// clean pages (body, when plain text).
type unlabelledLine struct {
	Text        string   `json:"text"`
	Label       string   `json:"label"`
	Aliases     []string `json:"aliases"`
	Description string   `json:"description"`
	Body        string   `json:"body"`
	ContentType string   `json:"content_type"`
}

// corpus is unlabelled text as word ids, with a boundary id between
// lines; ids are dense, in order of first appearance.
type corpus struct {
	seq   []int32
	keys  []uint32 // clusterKey per id
	count []int32
	ids   map[uint32]int32
}

const boundaryID = 0

func newCorpus() *corpus {
	return &corpus{ids: map[uint32]int32{}, keys: []uint32{0}, count: []int32{0}}
}

// addText appends the tokens of text, one sequence per line.
func (c *corpus) addText(text string, toks []token) []token {
	for line := range strings.SplitSeq(text, "\n") {
		toks = tokenize(toks[:0], line, 0, len(line), 0)
		if len(toks) == 0 {
			continue
		}
		for _, tk := range toks {
			k := clusterKey(line[tk.b:tk.e])
			id, ok := c.ids[k]
			if !ok {
				id = int32(len(c.keys))
				c.ids[k] = id
				c.keys = append(c.keys, k)
				c.count = append(c.count, 0)
			}
			c.count[id]++
			c.seq = append(c.seq, id)
		}
		c.seq = append(c.seq, boundaryID)
		c.count[boundaryID]++
	}
	return toks
}

// readCorpus reads every *.jsonl of sources (files or folders).
func readCorpus(ctx context.Context, sources []string) (*corpus, error) {
	c := newCorpus()
	c.seq = append(c.seq, boundaryID)
	c.count[boundaryID]++
	var toks []token
	for _, src := range sources {
		files, err := jsonlFiles(src)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if err := eachJSONLine(f, func(b []byte) error {
				var l unlabelledLine
				if err := json.Unmarshal(b, &l); err != nil {
					return err
				}
				for _, t := range append([]string{l.Text, l.Label, l.Description}, l.Aliases...) {
					toks = c.addText(t, toks)
				}
				if strings.HasPrefix(l.ContentType, "text/plain") {
					toks = c.addText(l.Body, toks)
				}
				return nil
			}); err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
	}
	return c, nil
}

// bigrams holds a vocabulary's bigram counts in both directions, as
// compressed rows: right[w] are the words after w, left[w] those before.
type bigrams struct {
	rOff, lOff []int32
	rNbr, lNbr []int32
	rCnt, lCnt []int32
}

// vocabulary maps the corpus ids with count >= minCount (and the
// boundary) to dense word ids; all rarer words become one word, rare.
func (c *corpus) vocabulary(minCount int) (word []int32, keys []uint32, rare int32) {
	word = make([]int32, len(c.keys))
	keys = []uint32{0}
	for id := 1; id < len(c.keys); id++ {
		if int(c.count[id]) >= minCount {
			word[id] = int32(len(keys))
			keys = append(keys, c.keys[id])
		} else {
			word[id] = -1
		}
	}
	rare = int32(len(keys))
	for id := range word {
		if word[id] < 0 {
			word[id] = rare
		}
	}
	return word, append(keys, 0), rare
}

// countBigrams counts the word bigrams of seq (as word ids) by sorting
// packed pairs: far less memory than a map of millions of pairs.
func countBigrams(seq []int32, word []int32, n int) *bigrams {
	pairs := make([]uint64, 0, len(seq))
	for i := 1; i < len(seq); i++ {
		pairs = append(pairs, uint64(word[seq[i-1]])<<32|uint64(word[seq[i]]))
	}
	b := &bigrams{}
	b.rOff, b.rNbr, b.rCnt = rows(pairs, n)
	for i, p := range pairs {
		pairs[i] = p<<32 | p>>32
	}
	b.lOff, b.lNbr, b.lCnt = rows(pairs, n)
	return b
}

// rows sorts the pairs (a<<32|b) and returns for each a its distinct b
// with their counts.
func rows(pairs []uint64, n int) (off, nbr, cnt []int32) {
	slices.Sort(pairs)
	off = make([]int32, n+1)
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		a := int(pairs[i] >> 32)
		off[a+1]++
		nbr = append(nbr, int32(uint32(pairs[i])))
		cnt = append(cnt, int32(j-i))
		i = j
	}
	for a := range n {
		off[a+1] += off[a]
	}
	return off, nbr, cnt
}

// exchange is the state of the exchange algorithm over k classes.
type exchange struct {
	bg     *bigrams
	cls    []int32
	k      int
	n      []int64 // class bigram counts, k*k
	nl, nr []int64 // class counts as the left and the right word
	// per-word scratch: context class counts and which are set
	lc, rc       []int64
	lkeys, rkeys []int32
}

// xlogx is the summand of the class bigram log-likelihood.
func xlogx(x int64) float64 {
	if x <= 0 {
		return 0
	}
	if x < int64(len(xlogxTable)) {
		return xlogxTable[x]
	}
	return float64(x) * math.Log(float64(x))
}

var xlogxTable = func() []float64 {
	t := make([]float64, 1<<16)
	for i := 1; i < len(t); i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}()

func newExchange(bg *bigrams, cls []int32, k int) *exchange {
	x := &exchange{bg: bg, cls: cls, k: k, n: make([]int64, k*k), nl: make([]int64, k), nr: make([]int64, k),
		lc: make([]int64, k), rc: make([]int64, k)}
	for w := range len(cls) {
		a := int64(cls[w])
		for j := bg.rOff[w]; j < bg.rOff[w+1]; j++ {
			b := int64(cls[bg.rNbr[j]])
			c := int64(bg.rCnt[j])
			x.n[a*int64(k)+b] += c
			x.nl[a] += c
			x.nr[b] += c
		}
	}
	return x
}

// move takes word w out of its class and puts it into the best class in
// [lo, hi), the one that most raises the class bigram log-likelihood
// (its own on ties); it reports whether w changed class.
func (x *exchange) move(w int32, lo, hi int) bool {
	bg := x.bg
	var self, nlw, nrw int64
	x.lkeys, x.rkeys = x.lkeys[:0], x.rkeys[:0]
	for j := bg.rOff[w]; j < bg.rOff[w+1]; j++ {
		v, c := bg.rNbr[j], int64(bg.rCnt[j])
		nlw += c
		if v == w {
			self += c
			continue
		}
		cv := x.cls[v]
		if x.rc[cv] == 0 {
			x.rkeys = append(x.rkeys, cv)
		}
		x.rc[cv] += c
	}
	for j := bg.lOff[w]; j < bg.lOff[w+1]; j++ {
		v, c := bg.lNbr[j], int64(bg.lCnt[j])
		nrw += c
		if v == w {
			continue
		}
		cv := x.cls[v]
		if x.lc[cv] == 0 {
			x.lkeys = append(x.lkeys, cv)
		}
		x.lc[cv] += c
	}
	a := x.cls[w]
	x.shift(a, -1, self, nlw, nrw)
	best, bestGain := a, math.Inf(-1)
	for b := lo; b < hi; b++ {
		g := x.gain(int32(b), self, nlw, nrw)
		if g > bestGain || (g == bestGain && int32(b) == a) {
			best, bestGain = int32(b), g
		}
	}
	// a class only wins over the old one by a margin: float noise must
	// not move words back and forth
	if best != a && bestGain-x.gain(a, self, nlw, nrw) < 1e-9 {
		best = a
	}
	x.cls[w] = best
	x.shift(best, 1, self, nlw, nrw)
	for _, c := range x.lkeys {
		x.lc[c] = 0
	}
	for _, c := range x.rkeys {
		x.rc[c] = 0
	}
	return best != a
}

// shift adds (sign 1) or removes (-1) the current word's counts to class b.
func (x *exchange) shift(b int32, sign int64, self, nlw, nrw int64) {
	k := int32(x.k)
	for _, c := range x.lkeys {
		x.n[c*k+b] += sign * x.lc[c]
	}
	for _, c := range x.rkeys {
		x.n[b*k+c] += sign * x.rc[c]
	}
	x.n[b*k+b] += sign * self
	x.nl[b] += sign * nlw
	x.nr[b] += sign * nrw
}

// gain is the change of the log-likelihood if the current word (already
// taken out) joined class b.
func (x *exchange) gain(b int32, self, nlw, nrw int64) float64 {
	k := int32(x.k)
	var g float64
	for _, c := range x.lkeys {
		if c != b {
			o := x.n[c*k+b]
			g += xlogx(o+x.lc[c]) - xlogx(o)
		}
	}
	for _, c := range x.rkeys {
		if c != b {
			o := x.n[b*k+c]
			g += xlogx(o+x.rc[c]) - xlogx(o)
		}
	}
	o := x.n[b*k+b]
	g += xlogx(o+x.lc[b]+x.rc[b]+self) - xlogx(o)
	g -= xlogx(x.nl[b]+nlw) - xlogx(x.nl[b])
	g -= xlogx(x.nr[b]+nrw) - xlogx(x.nr[b])
	return g
}

// ClusterStats reports a clustering.
type ClusterStats struct {
	Tokens, Words int
	Moves         [2][]int // words moved per iteration, per level
}

// learnClusters clusters the words of c seen at least minCount times and
// returns their table (clusterKey -> cluster byte).
func learnClusters(c *corpus, minCount int) (*fpTable, ClusterStats) {
	word, keys, rare := c.vocabulary(minCount)
	n := len(keys)
	bg := countBigrams(c.seq, word, n)
	st := ClusterStats{Tokens: len(c.seq), Words: n - 2}
	// words by falling frequency: the frequent ones settle the classes
	freq := make([]int64, n)
	for id, w := range word {
		freq[w] += int64(c.count[id])
	}
	order := make([]int32, 0, n)
	for w := 1; w < n; w++ {
		order = append(order, int32(w))
	}
	slices.SortStableFunc(order, func(a, b int32) int { return int(freq[b] - freq[a]) })
	// the boundary keeps a class of its own at each level (the last)
	cls := make([]int32, n)
	for i, w := range order {
		cls[w] = int32(i % (coarseClasses - 1))
	}
	cls[boundaryID] = coarseClasses - 1
	x := newExchange(bg, cls, coarseClasses)
	for range clusterIters {
		moved := 0
		for _, w := range order {
			if x.move(w, 0, coarseClasses-1) {
				moved++
			}
		}
		st.Moves[0] = append(st.Moves[0], moved)
		if moved < n/1000 {
			break
		}
	}
	// fine level: class = coarse*fineClasses + fine, moves within a coarse
	// class; the boundary alone in the last coarse class
	seen := make([]int32, coarseClasses)
	for _, w := range order {
		p := cls[w]
		cls[w] = p*fineClasses + seen[p]%fineClasses
		seen[p]++
	}
	cls[boundaryID] = (coarseClasses - 1) * fineClasses
	x = newExchange(bg, cls, coarseClasses*fineClasses)
	for range clusterIters {
		moved := 0
		for _, w := range order {
			p := int(cls[w]) / fineClasses
			if x.move(w, p*fineClasses, (p+1)*fineClasses) {
				moved++
			}
		}
		st.Moves[1] = append(st.Moves[1], moved)
		if moved < n/1000 {
			break
		}
	}
	t := newFPTable()
	for w := 1; w < n; w++ {
		if int32(w) == rare {
			continue
		}
		c := int(cls[w])
		t.add(keys[w], uint8(c/fineClasses<<4|(c%fineClasses+1)))
	}
	return t.freeze(), st
}

// buildClusters learns the word clusters of the unlabelled text in
// sources (see DefaultClusterSources).
func buildClusters(ctx context.Context, sources []string, minCount int) (*fpTable, ClusterStats, error) {
	c, err := readCorpus(ctx, sources)
	if err != nil {
		return nil, ClusterStats{}, err
	}
	t, st := learnClusters(c, minCount)
	return t, st, nil
}

// loadClusters reads the cluster table from opts.ClusterCache or learns
// it from opts.ClusterSources (and then writes the cache).
func loadClusters(ctx context.Context, opts TrainOptions, log *zap.Logger) (*fpTable, error) {
	if opts.ClusterCache != "" {
		if f, err := os.Open(opts.ClusterCache); err == nil {
			defer f.Close()
			t, err := readFPTable(bufio.NewReader(f))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", opts.ClusterCache, err)
			}
			log.Info("ner clusters read", zap.String("path", opts.ClusterCache), zap.Int("words", t.n))
			return t, nil
		}
	}
	minCount := opts.ClusterMin
	if minCount <= 0 {
		minCount = 2
	}
	start := time.Now()
	t, st, err := buildClusters(ctx, opts.ClusterSources, minCount)
	if err != nil {
		return nil, err
	}
	log.Info("ner clusters learnt", zap.Int("tokens", st.Tokens), zap.Int("words", st.Words),
		zap.Ints("coarse_moves", st.Moves[0]), zap.Ints("fine_moves", st.Moves[1]), zap.Duration("took", time.Since(start)))
	if opts.ClusterCache != "" {
		f, err := os.Create(opts.ClusterCache)
		if err != nil {
			return nil, err
		}
		bw := bufio.NewWriter(f)
		t.writeTo(bw)
		if err := errors.Join(bw.Flush(), f.Close()); err != nil {
			return nil, err
		}
	}
	return t, nil
}
