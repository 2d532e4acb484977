package entities

import (
	"slices"
	"strconv"

	"github.com/wirestream/wirestream/schemas"
)

// refs are the entity refs of an ordinary article, made once: a string
// per entity per article added up.
var refs = func() []string {
	r := make([]string, 256)
	for i := range r {
		r[i] = "e" + strconv.Itoa(i+1)
	}
	return r
}()

func refOf(n int) string {
	if n < len(refs) {
		return refs[n]
	}
	return "e" + strconv.Itoa(n+1)
}

// entities renders the clusters: ref e1.. in order of first mention, the
// KB label as name when linked (else the fullest mention), mentions sorted.
// The mentions and links of all entities share one backing array each.
func (d *doc) entities() []schemas.Entity {
	items := d.itemBuf[:0] // recycled: only the returned slices are new
	nm, nl := 0, 0
	for ci := range d.cs {
		c := &d.cs[ci]
		if c.dead || len(c.ments) == 0 {
			continue
		}
		first, n := -1, 0
		for _, mi := range c.ments {
			if m := &d.ms[mi]; !m.owner {
				if first < 0 || m.start < first {
					first = m.start
				}
				n++
			}
		}
		if n == 0 {
			continue
		}
		items = append(items, outItem{ci, first})
		nm += n
		if c.link != nil {
			nl++
		}
	}
	// no two clusters share a mention, so no two share a first offset
	slices.SortFunc(items, func(a, b outItem) int { return a.first - b.first })
	d.itemBuf = items
	out := make([]schemas.Entity, 0, len(items))
	ments := make([]schemas.Mention, 0, nm)
	links := make([]string, 0, nl)
	for n, it := range items {
		c := &d.cs[it.ci]
		e := schemas.Entity{Ref: refOf(n), Type: c.typ}
		if c.link != nil {
			e.Name = c.link.Label
			links = append(links, c.link.ID)
			e.Link = &links[len(links)-1]
			e.Type = d.entityType(it.ci)
			e.Score = round3(min(1, c.score)) // a confidence: the feature sum, capped
		} else {
			e.Name = d.fullest(it.ci).text
			if t := d.agreedType(it.ci); t != "" {
				e.Type = t
			}
		}
		a := len(ments)
		for _, mi := range c.ments {
			// a lost-apostrophe possessive ("Texacos stock") names the
			// owner as a determiner: news gold sets leave it out, as
			// cutPossessors leaves out the possessor of a name
			if m := &d.ms[mi]; !m.owner {
				ments = append(ments, schemas.Mention{Start: m.start, End: m.end, Text: m.text})
			}
		}
		e.Mentions = ments[a:len(ments):len(ments)]
		// a mention belongs to one cluster: starts are distinct
		slices.SortFunc(e.Mentions, func(x, y schemas.Mention) int { return x.Start - y.Start })
		out = append(out, e)
	}
	return out
}

// outItem is a cluster to render and the start of its first mention.
type outItem struct {
	ci, first int
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
