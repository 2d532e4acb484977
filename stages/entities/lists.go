package entities

// The names of one list are things of one kind: "FC Porto, Inter Milan,
// Chelsea, Real Madrid and Manchester United" are clubs, "Mississippi,
// Kentucky and Louisiana" states. When most names of a list of three or
// more are of one type, some of them linked to the KB, a name the KB
// does not know and the tagger typed otherwise (a club taken for a
// person, "Chelsea") takes that type. A name the KB or the words around
// it type keeps its type: lists do mix kinds ("Iran, Syria and
// Hezbollah"), but then the odd one out is known.

// listTypes retypes the odd names of each list (see above). It runs after
// linking, on the types the entities are printed with.
func (d *doc) listTypes() {
	for i := 0; i < len(d.ms); {
		// names joined by commas up to the one after "and" or "or": a
		// comma alone joins a place to its country ("Melbourne,
		// Australia") or a clause to its subject
		j, closed := i, false
		for j+1 < len(d.ms) {
			// ", " and " and " are 2 and 5 code points: most pairs of
			// names are turned away by their distance
			if n := d.ms[j+1].start - d.ms[j].end; n != 2 && (n < 4 || n > 6) {
				break
			}
			g := listGap(d.text[d.byteAt(d.ms[j].end):d.byteAt(d.ms[j+1].start)])
			if g == 0 {
				break
			}
			j++
			if g == 2 {
				closed = true
				break
			}
		}
		if closed && j-i >= 2 {
			d.typeList(i, j+1)
		}
		i = j + 1
	}
}

// listGap: s joins two names of a list, 1 with a comma, 2 with "and" or
// "or" (the list's last name follows); 0 otherwise.
func listGap(s string) int {
	switch s {
	case ", ":
		return 1
	case " and ", ", and ", " or ", ", or ":
		return 2
	}
	return 0
}

// typeList gives the list d.ms[a:b] its majority type (see listTypes).
func (d *doc) typeList(a, b int) {
	var n, linked [4]int
	for mi := a; mi < b; mi++ {
		ci := d.ms[mi].cluster
		t := typeIndex(d.listType(ci))
		if t < 0 {
			return
		}
		n[t]++
		if d.cs[ci].link != nil {
			linked[t]++
		}
	}
	best := 0
	for t := range n {
		if n[t] > n[best] {
			best = t
		}
	}
	// a person's list is left alone: the KB knows few people, so its
	// linked names say little there
	if best == 0 || n[best] < 2 || linked[best] == 0 || 2*n[best] <= b-a {
		return
	}
	for t := range n {
		if t != best && linked[t] > 0 {
			return // a known odd one out: the list mixes kinds
		}
	}
	want := typeNames[best]
	for mi := a; mi < b; mi++ {
		m := &d.ms[mi]
		c := &d.cs[m.cluster]
		if c.link != nil || c.typ == want || c.typ == "MISC" || d.typedByContext(m.cluster) {
			continue
		}
		c.typ = want
	}
}

// listType is the type cluster ci is printed with.
func (d *doc) listType(ci int) string {
	if d.cs[ci].link != nil {
		return d.entityType(ci)
	}
	if t := d.agreedType(ci); t != "" {
		return t
	}
	return d.cs[ci].typ
}

// typedByContext: a mention of the cluster was typed by the words around
// it (a title, a trade noun) or by its name's head word.
func (d *doc) typedByContext(ci int) bool {
	for _, mi := range d.cs[ci].ments {
		if d.ms[mi].cued || d.ms[mi].titled {
			return true
		}
	}
	f := d.fullest(ci)
	return eventName(f.core) || streetName(f.core) || len(f.core) > 1 && coreEndsLikeCompany(f.core)
}
