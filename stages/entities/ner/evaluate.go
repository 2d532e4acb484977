package ner

// Scores are exact-span micro scores, typed (span and type must match).
type Scores struct {
	Precision, Recall, F1 float64
	TP, FP, FN            int
}

// Evaluate tags every record's text and scores typed exact spans against
// its mentions, as ../shared/eval/score.py ner does for typed F1.
func Evaluate(t *Tagger, recs []Record) Scores {
	var s Scores
	type key struct {
		a, b int
		t    string
	}
	gold := map[key]bool{}
	for _, r := range recs {
		clear(gold)
		for _, m := range r.Mentions {
			gold[key{m.Start, m.End, m.Type}] = true
		}
		var sents = r.Sentences
		for _, m := range t.Tag(r.Text, sents) {
			if gold[key{m.Start, m.End, m.Type}] {
				s.TP++
			} else {
				s.FP++
			}
		}
		s.FN += len(gold)
	}
	s.FN -= s.TP
	if s.TP > 0 {
		s.Precision = float64(s.TP) / float64(s.TP+s.FP)
		s.Recall = float64(s.TP) / float64(s.TP+s.FN)
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
