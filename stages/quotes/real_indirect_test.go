package quotes

import (
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

// TestRealIndirect scores indirect quotes (reported speech without marks)
// on real news nobody here wrote: testdata/real/indirect.jsonl marks them by
// hand in pages of the clean dev set and Reuters-128 texts, read from
// ../shared. A third of the articles is held back: their figures are
// logged, their errors only with -holdout-errors, so rules are written from
// the dev errors alone and the holdout tells whether they generalise. The
// "fresh" split, annotated after round 1, stayed blind (its errors only
// with -fresh-errors) until round 2's rules from dev and holdout were done;
// "fresh2", annotated then, stayed blind (-fresh2-errors) while rules were
// written from "fresh"; "fresh3" (-fresh3-errors) is blind to every rule so
// far; "fresh4" (-errors-of fresh4) was studied after its blind run;
// "fresh5" (-errors-of fresh5), "fresh6" (-errors-of fresh6), "fresh7"
// (-errors-of fresh7), "fresh8" and "fresh9" were studied after their blind
// runs; "fresh10" (-errors-of fresh10), "fresh11" (-errors-of fresh11),
// "fresh12" (-errors-of fresh12) and "fresh14" were studied after their
// blind runs (from the commit that retired them, 2026-11-29, on);
// "fresh15", "fresh16" and "fresh17" are blind. The test fails below a
// floor a little under what the stage reaches.
func TestRealIndirect(t *testing.T) {
	// First run, before any rule was written from these errors: dev F1 0.863,
	// speakers 0.707; holdout 0.784, 0.519. Round 2 (rules from dev and
	// holdout errors) took dev to 0.990, 0.970 and holdout to 0.966, 0.926,
	// yet fresh (18 Reuters-128 texts, 5 pages, annotated after round 1)
	// moved only from F1 0.818, speakers 0.603 to 0.823, 0.610. fresh2 (12
	// Reuters-128 texts, 2 pages) first scored after round 2: 0.852, 0.746;
	// after the rules from fresh's errors, still blind: 0.852, 0.746 again.
	// A document signed by a person speaks for that person ("said the
	// editorial, signed by John Durant"): fresh2 0.954, 0.881 -> 0.954,
	// 0.910; "Perhaps …, said X" opens a clause: 0.962, 0.925.
	// fresh3 (16 short Reuters-128 company items, 2 pages), annotated after
	// the rules from fresh2 and scored blind: 0.989, 0.913 (round 1's rules
	// scored it 0.955, 0.848: an easier set than fresh and fresh2); its one
	// missed clause showed "noted there’s" lost to a round-2 rule: 1.0, 0.935.
	// fresh4 (35 passages of consecutive GMB sentences of VOA news, 7
	// Reuters-128 items; 250 quotes), annotated after all of that and scored
	// blind: 0.907, 0.748; the rules written from its errors (and dev's)
	// took it to 0.941, 0.785. fresh5 (18 GMB passages, 94 quotes),
	// annotated after those rules and scored blind: 0.950, 0.809 (the rules
	// before this round scored it 0.939, 0.787). With the direct-quote
	// speaker rules landed beside them: fresh4 0.939, 0.793; fresh5 0.950,
	// 0.830. Round 3's rules from fresh4 and fresh5 (acronyms of long
	// names, plain subjects, count openers, rank words, bodies named in
	// the next sentence) took them to 0.957, 0.837 and 0.967, 0.883.
	// fresh6 (28 GMB passages, 148 quotes), annotated after those rules
	// and scored blind: 0.897, 0.728 (main's rules: 0.876, 0.707); the
	// rules written from its errors took it to 0.958, 0.830, fresh4 to
	// 0.961, 0.850 and fresh5 to 0.973, 0.894. fresh7 (22 GMB passages,
	// 139 quotes), annotated after those rules and scored blind: 0.892,
	// 0.723; round 3's rules from its errors took it to 0.908, 0.781 and
	// round 4's (mid-sentence asides, possessed days, 'the paper', 'was
	// quoted as saying', surnames for 'he', 'who say') to 0.974, 0.920.
	// fresh8 (22 GMB passages, 117 quotes), annotated after those rules
	// and scored blind: 0.983, 0.817; after the rules written from its
	// errors and fresh4-7's (document owners, subjects joined by "and",
	// officials named after the lead): 0.996, 0.974; fresh4 0.978, 0.907;
	// fresh6 0.969, 0.912; fresh7 0.978, 0.942. fresh9 (10 GMB passages,
	// 62 quotes), annotated after those rules and scored blind: 0.895,
	// 0.683 (surveys and polls that "found", nested reports, bodies
	// named after a lead: not studied); after the rules written from its
	// errors (polls and surveys that "found", ", but others say", a
	// one-word name joined by "and"): 0.932, 0.783; then subjects set off
	// by an aside, listeners told in a named place, "... Watch" as an
	// organisation: 0.950, 0.833 (fresh4 0.984, 0.927); "living in"
	// after the people who speak: 0.959, 0.850; a lead's role qualified by
	// a body's name ("A European Union adviser says") is the person named
	// next: 0.959, 0.867; "the mediator", "the rancher" (agent nouns)
	// describe the person the story is about: fresh4 0.984, 0.931;
	// fresh6 0.969, 0.925; a translation in parentheses after the
	// speaker ("Medecins du Monde (Doctors of the World) said"): fresh4
	// 0.986, 0.939; hyphened modifiers ("the U.-S.-led coalition force")
	// and scene shifts ("Farther east,") before the subject: fresh9
	// 0.967, 0.883; the writer's dating ("…, nearly two years after …")
	// and correction ("…, correcting …") cut from the clause: fresh5
	// 0.989, 0.947; fresh7 0.985, 0.949; a nested report's subject with a
	// place phrase ("said his family in Burma has confirmed"): fresh9
	// 0.967, 0.900; "…, and Washington has expressed …" cut from the
	// clause: fresh6 0.976, 0.932; "U.S. and Afghan forces report
	// killing … and say": fresh9 0.976, 0.917. fresh10 (10 GMB passages of 8
	// sentences, 40 quotes, relatives such as "which it says" and documents
	// speaking for their owners among them), annotated before the rules
	// from fresh9 and scored blind: 0.909, 0.769 (30/39). fresh11 (12 GMB
	// passages of 8 sentences, 59 quotes: survey reports, nested reports,
	// bodies named after a lead), annotated before the stage ran on them
	// and scored: blind, first run at c0fe059: F1 0.832 / speakers 0.684
	// (39/57). 11 of its spans were reported clauses holding a quoted
	// fragment, marked both as the clause (here) and as the fragment
	// (direct fresh12), against DESIGN.md ("indirect: … without quotation
	// marks") and every earlier split; the clauses were taken out, leaving
	// 48 quotes: the same main scores 0.933 / 0.826 (38/46). Studied
	// then, with rules of the subject's noun phrase (shares of a group
	// answering a poll, a lead's body named next and "the group" after
	// it, a role's long chain of phrases, "critics, including X, who
	// say", a document's "that said", "for X to say", a long subject
	// before a bare clause's verb): 0.957 / 0.935 (43/46); fresh10
	// 0.909 / 0.795. fresh12 (15 GMB passages of 6-10 sentences, 59 quotes:
	// gmb-s01681-s01690, s06534-s06540, s12354-s12360, s16353-s16360,
	// s19512-s19517, s27212-s27217, s29536-s29541, s30739-s30744,
	// s33034-s33039, s35668-s35673, s38552-s38557, s43422-s43427,
	// s43506-s43515, s46264-s46269 and the fable s32326-s32332 with none),
	// annotated by a helper who wrote no rule, before the stage ran on
	// them; a clause holding a quoted fragment is marked as the fragment
	// (mixed, direct fresh13) only, as in fresh4-fresh10. Blind, first
	// run at 6a0a547: F1 0.966 / speakers 0.831 (49/59). fresh14 (15 GMB
	// passages of 6-10 sentences drawn with a fixed seed, one per fifteenth
	// of the corpus, 60 quotes: gmb-s01012-s01021, s04807-s04815,
	// s07466-s07471, s10872-s10878, s15364-s15371, s16579-s16588,
	// s21417-s21423, s23027-s23034, s26048-s26053, s30118-s30127,
	// s32768-s32775, s35510-s35519, s40687-s40692, s42252-s42259,
	// s47762-s47767), annotated blind on 2026-11-29 by a helper who wrote no
	// rule, before the stage ran on them: first run at 07f1e3f: F1 0.975
	// (tp 58, fp 1, fn 2) / speakers 0.879 (51/58). fresh12 and fresh14
	// were retired from blind to studied on 2026-11-29 (studied from the
	// commit that retired them on; the first-run figures above stay as
	// recorded). Studied at quotes/1.9.92 (the rules before): fresh12 0.966
	// / 0.847 (50/59), fresh14 0.975 / 0.879 (51/58). The rules written
	// from their errors and the older studied splits' (quotes/1.9.93-1.9.109,
	// TestNewsVoiceRules: "they" after a counted subject, a report's medium
	// "said in a statement", a group named again, a lead's unowned report
	// or described body named next, an outlet "X of Place", ", and X
	// declared …" attributes nothing, "NAME's NOUN says", "indicated", a
	// document's participle and date before its verb, an aside between
	// dashes, "a government statement" after a country spoke, a report met
	// again, a clause's end at ", saying"): fresh12 0.983 / 0.932 (55/59),
	// fresh14 1.000 / 1.000 (58/58); fresh4 speakers 0.959 -> 0.972
	// (239/246), fresh10 0.909 / 0.795 -> 0.923 / 0.821 (32/39), every other
	// studied split unchanged. The blind splits' summary lines, read once at
	// 1.9.92 (c7aad23) and once at 1.9.109, did not move: fresh15 0.886 /
	// 0.867 (39/45), fresh16 0.982 / 0.963 (52/54), fresh17 0.945 / 0.797
	// (59/74). fresh15 (20 GMB
	// passages of 6-10 sentences drawn with random.Random(15), one per
	// twentieth of the corpus, each holding a pair of quotation marks; 45
	// quotes: gmb-s00048-s00054, s02544-s02553, s05769-s05775,
	// s08133-s08141, s11426-s11433, s12047-s12056, s15582-s15591,
	// s18350-s18357, s21208-s21214, s23526-s23535, s24285-s24293,
	// s28185-s28191, s28777-s28786, s32374-s32383, s33592-s33600,
	// s36453-s36460, s40642-s40651, s42624-s42629, s45450-s45457,
	// s47578-s47587), annotated blind on 2026-11-29 by a helper who wrote
	// no rule, before the stage ran on them; a clause holding a quoted
	// fragment is marked as the fragment (mixed, direct fresh15) only:
	// first run at 67fce90: F1 0.886 (tp 39, fp 4, fn 6) / speakers 0.867
	// (39/45). fresh16 (20 GMB passages drawn as fresh15's with
	// random.Random(16), none overlapping an earlier split; 56 quotes:
	// gmb-s01168-s01176, s03298-s03303, s06804-s06812, s07701-s07707,
	// s11391-s11400, s13347-s13356, s15230-s15238, s16881-s16890,
	// s20335-s20342, s23735-s23741, s25103-s25112, s27354-s27359,
	// s29636-s29641, s31716-s31722, s34172-s34177, s37639-s37648,
	// s39292-s39301, s42281-s42289, s44103-s44111, s46505-s46513),
	// annotated blind on 2026-11-29 by a helper who wrote no rule, before
	// the stage ran on them; a clause holding a quoted fragment is the
	// fragment (mixed, direct fresh16) only: first run at c76996b: F1
	// 0.982 (tp 54, fp 0, fn 2) / speakers 0.963 (52/54). fresh17 (25 GMB
	// passages drawn as fresh15's with random.Random(17), one per
	// twenty-fifth of the corpus, none overlapping an earlier split; 75
	// quotes: gmb-s00037-s00044, s02653-s02662, s04380-s04385,
	// s06840-s06849, s09157-s09162, s10736-s10745, s13169-s13178,
	// s14037-s14046, s16675-s16682, s17788-s17797, s19495-s19504,
	// s22277-s22285, s23721-s23729, s26120-s26128, s27201-s27208,
	// s29431-s29439, s31089-s31096, s33633-s33638, s36326-s36335,
	// s38041-s38050, s39349-s39356, s40585-s40591, s42848-s42855,
	// s45837-s45845, s46470-s46477), annotated blind on 2026-11-29 by a
	// helper who wrote no rule, before the stage ran on them; a clause
	// holding a quoted fragment is the fragment (mixed, direct fresh17)
	// only: first run at 7733de5: F1 0.945 (tp 69, fp 2, fn 6) / speakers
	// 0.797 (59/74).
	floors := map[string][2]float64{"dev": {0.97, 0.95}, "holdout": {0.94, 0.90}, "fresh": {0.91, 0.86},
		"fresh2": {0.94, 0.90}, "fresh3": {0.97, 0.90}, "fresh4": {0.97, 0.95}, "fresh5": {0.95, 0.92},
		"fresh6": {0.95, 0.90}, "fresh7": {0.96, 0.93}, "fresh8": {0.98, 0.96},
		"fresh9": {0.95, 0.89}, "fresh10": {0.90, 0.79}, "fresh11": {0.93, 0.90}, "fresh12": {0.96, 0.90}, "fresh14": {0.97, 0.96},
		"fresh15": {0.83, 0.81}, "fresh16": {0.93, 0.91}, "fresh17": {0.89, 0.74}}
	scoreRealSet(t, "indirect.jsonl", floors, schemas.KindIndirect)
}
