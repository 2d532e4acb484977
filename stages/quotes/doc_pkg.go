// Package quotes is the quotes stage: every quotation of an article with its
// kind (direct, mixed, indirect), the speaker mention and the speaker's
// fullest name in the article, and the reporting verb.
//
// It reads as a news reader does, with rules rather than a model:
//   - quotation marks are paired per paragraph (straight, curly, doubled
//     single, or single marks in a text that quotes only with them); a quote
//     left open at a paragraph end continues when the next paragraph reopens,
//     and is one quote from its first word to its last, as a reader takes
//     it; a straight mark after a digit is inches, never an opening mark;
//   - a reporting verb ("said", "told", "according to", …) with its subject
//     before or after it is an attribution; a quote takes the attribution
//     next to it, else the one in its sentence, else the voice of its
//     paragraph or of the quote before (continuation);
//   - a short quoted phrase that no reporting verb governs is a scare quote
//     or a title and is left out, as is a name given ("calling itself the
//     …", "known as the …") or a slogan that opens its sentence before
//     "is"; a pull quote takes the speaker of the words it repeats;
//   - names are capitalised runs with titles split off; a surname takes the
//     fullest name that ends with it, a pronoun the most recent compatible
//     speaker or sentence subject, "the company" the organisation that spoke;
//   - a subject may be a role with a phrase after it ("people familiar with
//     the talks", "officials in Kyiv"), a person of a place ("Sen. Rand Paul
//     of Kentucky"), the issuer of a document ("according to a statement
//     from …"); a description ("the Spaniard", "the 34-year-old", "the
//     ministry") points back to the person or role named before;
//   - a document speaks for its owner ("A military statement says … The
//     statement says": the military), two subjects joined by "and" speak
//     together, and a country's words belong to the official the next
//     sentence says "made the comments".
//
// testdata/blind.jsonl holds articles annotated before the stage first ran
// on them: TestBlindArticles measures generalisation, not the table cases.
//
// testdata/real/*.jsonl marks quotes by hand in real news read from
// ../shared (offsets and speaker names only, a third held back, and a
// blind "fresh" split annotated after a round of rules):
// TestRealDirect and TestRealIndirect score them as ../shared/eval/score.py
// does, so rules are judged on wire copy nobody here wrote. Reported speech
// is the clause a verb of saying governs, without "that", the verb, the
// speaker or the final period; organisations speak by their fullest name
// ("PG&E" and "the utility" are "Pacific Gas & Electric Co."). The rules
// written from the direct quotes' errors each have a case in
// attribution_test.go, in sentences written here.
//
// rank_*_test.go measure a learned speaker ranker (an averaged perceptron
// over the candidates around a quote, trained on the studied splits)
// against the rules: TestRankerCrossValidation logs its 5-fold figures, and
// -rank-setup N scores TestReal* with it. It did not beat the rules, so
// the stage does not use it (rankHook stays nil).
//
// testdata/extract.golden.jsonl pins Extract's whole output on the test
// articles (TestGoldenOutput): speed work must leave it unchanged; a change
// of rules regenerates it with -update-golden and bumps Version.
//
// Speed: the text is decoded to runes once (ASCII fast path), tokens are
// looked up in a compact open-addressing lexicon with the hash computed
// while the word is scanned, working buffers come from a sync.Pool, and an
// article's speakers and cues share one array each (4 allocations per
// article). BenchmarkExtract against BenchmarkCodec measures the target.
//
// Extract is the pure function; Stage wraps it for the pipeline.
package quotes
