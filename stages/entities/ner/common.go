package ner

// CommonWord reports whether the model's training text writes w (any
// case) often in lower case: a common word, whose capital at a sentence's
// start says nothing ("Officials said", "Police said"). Callers that find
// names by other evidence than the tagger use it to tell them from such
// words.
func (t *Tagger) CommonWord(w string) bool {
	lx := &fallbackLexicon
	if t.model != nil {
		lx = &t.model.lexicon
	}
	return lx.classes != nil && lx.classes.get(fingerprint(lowerHash(w)))&clsCommonLower != 0
}
