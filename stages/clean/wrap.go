package clean

import "unicode/utf8"

// hardWrapped reports text whose paragraphs are broken into lines of a
// fixed width (e-mail and some wire formats): most lines that continue
// into another line are nearly as long as the longest line, and that
// width is a typewriter width, not a paragraph's.
func hardWrapped(lines []string) bool {
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(l))
	}
	if width < 40 || width > 100 {
		return false
	}
	cont, full := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		if lines[i] == "" || lines[i+1] == "" {
			continue
		}
		cont++
		if utf8.RuneCountInString(lines[i]) >= width*6/10 {
			full++
		}
	}
	return cont >= 3 && full*10 >= cont*8
}

// unwrap joins the lines of each blank-line separated paragraph.
func unwrap(lines []string) []string {
	var out []string
	cur := ""
	for _, l := range lines {
		if l == "" {
			if cur != "" {
				out = append(out, cur)
			}
			out = append(out, "")
			cur = ""
			continue
		}
		if cur == "" {
			cur = l
		} else {
			cur += " " + l
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}
