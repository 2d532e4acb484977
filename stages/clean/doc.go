// Package clean turns a raw article body (an HTML page, scraped text with
// web boilerplate, or already clean wire text) into the article's own
// paragraphs, one per line, separated by a blank line, and takes photo
// captions and credits out into a list of their own.
//
// HTML pages go through go-trafilatura, whose content node is rendered one
// line per block (its ContentText loses the breaks). What it lets through
// is then sifted like scraped text, with the page's markup as extra
// evidence: lines that are the text of a link elsewhere on the page are
// teasers, lines equal to a figure caption or an image's alt text are
// captions, a short standfirst that repeats the page description is
// dropped, and short labels outside headings, lists and tables ("Sign in",
// "Subscribe") are widget text.
//
// Scraped text is judged line by line from what a line looks like (length,
// sentence ending, case, link and menu shapes, credit marks, repetition on
// the page) and where it stands: each line weighs for or against being
// article, and the article is the stretch with the largest total, cut at a
// long run of furniture when the prose before it stands on its own.
// Headings and short sentences count when running text surrounds them.
// Text that shows no furniture at all (a feed's clean body) is kept whole,
// so its offsets stay valid; only line endings and spaces are normalised.
//
// When the publisher gave no language, the stage names the clean text's
// (ISO 639-1, language.go): English by its share of function words, which
// costs microseconds; anything else by whatlanggo's trigram profiles, which
// cost milliseconds and so run only when the text is not English.
//
// Nothing is tuned to particular sites or phrases: the few words the code
// knows are the ones photo desks use to mark credits ("Photo", "Credit",
// "FILE - ").
package clean
