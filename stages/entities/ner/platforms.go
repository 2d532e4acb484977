package ner

import "slices"

// platformNames types as ORG, CoNLL's type for a company and its
// services, a one-word name the story writes as a site people post on:
// an account's or a post's noun after it ("a Facebook post", "her
// Instagram account", "Reddit users") or a posting verb and "on" before
// it ("posted on Twitter", "wrote on Tumblr"). GMB, the model's training
// text, tags most such sites as artefacts (MISC), and an unknown one is
// read by its shape (a place, a person). Every other mention of the word
// in the article is then the site too. A nationality is none ("Chinese
// users", "an Israeli account"), nor a common word ("a Bank account").
//
// A name the model missed is added when a determiner stands before it
// ("in a Tumblr post"): a sentence's first word has none.
func platformNames(sc *scratch, lx *lexicon, text string) {
	var marked []uint64
	added := false
	k := 0
	// only the tokens with a capital (sc.upper, in order) can be names
	for _, u := range sc.upper {
		i := int(u)
		if i == 0 || i+1 >= len(sc.toks) {
			continue
		}
		w := &sc.info[i]
		if w.kind != kindCap && w.kind != kindMixed || !w.spaceBefore {
			continue
		}
		next, prev := &sc.info[i+1], &sc.info[i-1]
		// the words around first: most capitals have neither cue, and
		// the mentions need not be walked for them
		noun := next.spaceBefore && platformNouns.has(next.low)
		posted := prev.low == onHash && i >= 2 && postingVerbs.has(sc.info[i-2].low)
		if !noun && !posted {
			continue
		}
		for k < len(sc.ments) && sc.ments[k].b <= i {
			k++
		}
		inName := k < len(sc.ments) && sc.ments[k].a <= i
		if inName && sc.ments[k].b-sc.ments[k].a != 1 {
			continue // one word only: "the Wall Street Journal account"
		}
		after := noun && (inName || platformDeterminers.has(prev.low))
		before := !after && posted && inName &&
			!(next.kind == kindPunct && apostrophe(text[sc.toks[i+1].b:sc.toks[i+1].e]))
		if !after && !before {
			continue
		}
		if w.cls&clsCommonLower != 0 || gazName(sc, lx, span{i, i + 1, 0})&(gnDemonym|gnCountry) != 0 ||
			w.letters && nationWord(lx, text[sc.toks[i].b:sc.toks[i].e]) {
			continue
		}
		if !inName {
			sc.ments = append(sc.ments, span{i, i + 1, 1})
			added = true
		}
		marked = append(marked, w.low)
	}
	if added {
		sc.sortMents()
	}
	if len(marked) == 0 {
		return
	}
	for k := range sc.ments {
		if m := &sc.ments[k]; m.b-m.a == 1 && slices.Contains(marked, sc.info[m.a].low) {
			m.typ = 1 // ORG
		}
	}
}

// apostrophe: "'" or "’" (a possessive follows: "wrote on Iran's
// programme" is about Iran).
func apostrophe(s string) bool { return s == "'" || s == "’" }

var (
	onHash = lowerHash("on")
	// nouns of what a site holds; "posts" and "followers" are left out
	// ("Smith posts a video", "Trump followers")
	platformNouns = newHashSet("post", "account", "accounts", "page", "feed", "channel", "user", "users",
		"livestream", "profile", "handle", "app")
	platformDeterminers = newHashSet("a", "an", "the", "his", "her", "its", "their", "our", "my", "your")
	postingVerbs        = newHashSet("posted", "wrote", "written", "shared", "tweeted", "uploaded", "published",
		"streamed", "post", "posts", "posting", "writing", "live")
)
