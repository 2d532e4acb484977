package clean

import "strings"

// Line weights for finding the article: running text counts for its
// length beyond a threshold, everything else against. The article is the
// stretch of lines with the largest total, so menus, teasers and footers
// around it fall away while a heading or caption inside it does not break
// it.
const (
	proseThreshold = 40  // characters a prose line must exceed to count for the article
	proseCap       = 600 // one long line cannot outweigh everything else
	shortProse     = 80  // below this a sentence counts slightly against
	weightRepeated = -40
	weightCredit   = -20
	weightLinky    = -50
	weightHeading  = -15
	weightOther    = -35
	weightLenient  = -10
	// minArticle is the total below which no stretch of an extracted
	// page stands out as the article: then the extractor's lines are
	// kept.
	minArticle = 150
	// An earlier stretch is preferred when it totals at least minEarlier
	// and one earlierShare-th of the densest.
	minEarlier   = 400
	earlierShare = 4
	// gapLimit is the weight of furniture (about nine menu lines) that
	// separates two stretches of prose into different texts.
	gapLimit        = 300
	maxEarlierSteps = 4
)

type textLine struct {
	text   string
	sh     shape
	count  int  // occurrences of the same line in the page
	linked bool // the line is (almost) all link text (HTML only)
	// structural: the line is a heading, list item or table cell (HTML only)
	structural bool
}

func cleanText(body, title string) (Result, error) {
	return classify(textLines(body), title, false), nil
}

// classify picks the article's lines. lenient keeps every line inside the
// article's stretch that is not a caption or a link: the HTML extractor
// has already judged those lines by their markup.
func classify(lines []textLine, title string, lenient bool) Result {
	counts := make(map[string]int, len(lines))
	for _, l := range lines {
		counts[l.text]++
	}
	for i := range lines {
		lines[i].count = counts[lines[i].text]
	}
	start, end, total := bestRun(lines, lenient)
	if !lenient {
		start, end, total = preferEarlier(lines, start, end, total)
	}
	clean := !lenient && isCleanText(lines)
	if clean {
		start, end = 0, len(lines)
		if title == "" && len(lines) > 1 && lines[0].sh.headingLike() && lines[0].sh.words >= 3 && lines[1].sh.prose() {
			title = lines[0].text
		}
	} else if title == "" {
		title = findTitle(lines, start)
	}
	var keep []int
	var caps []string
	seenCap := map[string]bool{}
	addCaption := func(l textLine) {
		if l.sh.words >= 4 && !l.sh.linky && !seenCap[l.text] {
			seenCap[l.text] = true
			caps = append(caps, l.text)
		}
	}
	if lenient && total < minArticle {
		start, end = 0, len(lines)
	}
	if lenient {
		// The extractor already dropped most furniture, so what follows
		// the densest stretch (a list, a table, a closing line) is the
		// article's until a line the page marks as foreign.
		for end < len(lines) && !foreign(lines[end]) {
			end++
		}
	}
	// Captions above the article (a lead photo) belong to it too; what
	// follows it is other stories' furniture.
	for i := 0; i < start; i++ {
		l := lines[i]
		if l.sh.credit || (l.count > 1 && l.sh.sentence && l.sh.words >= 6) {
			addCaption(l)
		}
	}
	for i := start; i < end; i++ {
		l := lines[i]
		switch {
		case l.sh.credit || (l.count > 1 && !isPunctuationOnly(l.text)):
			addCaption(l)
		case l.linked:
			// A teaser for another page, even inside the article.
		case clean || l.sh.prose():
			keep = append(keep, i)
		case lenient:
			if !controlLike(l) {
				keep = append(keep, i)
			}
		case l.sh.headingLike() || l.sh.colonEnd:
			if nextIsProse(lines, i) && (i == start || prevIsProse(lines, i)) {
				keep = append(keep, i)
			}
		case l.sh.sentence && l.sh.letters > 0 || isPunctuationOnly(l.text):
			// A short sentence, or a section rule such as "___", counts
			// when running text surrounds it.
			if prevIsProse(lines, i) && nextIsProse(lines, i) {
				keep = append(keep, i)
			}
		}
	}
	out := make([]string, 0, len(keep))
	for n, i := range keep {
		if n < 3 && title != "" && sameTitle(lines[i].text, title) {
			continue
		}
		out = append(out, lines[i].text)
	}
	return Result{Text: strings.Join(out, "\n\n"), Captions: caps, Title: title}
}

// textLines splits body into its non-blank lines, first joining the lines
// of hard-wrapped paragraphs.
func textLines(body string) []textLine {
	raw := splitLines(body)
	if hardWrapped(raw) {
		raw = unwrap(raw)
	}
	out := make([]textLine, 0, len(raw))
	for _, l := range raw {
		if l != "" {
			out = append(out, textLine{text: l, sh: shapeOf(l)})
		}
	}
	return out
}

// isCleanText reports text that carries no web furniture, so that it is
// kept whole and a feed's clean text passes unchanged. Furniture shows as
// repeated, menu-like or credit lines, and as runs of lines that are
// neither running text nor a sentence (menus come in runs; a heading does
// not). Such runs are allowed (lists, tables) only when the text opens and
// closes with running text, as an article does and a page does not.
func isCleanText(lines []textLine) bool {
	if len(lines) == 0 {
		return true
	}
	isOdd := func(l textLine) bool {
		return !l.sh.prose() && !(l.sh.sentence && l.sh.letters > 0) && !isPunctuationOnly(l.text)
	}
	odd, runs := 0, false
	for i, l := range lines {
		if l.count > 1 && !isPunctuationOnly(l.text) || l.sh.credit || l.sh.linky && !isURL(l.text) {
			return false
		}
		if !isOdd(l) {
			continue
		}
		odd++
		inRun := i > 0 && isOdd(lines[i-1]) || i+1 < len(lines) && isOdd(lines[i+1])
		if inRun {
			runs = true
		} else if !l.sh.headingLike() && !l.sh.colonEnd {
			// A lone label between paragraphs ("Advertisement").
			return false
		}
	}
	if !runs && odd*10 <= len(lines)*3 {
		return true
	}
	first, last := lines[0], lines[len(lines)-1]
	opens := first.sh.prose() || len(lines) > 1 && first.sh.headingLike() && lines[1].sh.prose()
	return opens && last.sh.sentence && odd*2 <= len(lines)
}

// isURL reports a line that is a web address and nothing else.
func isURL(l string) bool {
	return !strings.Contains(l, " ") && (strings.Contains(l, "://") || strings.HasPrefix(l, "www."))
}

// controlLike reports a short line of an extracted page that is neither
// a sentence nor a heading, list item or cell: a button or widget label.
func controlLike(l textLine) bool {
	return l.sh.words <= 3 && !l.sh.sentence && !l.sh.colonEnd && !l.structural && !l.sh.dense &&
		!strings.Contains(l.text, "://") && !strings.HasPrefix(l.text, "www.")
}

// foreign reports lines that are furniture wherever they stand: links to
// other pages, repeated lines and credits.
func foreign(l textLine) bool {
	return l.linked || l.count > 1 || l.sh.credit
}

func weight(l textLine, lenient bool) int {
	switch {
	case l.linked:
		return weightLinky
	case lenient && !foreign(l) && !l.sh.prose():
		// The extractor kept it: a list item or a table row costs little.
		return weightLenient
	case l.sh.linky:
		return weightLinky
	case l.count > 1:
		return weightRepeated
	case l.sh.credit:
		return weightCredit
	case l.sh.prose():
		n := l.sh.size()
		if n < shortProse && !lenient {
			// A lone short sentence at the edge (a cookie notice, a
			// sign-off) should not pull the article's edge out to it.
			return (n - shortProse) / 2
		}
		return min(n, proseCap) - proseThreshold
	case l.sh.headingLike():
		return weightHeading
	}
	return weightOther
}

// bestRun returns the stretch [start, end) of lines with the largest total
// weight (Kadane's maximum subarray) and that total.
func bestRun(lines []textLine, lenient bool) (start, end, total int) {
	best, bestS, bestE := 0, 0, 0
	sum, s := 0, 0
	for i, l := range lines {
		if sum <= 0 {
			sum, s = 0, i
		}
		sum += weight(l, lenient)
		if sum > best {
			best, bestS, bestE = sum, s, i+1
		}
	}
	return bestS, bestE, best
}

// preferEarlier picks a substantial stretch of prose that comes before the
// densest one: on a page the article comes first and what follows it
// (reader comments, other stories' summaries) can outweigh a short one.
func preferEarlier(lines []textLine, start, end, total int) (int, int, int) {
	// A long stretch of furniture inside the run (a comment section's
	// headers, a block of links) ends the article there when what comes
	// before it is substantial on its own.
	segStart, segEnd, sum, gap := start, start, 0, 0
	for i := start; i < end; i++ {
		w := weight(lines[i], false)
		if w <= 0 {
			gap += w
			continue
		}
		if gap <= -gapLimit {
			if sum >= minEarlier && sum*earlierShare >= total {
				return segStart, segEnd, sum
			}
			segStart, sum = i, 0
		} else {
			sum += gap
		}
		gap = 0
		sum += w
		segEnd = i + 1
	}
	// Each step rescans the lines before the run; a few steps suffice for
	// any real page and keep a page of endless alternation linear.
	for step := 0; start > 0 && step < maxEarlierSteps; step++ {
		s, e, t := bestRun(lines[:start], false)
		if t < minEarlier || t*earlierShare < total {
			break
		}
		start, end, total = s, e, t
	}
	return start, end, total
}

func nextIsProse(lines []textLine, i int) bool {
	return i+1 < len(lines) && lines[i+1].sh.prose() && lines[i+1].count == 1 && !lines[i+1].sh.credit
}

func prevIsProse(lines []textLine, i int) bool {
	return i > 0 && (lines[i-1].sh.prose() || lines[i-1].sh.colonEnd) && lines[i-1].count == 1 && !lines[i-1].sh.credit
}

// isPunctuationOnly reports separator lines such as "___" or "* * *".
func isPunctuationOnly(l string) bool {
	for _, r := range l {
		switch r {
		case '_', '*', '-', '–', '—', '=', '#', '~', ' ', '•':
			continue
		}
		return false
	}
	return l != ""
}

// findTitle picks the page's headline among the lines shortly before the
// article: a capitalised line of a few words that is not a sentence, a
// date line, a byline or a credit. Longer lines and lines the page repeats
// (a headline also appears in breadcrumbs and share boxes) score higher.
func findTitle(lines []textLine, start int) string {
	best, bestScore := "", 0
	for i := start - 1; i >= 0 && i >= start-titleWindow; i-- {
		l := lines[i]
		if l.sh.words < 4 || l.sh.words > 30 || l.sh.linky || l.sh.credit || !l.sh.startCap ||
			(l.sh.sentence && !strings.HasSuffix(l.text, "?") && !strings.HasSuffix(l.text, "!")) ||
			strings.HasPrefix(l.text, "By ") || digitShare(l.text) > 0.12 {
			continue
		}
		score := min(l.sh.words, 20)*4 - (start - 1 - i)
		if l.count > 1 {
			score += 30
		}
		if score > bestScore {
			best, bestScore = l.text, score
		}
	}
	return best
}

// titleWindow is how many lines before the article findTitle looks at.
const titleWindow = 25

// digitShare is the share of digits among a line's non-space characters:
// high for dates, times and scores.
func digitShare(s string) float64 {
	d, n := 0, 0
	for _, r := range s {
		if r == ' ' {
			continue
		}
		n++
		if r >= '0' && r <= '9' {
			d++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(d) / float64(n)
}
