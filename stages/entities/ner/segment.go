package ner

// Only tokens in candidate segments are scored; everything else is O. A
// segment is a run of tokens holding an upper-case letter, joined by short
// runs of connectors ("Bank of America", "G-20", "al-Qaida"). This keeps
// tagging fast (most news tokens are lower-case words no model needs to
// look at) and trims silver spans such as "southern Afghanistan" to the
// name during training.

const maxJoin = 3 // connector tokens allowed between two capitalised ones

func isCand(w *wordInfo) bool { return w.hasUpper && w.kind != kindPunct }

func isJoin(w *wordInfo) bool { return w.cls&(clsConnector|clsParticle) != 0 || w.digitsOnly }

// joinsAt reports whether token j may join a name: a hyphen or an
// apostrophe only inside a word ("Harley-Davidson", "O'Brien"), not
// between spaces ("Chiang Mai - Bangkok").
func joinsAt(info []wordInfo, j, to int) bool {
	w := &info[j]
	if isCand(w) || !isJoin(w) {
		return false
	}
	if w.kind == kindPunct && w.low != ampHash {
		return !w.spaceBefore && j+1 < to && !info[j+1].spaceBefore
	}
	return true
}

var ampHash = lowerHash("&")

// segments appends the candidate segments of info[from:to] to dst.
func segments(dst [][2]int, info []wordInfo, from, to int) [][2]int {
	i := from
	for i < to {
		if !isCand(&info[i]) {
			// a particle run leading into a name: "al-Qaida", "bin Laden"
			if info[i].cls&clsParticle != 0 && info[i].kind == kindLower {
				j := i + 1
				for j < to && j-i <= maxJoin && joinsAt(info, j, to) {
					j++
				}
				if j < to && isCand(&info[j]) {
					dst, i = extend(dst, info, i, j, to)
					continue
				}
			}
			i++
			continue
		}
		// A sentence-initial word that is a common lower-case word is no
		// name on its own ("Officials", "The"); skipping it saves time.
		if (i == from || i == from+1 && info[from].kind == kindPunct) && info[i].cls&clsCommonLower != 0 &&
			info[i].kind == kindCap && (i+1 >= to || !isCand(&info[i+1]) && !joinsAt(info, i+1, to)) {
			i++
			continue
		}
		dst, i = extend(dst, info, i, i, to)
	}
	return dst
}

// extend grows a segment starting at sb whose first candidate is c and
// appends it; it returns the index after it.
func extend(dst [][2]int, info []wordInfo, sb, c, to int) ([][2]int, int) {
	e := c + 1
	for e < to {
		// A company form ends the name before lower-case words ("Co Ltd
		// of Osaka") and, with its period, before a capitalised common
		// word, which starts the next sentence ("Ltd. Terms were ...").
		if w := &info[e-1]; w.cls&clsLegal != 0 && e-1 > sb && w.kind != kindLower {
			if info[e].kind == kindLower || w.dot && info[e].kind == kindCap && info[e].cls&clsCommonLower != 0 {
				break
			}
		}
		if isCand(&info[e]) {
			e++
			continue
		}
		j := e
		for j < to && j-e < maxJoin && joinsAt(info, j, to) {
			j++
		}
		if j > e && j < to && isCand(&info[j]) {
			e = j + 1
			continue
		}
		if e+1 < to && info[e].low == hyphenHash && !info[e].spaceBefore && !info[e+1].spaceBefore {
			// "G-20", "F-16": a hyphen and a number close the name
			if info[e+1].digitsOnly {
				e += 2
				break
			}
			// "Kim Jong-un", "Cho Yoon-jeong": a hyphenated lower-case
			// syllable that is no English word belongs to the name, unlike
			// "U.S.-led" or "Kremlin-backed"
			if w := &info[e+1]; w.kind == kindLower && w.cls&(clsCommonLower|clsConnector) == 0 {
				e += 2
				continue
			}
		}
		break
	}
	return append(dst, [2]int{sb, e}), e
}

var hyphenHash = lowerHash("-")
