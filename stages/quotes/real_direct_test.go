package quotes

import (
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

// TestRealDirect scores direct and mixed quotes and their speakers on real
// news nobody here wrote: testdata/real/direct.jsonl marks them by hand in
// the English news pages of the clean dev set, the Reuters-128 texts, the
// UNER-PUD snippets and GMB sentences that quote (texts read from
// ../shared), annotated before the stage ran on them. A quote over several
// paragraphs is one gold quote, as a reader takes it; scare quotes, slogans
// and titles are not quotes. The floors sit a little under what the stage
// reaches.
func TestRealDirect(t *testing.T) {
	// First runs, before any rule was written from their errors: the first
	// 25 pages, dev quote F1 0.947, speakers 0.760; holdout 0.940, 0.739.
	// The 16 texts annotated after the first rules: quote F1 0.911,
	// speakers 0.947 (dev 0.898, 1.0; holdout 0.923, 0.913). 4 more pages:
	// quote F1 0.988, speakers 0.907 on the long one held back; 2 of 3
	// quotes right in the others (scare quotes, inch marks).
	// 61 UNER-PUD news and Wikipedia snippets with marks: dev quote F1
	// 0.925, speakers 0.619; holdout 0.968, 0.857. 70 GMB (VOA) sentences
	// with marks, mostly fragments and scare quotes: dev quote F1 0.885,
	// speakers 1.0 (5); holdout 0.839, 0.75 (4). 105 more GMB sentences,
	// after the rule for names given: dev quote F1 0.889, speakers 0.704;
	// holdout 0.912, 0.846. The holdout errors were read at the end of the
	// first round (then quote F1 0.954, speakers 0.871) and rules written
	// from them. 60 GMB training sentences annotated after that round, blind
	// at first (quote F1 0.925, speakers 0.880), were round 3's dev set; the
	// fresh split, 60 more annotated after round 3, is blind: first run
	// quote F1 0.926, speakers 0.833. fresh4, 46 GMB passages of 6-15
	// consecutive sentences (95 quotes, speakers across sentences), blind
	// first run: quote F1 0.948, speakers 0.819; after the rules written from
	// its errors and dev's: 0.984, 0.926. fresh5, 26 more passages (64
	// quotes) annotated after those rules, blind first run: quote F1 0.952,
	// speakers 0.656 (main's rules before them: 0.952, 0.641); after the
	// rules written from its errors (descriptions resolved to the person,
	// among others): 0.976, 0.828. fresh6, 26 more passages (52 quotes)
	// annotated after those rules, blind first run: quote F1 0.900,
	// speakers 0.804 (main's rules before them: 0.889, 0.784); after the
	// rules written from its errors and fresh5's: fresh5 0.992, 0.875;
	// fresh6 0.970, 0.922. fresh7, 33 more passages (50 quotes) annotated
	// after those rules, blind first run: quote F1 0.928, speakers 0.680
	// (main's rules before them: 0.917, 0.660); after the rules written
	// from its errors: 0.980, 0.880. fresh8, 33 more passages (54 quotes)
	// annotated after those rules, blind first run: quote F1 0.953,
	// speakers 0.759; after the rules written from its errors: 0.953,
	// 0.870 (fresh5 0.891). fresh9, 46 more passages of 8 sentences (47
	// quotes, fables among them) annotated after those rules, blind first
	// run: quote F1 0.979, speakers 0.761; after the rules written from
	// its errors and fresh4-8's (documents speak for their owners, "made
	// the comments", "who said", stories' "the X" for "he"): 0.979, 0.913
	// (fresh8 0.926, dev 0.955). fresh10, 16 passages (17 quotes)
	// annotated after those rules, blind first run: quote F1 0.970,
	// speakers 1.000 (16/16). fresh11, the mixed quotes of the 10 GMB
	// passages of indirect fresh10 (9 quotes), annotated before the rules
	// from indirect fresh9 and scored blind: quote F1 0.941, speakers 0.778
	// (7/9). Documents a named body issued ("The Justice Department has
	// issued a new memo … The memo says") speak for it: fresh7 0.980,
	// 0.900 -> 0.980, 0.920. "said publicist Carl Ross" (a bare role is
	// the name's title) and "a message from X in which he says": fresh
	// 0.938, 0.875 -> 0.938, 0.958. fresh12, the direct and mixed quotes
	// of 12 GMB passages of 8 sentences (19 quotes: fables, quoted
	// fragments in reported speech), annotated before the stage ran on
	// them: blind, first run at c0fe059: F1 0.973 / speakers 0.895
	// (17/19); studied with indirect fresh11 ('"…" was the Crow's
	// answer', a role's long chain of phrases): 0.973 / 0.947 (18/19),
	// fresh11 0.941 / 0.889 (8/9). fresh13, the direct and mixed quotes of the 15 GMB passages
	// of indirect fresh12 (20 quotes: quoted fragments in reported speech,
	// fables; passages without one score false quotes), annotated by a
	// helper who wrote no rule, before the stage ran on them: blind, first
	// run at 6a0a547: F1 0.919 / speakers 0.750 (15/20). fresh14, the
	// direct and mixed quotes of the 15 GMB passages of indirect fresh14
	// (1 quote, a quoted fragment; the other 14 passages have none and score
	// false quotes), annotated blind on 2026-11-29 by a helper who wrote no
	// rule: first run at 07f1e3f: F1 1.000 (tp 1, fp 0) / speakers 1.000 (1/1).
	// fresh12, fresh13 and fresh14 were retired from blind to studied on
	// 2026-11-29 (studied from the commit that retired them on; the blind
	// first-run figures above stay as recorded). Studied at quotes/1.9.92
	// (the rules before): fresh12 0.973 / 0.947 (18/19), fresh13 0.947 /
	// 0.750 (15/20), fresh14 1.000 / 1.000 (1/1). The rules written from
	// their errors and the older studied splits' (quotes/1.9.93-1.9.109,
	// TestNewsVoiceRules: "he" goes on for the voice that asked, not the one
	// asked; "said the X" with any noun; a quoted question's answer; a
	// description repeating a title speaks for who unveiled it; a text
	// opening with "she says" names her next): fresh12 unchanged, fresh13
	// 0.947 / 0.900 (18/20), fresh14 unchanged; dev speakers 0.960 -> 0.965
	// (193/200), every other studied split unchanged.
	// The blind splits' summary lines, read once at 1.9.92 (c7aad23) and once
	// at 1.9.109, did not move: fresh15 0.811 / 0.706 (12/17), fresh16 0.923
	// / 0.833 (10/12), fresh17 0.944 / 0.833 (15/18).
	// fresh15, the direct and mixed quotes of the 20 GMB passages of
	// indirect fresh15 (19 quotes: 5 direct, two of them a fable's with no
	// speaker named, 14 quoted fragments in reported speech), annotated
	// blind on 2026-11-29 by a helper who wrote no rule, before the stage
	// ran on them: first run at 67fce90: F1 0.811 (tp 15, fp 3, fn 4) /
	// speakers 0.706 (12/17). fresh16, the direct and mixed quotes of the
	// 20 GMB passages of indirect fresh16 (12 quotes: 1 direct, a fable's,
	// 11 quoted fragments in reported speech), annotated blind on
	// 2026-11-29 by a helper who wrote no rule, before the stage ran on
	// them: first run at c76996b: F1 0.923 (tp 12, fp 2, fn 0) / speakers
	// 0.833 (10/12). fresh17, the direct and mixed quotes of the 25 GMB
	// passages of indirect fresh17 (18 quotes: 1 direct, 17 quoted fragments
	// in reported speech or in "what it calls" and "called X"), annotated
	// blind on 2026-11-29 by a helper who wrote no rule, before the stage
	// ran on them: first run at 7733de5: F1 0.944 (tp 17, fp 1, fn 1) /
	// speakers 0.833 (15/18).
	floors := map[string][2]float64{"dev": {0.95, 0.94}, "holdout": {0.94, 0.91}, "fresh": {0.92, 0.93},
		"fresh4": {0.97, 0.92}, "fresh5": {0.98, 0.89}, "fresh6": {0.96, 0.90}, "fresh7": {0.97, 0.90}, "fresh8": {0.95, 0.92},
		"fresh9": {0.96, 0.92}, "fresh10": {0.95, 0.95}, "fresh11": {0.91, 0.85}, "fresh12": {0.94, 0.91}, "fresh13": {0.92, 0.87}, "fresh14": {0.95, 0.95},
		"fresh15": {0.76, 0.65}, "fresh16": {0.87, 0.78}, "fresh17": {0.89, 0.78}}
	scoreRealSet(t, "direct.jsonl", floors, schemas.KindDirect, schemas.KindMixed)
}
