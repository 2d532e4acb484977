// Package examples holds the sample feed that `worker run` publishes on a
// fresh clone: short fictional wire stories (the people and their quotes are
// invented) in every input shape `worker publish` reads: scraped plain text,
// an HTML page with its boilerplate, an IPTC ninjs document, a raw article
// object and JSON lines.
package examples

import "embed"

// Feed holds the files under feed/, read with the same code as
// `worker publish examples/feed`.
//
//go:embed feed
var Feed embed.FS

// FeedDir is the directory of the sample files inside Feed.
const FeedDir = "feed"
