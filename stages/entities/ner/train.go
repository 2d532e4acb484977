package ner

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"go.uber.org/zap"
)

// TrainOptions tune Train. Zero values pick the defaults used for the
// embedded model.
type TrainOptions struct {
	Epochs       int    // passes over the data (default 10)
	Bits         uint8  // log2 of feature buckets (default 17: fewer collisions than 15, +0.002 GMB dev and +0.01 UNER typed F1 over three seeds)
	DevPath      string // when set, the epoch with the best dev F1 is kept
	MaxSentences int    // 0: all
	MinLex       int    // occurrences in lower case to enter the lexicon (default 3)
	KBPath       string // KB JSON lines (file or folder) for the gazetteer; empty: none
	Seed         uint64 // shuffling seed of the first run (default 1)
	Runs         int    // runs with seeds Seed, Seed+1, ... whose weights are averaged (default 4)
	KeepGMBTypes bool   // train on the GMB tags as they are, without relabel
	CapsEvery    int    // every CapsEvery-th sentence is also trained on in upper case (default 8; <0: none)
	// ClusterSources is the unlabelled text of the word clusters (files or
	// folders of JSON lines; see DefaultClusterSources); empty: no clusters
	ClusterSources []string
	ClusterMin     int    // occurrences for a word to be clustered (default 2)
	ClusterCache   string // when set: the cluster table is read from this file if it exists, else written to it
	Logger         *zap.Logger
}

// example is one training sentence, reduced to its scored segments.
type example struct {
	segs  [][2]int // token ranges into feats/gold, relative to the example
	feats []uint64 // nFeat per segment token
	gold  []uint8  // per segment token
}

// Train trains a model on a JSON-lines file of Records (the GMB
// train.jsonl). It is deterministic for given data and options.
func Train(ctx context.Context, trainPath string, opts TrainOptions) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	if opts.Bits == 0 {
		opts.Bits = 17
	}
	if opts.Bits > maxModelBits {
		return nil, fmt.Errorf("ner: %d bits of feature buckets, at most %d", opts.Bits, maxModelBits)
	}
	if opts.MinLex <= 0 {
		opts.MinLex = 3
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.Runs <= 0 {
		opts.Runs = 4
	}
	if opts.CapsEvery == 0 {
		opts.CapsEvery = 8
	}
	log := opts.Logger
	if log == nil {
		log = zap.NewNop()
	}
	recs, err := ReadRecords(ctx, trainPath, opts.MaxSentences)
	if err != nil {
		return nil, err
	}
	var dev []Record
	if opts.DevPath != "" {
		if dev, err = ReadRecords(ctx, opts.DevPath, 0); err != nil {
			return nil, err
		}
	}
	lx := &lexicon{lex: buildLexicon(recs, opts.MinLex)}
	lx.classes = buildClasses(lx.lex)
	if opts.KBPath != "" {
		if lx.names, lx.words, err = buildGazetteer(opts.KBPath); err != nil {
			return nil, err
		}
		log.Info("ner gazetteer", zap.Int("names", lx.names.n), zap.Int("words", lx.words.n))
	}
	if len(opts.ClusterSources) > 0 {
		if lx.clusters, err = loadClusters(ctx, opts, log); err != nil {
			return nil, err
		}
	}
	if !opts.KeepGMBTypes {
		// dev too, so that the kept epoch is the best at the same conventions
		split, wars := splitSilverLists(recs, lx.names), extendWars(recs)
		log.Info("ner relabel", zap.Int("lists_split", split), zap.Int("wars_extended", wars), zap.Int("retyped", majorityRetype(recs)),
			zap.Int("merged", relabel(recs, lx.names)), zap.Int("dev_merged", relabel(dev, lx.names)))
	}
	if opts.CapsEvery > 0 {
		n := len(recs)
		recs = appendUpper(recs, opts.CapsEvery)
		log.Info("ner all-caps copies", zap.Int("sentences", len(recs)-n))
	}
	exs, st := prepare(recs, lx)
	log.Info("ner training data", zap.Int("sentences", len(recs)), zap.Int("lexicon", len(lx.lex)),
		zap.Int("mentions", st.mentions), zap.Int("misaligned", st.misaligned),
		zap.Int("outside_segments", st.outside), zap.Int("trimmed", st.trimmed), zap.Int("scored_tokens", st.tokens))

	runs := make([]*Model, 0, opts.Runs)
	for r := range opts.Runs {
		m, f, err := trainRun(ctx, exs, lx, dev, opts, opts.Seed+uint64(r), log)
		if err != nil {
			return nil, err
		}
		log.Info("ner run", zap.Int("run", r+1), zap.Float64("dev_f1", f))
		runs = append(runs, m)
	}
	if len(runs) == 1 {
		return runs[0], nil
	}
	m := averageModels(runs)
	if dev != nil {
		log.Info("ner averaged runs", zap.Float64("dev_f1", Evaluate(NewTagger(m), dev).F1))
	}
	return m, nil
}

// appendUpper appends an upper-cased copy of every k-th record: news has
// all-caps headlines, which GMB's sentences lack. Upper-casing maps each
// code point to one, so the mention offsets hold.
func appendUpper(recs []Record, k int) []Record {
	n := len(recs)
	for i := k - 1; i < n; i += k {
		r := recs[i]
		r.ID += "/upper"
		r.Text = strings.Map(unicode.ToUpper, recs[i].Text)
		recs = append(recs, r)
	}
	return recs
}

// trainRun is one perceptron run over exs, shuffled by seed; it returns
// the model of the epoch with the best dev F1 (the last without dev).
func trainRun(ctx context.Context, exs []example, lx *lexicon, dev []Record, opts TrainOptions, seed uint64, log *zap.Logger) (*Model, float64, error) {
	tr := newTrainer(opts.Bits)
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var best *Model
	bestF := -1.0
	for ep := 1; ep <= opts.Epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, k := range order {
			errs += tr.learn(&exs[k])
		}
		m := tr.model(lx)
		f := -1.0
		if dev != nil {
			f = Evaluate(NewTagger(m), dev).F1
		}
		log.Debug("ner epoch", zap.Int("epoch", ep), zap.Int("token_errors", errs), zap.Float64("dev_f1", f))
		if dev == nil || f > bestF {
			best, bestF = m, f
		}
	}
	return best, bestF, nil
}

// averageModels averages the weights of runs that differ only in their
// shuffling: a cheap ensemble that evens out the perceptron's dependence
// on example order.
func averageModels(runs []*Model) *Model {
	first := runs[0]
	avg := make([]float32, len(first.w))
	m := &Model{bits: first.bits, lexicon: first.lexicon}
	for _, r := range runs {
		for i, v := range r.w {
			avg[i] += float32(v) * r.scale
		}
		for p := range nTags {
			for k := range nTags {
				m.trans[p][k] += r.trans[p][k] / float32(len(runs))
			}
		}
	}
	var maxAbs float32
	for i := range avg {
		avg[i] /= float32(len(runs))
		maxAbs = max(maxAbs, float32(math.Abs(float64(avg[i]))))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	m.scale = maxAbs / 32767
	m.w = make([]int16, len(avg))
	for i, v := range avg {
		m.w[i] = int16(math.Round(float64(v / m.scale)))
	}
	m.pack()
	return m
}

// buildLexicon returns the sorted hashes of words seen at least min times
// in lower case away from a sentence start, and at least four times as
// often so as capitalised there: words that are capitalised only because
// they start a sentence ("Officials said ...").
func buildLexicon(recs []Record, min int) []uint64 {
	var lower, upper = map[uint64]int{}, map[uint64]int{}
	var toks []token
	for _, r := range recs {
		toks = tokenize(toks[:0], r.Text, 0, len(r.Text), 0)
		for i, tk := range toks {
			if i == 0 {
				continue
			}
			wi := wordInfoOf(r.Text[tk.b:tk.e], nil)
			switch wi.kind {
			case kindLower:
				lower[wi.low]++
			case kindCap:
				upper[wi.low]++
			}
		}
	}
	var lex []uint64
	for h, c := range lower {
		if c >= min && c >= 4*upper[h] {
			lex = append(lex, h)
		}
	}
	slices.Sort(lex)
	return lex
}

type prepStats struct{ mentions, misaligned, outside, trimmed, tokens int }

// prepare tokenizes each record, aligns its mentions to tokens, and keeps
// the features and gold tags of candidate segments. Gold spans are cut to
// the segment they lie in, which drops lower-case silver heads such as
// "southern" in "southern Afghanistan".
func prepare(recs []Record, lx *lexicon) ([]example, prepStats) {
	var st prepStats
	exs := make([]example, 0, len(recs))
	sc := new(scratch)
	var gold []uint8
	for _, r := range recs {
		sc.reset()
		sc.sentences(r.Text, r.Sentences, lx.classes)
		fillInfo(sc, r.Text, lx)
		gold = grow(gold, len(sc.toks))
		clear(gold)
		for _, m := range r.Mentions {
			st.mentions++
			ti := typeIndex(m.Type)
			a, ok1 := slices.BinarySearchFunc(sc.toks, m.Start, func(t token, s int) int { return t.s - s })
			b, ok2 := slices.BinarySearchFunc(sc.toks, m.End, func(t token, e int) int { return t.n - e })
			if ti < 0 || !ok1 || !ok2 || b < a {
				st.misaligned++
				continue
			}
			gold[a] = uint8(1 + ti)
			for k := a + 1; k <= b; k++ {
				gold[k] = uint8(5 + ti)
			}
		}
		var ex example
		for _, s := range sc.sents {
			sc.segs = segments(sc.segs[:0], sc.info, s[0], s[1])
			for _, sg := range sc.segs {
				completeInfo(sc, r.Text, lx, max(s[0], sg[0]-1), min(s[1], sg[1]+1))
				sc.gz = gazSpans(sc, lx, sg[0], sg[1], nil, nil, "")
				from := len(ex.gold)
				for i := sg[0]; i < sg[1]; i++ {
					g := gold[i]
					if isI(g) && (i == sg[0] || gold[i-1] == 0) {
						g -= 4 // the span's head lay outside the segment
						st.trimmed++
					}
					ex.gold = append(ex.gold, g)
					n := len(ex.feats)
					ex.feats = append(ex.feats, make([]uint64, nFeat)...)
					features(ex.feats[n:], sc.info, s[0], s[1], i, sg[0], sg[1], sc.gz[i-sg[0]])
				}
				ex.segs = append(ex.segs, [2]int{from, len(ex.gold)})
			}
		}
		// mentions wholly outside every segment are lost to the model
		for i, g := range gold {
			if isB(g) && !inSegs(sc, i) {
				st.outside++
			}
		}
		st.tokens += len(ex.gold)
		exs = append(exs, ex)
	}
	return exs, st
}

func inSegs(sc *scratch, i int) bool {
	for _, s := range sc.sents {
		if i < s[0] || i >= s[1] {
			continue
		}
		for _, sg := range segments(nil, sc.info, s[0], s[1]) {
			if i >= sg[0] && i < sg[1] {
				return true
			}
		}
	}
	return false
}

// trainer holds the averaged perceptron: current weights w and the
// time-weighted sum of updates u, so that the average is w - u/c.
type trainer struct {
	bits     uint8
	w, u     []float32
	tw, tu   [nTags][nTags]float32
	c        float32
	score    []float32
	back     []uint8
	pred     []uint8
	ruleTags []uint8
}

func newTrainer(bits uint8) *trainer {
	n := (1 << bits) * nTags
	return &trainer{bits: bits, w: make([]float32, n), u: make([]float32, n), c: 1}
}

// learn decodes each segment of ex and updates on mistakes; it returns
// the number of wrongly tagged tokens.
func (tr *trainer) learn(ex *example) int {
	errs := 0
	shift := 64 - tr.bits
	for _, sg := range ex.segs {
		n := sg[1] - sg[0]
		tr.score = grow(tr.score, n*nTags)
		tr.back = grow(tr.back, n*nTags)
		tr.pred = grow(tr.pred, n)
		feats := ex.feats[sg[0]*nFeat : sg[1]*nFeat]
		clear(tr.score)
		for t := range n {
			s := tr.score[t*nTags : (t+1)*nTags]
			for _, f := range feats[t*nFeat : (t+1)*nFeat] {
				row := tr.w[(f>>shift)*nTags:][:nTags]
				for k := range s {
					s[k] += row[k]
				}
			}
		}
		viterbi(tr.pred, tr.score, tr.back, &tr.tw)
		gold := ex.gold[sg[0]:sg[1]]
		var gp, pp uint8
		for t := range n {
			g, p := gold[t], tr.pred[t]
			if g != p {
				errs++
				for _, f := range feats[t*nFeat : (t+1)*nFeat] {
					base := (f >> shift) * nTags
					tr.add(base+uint64(g), 1)
					tr.add(base+uint64(p), -1)
				}
			}
			if g != p || gp != pp {
				tr.tw[gp][g]++
				tr.tu[gp][g] += tr.c
				tr.tw[pp][p]--
				tr.tu[pp][p] -= tr.c
			}
			gp, pp = g, p
		}
		tr.c++
	}
	return errs
}

func (tr *trainer) add(i uint64, d float32) {
	tr.w[i] += d
	tr.u[i] += tr.c * d
}

// model quantises the averaged weights into a Model.
func (tr *trainer) model(lx *lexicon) *Model {
	m := &Model{bits: tr.bits, lexicon: *lx}
	avg := make([]float32, len(tr.w))
	var maxAbs float32
	for i := range tr.w {
		avg[i] = tr.w[i] - tr.u[i]/tr.c
		maxAbs = max(maxAbs, float32(math.Abs(float64(avg[i]))))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	m.scale = maxAbs / 32767
	m.w = make([]int16, len(avg))
	for i, v := range avg {
		m.w[i] = int16(math.Round(float64(v / m.scale)))
	}
	for p := range nTags {
		for k := range nTags {
			m.trans[p][k] = tr.tw[p][k] - tr.tu[p][k]/tr.c
		}
	}
	m.pack()
	return m
}
