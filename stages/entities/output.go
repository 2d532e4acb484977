package entities

import (
	"sort"
	"strconv"

	"github.com/wirestream/wirestream/schemas"
)

// entities renders the clusters: ref e1.. in order of first mention, the
// KB label as name when linked (else the fullest mention), mentions sorted.
func (d *doc) entities() []schemas.Entity {
	type item struct {
		ci, first int
	}
	var items []item
	for ci := range d.cs {
		c := &d.cs[ci]
		if c.dead || len(c.ments) == 0 {
			continue
		}
		first := d.ms[c.ments[0]].start
		for _, mi := range c.ments {
			first = min(first, d.ms[mi].start)
		}
		items = append(items, item{ci, first})
	}
	sort.Slice(items, func(a, b int) bool { return items[a].first < items[b].first })
	out := make([]schemas.Entity, 0, len(items))
	for n, it := range items {
		c := &d.cs[it.ci]
		e := schemas.Entity{Ref: "e" + strconv.Itoa(n+1), Type: c.typ}
		if c.link != nil {
			e.Name = c.link.Label
			e.Link = schemas.Str(c.link.ID)
			if c.link.Type != "" {
				// the KB knows better than the tagger what a linked thing is
				e.Type = c.link.Type
			}
			e.Score = round3(min(1, c.score)) // a confidence: the feature sum, capped
		} else {
			e.Name = d.fullest(it.ci).text
		}
		e.Mentions = make([]schemas.Mention, 0, len(c.ments))
		for _, mi := range c.ments {
			m := &d.ms[mi]
			e.Mentions = append(e.Mentions, schemas.Mention{Start: m.start, End: m.end, Text: m.text})
		}
		sort.Slice(e.Mentions, func(a, b int) bool { return e.Mentions[a].Start < e.Mentions[b].Start })
		out = append(out, e)
	}
	return out
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
