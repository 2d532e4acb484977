package entities

import (
	"strings"

	"github.com/wirestream/wirestream/kb"
)

// foreignBody reports that c, an organisation of little popularity, is
// said by its description to be of a country ("ministry of the
// Government of Colombia") that the article does not name: a name such
// as "Ministry of Transport" or "Supreme Court" names a body of every
// country, and the KB holds one of them.
func (d *doc) foreignBody(k *kb.KB, cfg *Config, ci int, c *kb.Candidate, cands [][]candidate) bool {
	if c.Type != kb.ORG || c.Prior >= cfg.SmallPrior || c.Description == "" || !genericBody(d.fullest(ci).core) {
		return false
	}
	country := d.descCountry(k, c.Description)
	if country == nil {
		return false
	}
	for _, cs := range cands {
		if len(cs) > 0 && cs[0].ID == country.ID && cs[0].score >= cfg.Threshold {
			return false // the article names it ("Colombia", "Colombian")
		}
	}
	words := d.contextWords()
	for _, w := range strings.Fields(country.Label) {
		if h, ok := contentStem(w); ok && !words.has(h) {
			return true
		}
	}
	return false
}

// genericBody reports a name made only of the words that name a
// government body in any country ("Ministry of Transport", "Supreme
// Court", "Finance Ministry"), with a head word among them. A name with
// a word of its own ("University of Cambridge") names one body.
func genericBody(core []string) bool {
	head := false
	for _, w := range core {
		switch {
		case bodyEnds[w]:
			head = true
		case !bodyWords[w]:
			return false
		}
	}
	return head
}

// bodyWords, with bodyEnds, make up the generic names of government
// bodies.
var bodyWords = map[string]bool{
	"of": true, "and": true, "for": true, "the": true, "on": true,
	"supreme": true, "high": true, "federal": true, "national": true, "central": true, "state": true,
	"general": true, "public": true, "foreign": true, "home": true, "interior": true, "internal": true,
	"affairs": true, "transport": true, "transportation": true, "trade": true, "industry": true,
	"finance": true, "economy": true, "economic": true, "justice": true, "defence": true, "defense": true,
	"health": true, "education": true, "agriculture": true, "labour": true, "labor": true,
	"commerce": true, "energy": true, "environment": true, "culture": true, "communications": true,
	"security": true, "treasury": true, "customs": true, "statistics": true, "electoral": true,
	"post": true, "works": true, "planning": true, "development": true, "constitutional": true,
	"appeal": true, "appeals": true, "parliament": true, "assembly": true, "representatives": true,
	"deputies": true, "chamber": true, "ministers": true, "cabinet": true, "prosecutor": true,
}

// descCountry is the country that a run of capitalised words of desc
// names (a KB place of a country's popularity, by its label), or nil.
func (d *doc) descCountry(k *kb.KB, desc string) *kb.Candidate {
	for rest := desc; rest != ""; {
		i := strings.IndexFunc(rest, func(r rune) bool { return r >= 'A' && r <= 'Z' })
		if i < 0 {
			return nil
		}
		rest = rest[i:]
		j := 0
		for j < len(rest) {
			e := strings.IndexAny(rest[j:], " ,;()")
			if e < 0 {
				e = len(rest) - j
			}
			if next := j + e; next < len(rest) && rest[next] == ' ' && next+1 < len(rest) && rest[next+1] >= 'A' && rest[next+1] <= 'Z' {
				j = next + 1
				continue
			}
			j += e
			break
		}
		run := rest[:j]
		rest = rest[j:]
		for _, c := range d.lookup(k, kb.Normalize(run)) {
			if c.Type == kb.LOC && c.IsLabel && c.Prior >= countryPrior {
				return &c
			}
		}
	}
	return nil
}

// countryPrior: the popularity of a country (a large country is about
// 0.92; the largest cities stay under 0.9).
const countryPrior = 0.9
