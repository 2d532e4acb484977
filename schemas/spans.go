package schemas

import "strconv"

// Paragraphs and sentences are the most numerous objects of an article
// after segment (hundreds per long page), and every later stage decodes
// and encodes them. These hand-written paths replace the reflective codec
// for them; anything unusual falls back to it.

// appendSpans appends spans as json.Append does: [{"start":N,"end":M},...].
func appendSpans(b []byte, spans []Span) []byte {
	b = append(b, '[')
	for i, s := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(s.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(s.End), 10)
		b = append(b, '}')
	}
	return append(b, ']')
}

// parseSpans reads a list of {"start":N,"end":M} objects with integer
// values and no other keys; ok is false for anything else (the caller
// then uses the general decoder, which also reports the errors).
func parseSpans(raw []byte) (spans []Span, ok bool) {
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '[' {
		return nil, false
	}
	i = skipSpace(raw, i+1)
	spans = []Span{}
	if i < len(raw) && raw[i] == ']' {
		return spans, skipSpace(raw, i+1) == len(raw)
	}
	for {
		if i >= len(raw) || raw[i] != '{' {
			return nil, false
		}
		var s Span
		var seen [2]bool
		i = skipSpace(raw, i+1)
		for {
			var key string
			switch {
			case hasAt(raw, i, `"start"`):
				key, i = "start", i+len(`"start"`)
			case hasAt(raw, i, `"end"`):
				key, i = "end", i+len(`"end"`)
			default:
				return nil, false
			}
			i = skipSpace(raw, i)
			if i >= len(raw) || raw[i] != ':' {
				return nil, false
			}
			i = skipSpace(raw, i+1)
			n, j, ok := parseInt(raw, i)
			if !ok {
				return nil, false
			}
			i = skipSpace(raw, j)
			if key == "start" {
				s.Start, seen[0] = n, true
			} else {
				s.End, seen[1] = n, true
			}
			if i < len(raw) && raw[i] == ',' {
				i = skipSpace(raw, i+1)
				continue
			}
			if i < len(raw) && raw[i] == '}' {
				i++
				break
			}
			return nil, false
		}
		spans = append(spans, s)
		i = skipSpace(raw, i)
		if i < len(raw) && raw[i] == ',' {
			i = skipSpace(raw, i+1)
			continue
		}
		if i < len(raw) && raw[i] == ']' {
			return spans, skipSpace(raw, i+1) == len(raw)
		}
		return nil, false
	}
}

func hasAt(b []byte, i int, s string) bool {
	return len(b)-i >= len(s) && string(b[i:i+len(s)]) == s
}

// parseInt reads a plain JSON integer (no fraction or exponent) of at most
// 15 digits, so it cannot overflow.
func parseInt(b []byte, i int) (n, end int, ok bool) {
	neg := i < len(b) && b[i] == '-'
	if neg {
		i++
	}
	start := i
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		n = n*10 + int(b[i]-'0')
		i++
	}
	d := i - start
	if d == 0 || d > 15 || (d > 1 && b[start] == '0') {
		return 0, 0, false
	}
	if i < len(b) && (b[i] == '.' || b[i] == 'e' || b[i] == 'E') {
		return 0, 0, false
	}
	if neg {
		n = -n
	}
	return n, i, true
}
