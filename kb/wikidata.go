package kb

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/segmentio/encoding/json"
)

// ClassTypes maps an instance-of (P31) class to an entity type. Only
// direct classes are read (no subclass closure, which needs the whole
// graph): the classes below cover most news-salient items. Items with no
// mapped class are skipped.
var ClassTypes = map[string]string{
	"Q5": PER, // human

	"Q43229":    ORG, // organization
	"Q4830453":  ORG, // business
	"Q783794":   ORG, // company
	"Q891723":   ORG, // public company
	"Q6881511":  ORG, // enterprise
	"Q7278":     ORG, // political party
	"Q7210356":  ORG, // political organization
	"Q327333":   ORG, // government agency
	"Q2659904":  ORG, // government organization
	"Q7188":     ORG, // government
	"Q11204":    ORG, // legislature
	"Q35749":    ORG, // parliament
	"Q11032":    ORG, // newspaper
	"Q192283":   ORG, // news agency
	"Q484652":   ORG, // international organization
	"Q245065":   ORG, // intergovernmental organization
	"Q3918":     ORG, // university
	"Q875538":   ORG, // public university
	"Q902104":   ORG, // private university
	"Q31855":    ORG, // research institute
	"Q163740":   ORG, // nonprofit organization
	"Q48204":    ORG, // voluntary association
	"Q476028":   ORG, // association football club
	"Q847017":   ORG, // sports club
	"Q12973014": ORG, // sports team
	"Q4438121":  ORG, // sports organization

	"Q6256":     LOC, // country
	"Q3624078":  LOC, // sovereign state
	"Q515":      LOC, // city
	"Q1549591":  LOC, // big city
	"Q1637706":  LOC, // city with millions of inhabitants
	"Q5119":     LOC, // capital
	"Q486972":   LOC, // human settlement
	"Q3957":     LOC, // town
	"Q532":      LOC, // village
	"Q15284":    LOC, // municipality
	"Q1093829":  LOC, // city of the United States
	"Q35657":    LOC, // state of the United States
	"Q107390":   LOC, // federated state
	"Q10864048": LOC, // first-level administrative country subdivision
	"Q82794":    LOC, // geographic region
	"Q5107":     LOC, // continent
	"Q23442":    LOC, // island
	"Q8502":     LOC, // mountain
	"Q4022":     LOC, // river
	"Q165":      LOC, // sea
	"Q9430":     LOC, // ocean

	"Q1656682":  MISC, // event
	"Q198":      MISC, // war
	"Q178561":   MISC, // battle
	"Q40231":    MISC, // public election
	"Q231002":   MISC, // nationality
	"Q41710":    MISC, // ethnic group
	"Q34770":    MISC, // language
	"Q11424":    MISC, // film
	"Q5398426":  MISC, // television series
	"Q7725634":  MISC, // literary work
	"Q482994":   MISC, // album
	"Q13406554": MISC, // sports competition
	"Q500834":   MISC, // tournament
}

var typeRank = map[string]int{PER: 4, ORG: 3, LOC: 2, MISC: 1}

// dumpItem is the part of a Wikidata entity the builder reads; the decoder
// skips the rest (other languages, other claims).
type dumpItem struct {
	Type   string `json:"type"`
	ID     string `json:"id"`
	Labels struct {
		En *struct {
			Value string `json:"value"`
		} `json:"en"`
	} `json:"labels"`
	Descriptions struct {
		En *struct {
			Value string `json:"value"`
		} `json:"en"`
	} `json:"descriptions"`
	Aliases struct {
		En []struct {
			Value string `json:"value"`
		} `json:"en"`
	} `json:"aliases"`
	Claims struct {
		P31 []struct {
			Mainsnak struct {
				Datavalue struct {
					Value struct {
						ID string `json:"id"`
					} `json:"value"`
				} `json:"datavalue"`
			} `json:"mainsnak"`
		} `json:"P31"`
	} `json:"claims"`
	Sitelinks map[string]json.RawMessage `json:"sitelinks"`
}

// dumpEntity maps one dump line to an entity; ok is false for lines that
// are not kept (no English label, no mapped class, not an item).
func dumpEntity(line []byte) (Entity, bool, error) {
	line = bytes.TrimSpace(line)
	line = bytes.TrimSuffix(line, []byte(","))
	if len(line) < 2 || line[0] != '{' {
		return Entity{}, false, nil // "[" and "]" of the array
	}
	// Most of the dump has no English label: skip those before parsing.
	if !bytes.Contains(line, []byte(`"en":{`)) {
		return Entity{}, false, nil
	}
	var it dumpItem
	if err := json.Unmarshal(line, &it); err != nil {
		return Entity{}, false, err
	}
	if it.Labels.En == nil || it.Labels.En.Value == "" || (it.Type != "" && it.Type != "item") {
		return Entity{}, false, nil
	}
	typ := ""
	for _, c := range it.Claims.P31 {
		if t, ok := ClassTypes[c.Mainsnak.Datavalue.Value.ID]; ok && typeRank[t] > typeRank[typ] {
			typ = t
		}
	}
	if typ == "" {
		return Entity{}, false, nil
	}
	e := Entity{ID: it.ID, Label: it.Labels.En.Value, Type: typ,
		Prior: Popularity(float64(len(it.Sitelinks)), "sitelinks")}
	if it.Descriptions.En != nil {
		e.Description = it.Descriptions.En.Value
	}
	for _, a := range it.Aliases.En {
		if a.Value != "" {
			e.Aliases = append(e.Aliases, a.Value)
		}
	}
	return e, true, nil
}

// ReadDump streams a Wikidata JSON dump (one entity per line inside a JSON
// array) and calls add for every kept entity. Memory is bounded by the
// longest line.
func ReadDump(ctx context.Context, r io.Reader, add func(Entity)) error {
	br := bufio.NewReaderSize(r, 1<<20)
	line := 0
	var buf []byte
	for {
		part, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			buf = append(buf, part...)
			continue
		}
		if len(buf) > 0 {
			part = append(buf, part...)
			buf = buf[:0]
		}
		if len(part) > 0 {
			line++
			if line%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			e, ok, perr := dumpEntity(part)
			if perr != nil {
				return fmt.Errorf("line %d: %w", line, perr)
			}
			if ok {
				add(e)
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func readDumpFile(ctx context.Context, path string, cr *countingReader, add func(Entity)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("kb: %w", err)
	}
	defer f.Close()
	cr.r = f
	var r io.Reader = bufio.NewReaderSize(cr, 1<<20)
	switch {
	case strings.HasSuffix(path, ".gz"):
		gz, err := gzip.NewReader(r)
		if err != nil {
			return fmt.Errorf("kb: %s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	case strings.HasSuffix(path, ".bz2"):
		r = bzip2.NewReader(r)
	}
	if err := ReadDump(ctx, r, add); err != nil {
		return fmt.Errorf("kb: %s: %w", path, err)
	}
	return nil
}
