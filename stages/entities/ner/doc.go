// Package ner finds named-entity mentions (PER, ORG, LOC, MISC) in clean
// article text. It is the recognition half of the entities stage: linking
// and coreference live elsewhere and consume the []Mention it returns.
//
// The tagger is a structured averaged perceptron with first-order Viterbi
// decoding over BIO tags and hashed hand-built features (word, shape,
// affixes, context words, title and organisation-head word lists). It is
// trained by this package's own code on the GMB news sentences in
// ../shared/data/ner/train.jsonl (see Train); the weights ship embedded in
// the binary, quantised and gzipped. A few rules repair what the silver
// training tags get wrong (titles, possessives, dotted acronyms).
//
// Offsets are Unicode code points into the text, end exclusive, as
// everywhere in the pipeline.
package ner
