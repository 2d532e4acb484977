// Package ner finds named-entity mentions (PER, ORG, LOC, MISC) in clean
// article text. It is the recognition half of the entities stage: linking
// and coreference live in the stage and consume the []Mention it returns.
//
// The tagger is a structured averaged perceptron with first-order Viterbi
// decoding over BIO tags. Only candidate segments (runs of capitalised
// words and the connectors between them) are scored; every other token is
// O. Features are hashed into a flat table of int16 rows: the word, its
// shape and affixes, neighbouring words and shapes, sentence position,
// word classes (titles, organisation heads, connectors, words that are
// mostly lower case), word clusters and gazetteer hits. The word clusters
// (clusters.go) are learnt at training time from unlabelled text: GMB's
// training texts, the KB's labels, aliases and descriptions and the clean
// stage's plain-text pages (never the gold sets): a word the training
// news never saw still shares a cluster with words it has. The model
// stores them as 32-bit fingerprints of the case-sensitive words with a
// one-byte cluster each. The gazetteer is a table of
// 32-bit fingerprints of the names in a KB (../shared/kb at training time)
// with their types (a bit set per name: one name may be PER and LOC), and
// of name words with their roles (first name, surname, part of a place or
// organisation name).
//
// Rules then repair what the silver GMB tags get wrong or the model
// misses: titles are cut from persons ("Sen. John McCain"), a possessive
// never belongs to a name, company suffixes end names, "St." stays with
// the place it opens, a one-word name the article also writes in lower
// case is a common word ("Sorghum prices ... the sorghum harvest"),
// partnerships are
// one company ("Goldman, Sachs and Co"), the teams of a sports result line
// are teams ("Bayern Munich 2 Hamburg 1": organisations; a country's
// name, its national team, a place), "G-20" is an
// organisation, the object of a title phrase is no name ("Secretary of
// State John Kerry"), and mentions agree within a document (a surname
// after the full name is that person; a name found once is found again
// where the model missed a repeat; repeated names take the majority
// type).
//
// Before training, GMB's split nationality prefixes are joined to the
// name they begin ("Afghan Defense Ministry" one ORG, as gold sets have
// it; see relabel.go), lists tagged as one name are split and "World War
// II" is made whole (silverfix.go). Every eighth sentence is also trained
// on in upper case: in an all-caps run (a headline) words are read in
// their true case and shape features are separate (caps.go). Four runs
// with different shuffles are averaged into one model over 2^17 hashed
// feature rows.
//
// Training (reproducible, about ten seconds on one core, of which three
// learn the clusters):
//
//	go run ./stages/entities/ner/cmd/nertrain        # = worker ner train, see RunTrain
//
// with the default flags (-epochs 10 -runs 4 -bits 17 -caps-every 8).
//
// reads ../shared/data/ner/train.jsonl, keeps the epoch with the best
// typed F1 on dev.jsonl, takes the gazetteer from ../shared/kb, learns
// the clusters from DefaultClusterSources (-clusters; -cluster-cache
// keeps them in a file between runs) and writes model/ner.bin.gz, which
// is embedded. Evaluation with the shared scorer:
//
//	go run ./stages/entities/ner/internal/nereval -gold ../shared/data/ner/dev.jsonl -out /tmp/ner_dev.jsonl
//	python3 ../shared/eval/score.py ner ../shared/data/ner/dev.jsonl /tmp/ner_dev.jsonl
//
// Offsets are Unicode code points into the text, end exclusive, as
// everywhere in the pipeline.
package ner
