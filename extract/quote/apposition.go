package quote

import "strings"

// appositive returns the subject of a cue set off from it by the comma
// at toks[comma], with an apposition or a relative clause between: "X,
// who leads the union, said" and "X, который возглавляет профсоюз,
// заявил" give X; "The leader of the group, Sarah Kemp, told" gives the
// name Sarah Kemp; "Kairat Abdrakhmanov, the foreign minister, said"
// gives the name before the apposition.
func appositive(s string, toks []token, comma int) (string, []token) {
	lx := lexicon()
	c := segmentStart(s, toks, comma)
	if c < 0 {
		return "", nil
	}
	if d := pastDescriptions(s, toks, comma); d != comma {
		return subjectBefore(s, toks, d) // Ann Orr, 58, of Salem, Ore., said
	}
	seg := toks[c+1 : comma]
	k := c
	for k > 0 && toks[k-1].kind == tkWord {
		k--
	}
	if k < c && (toks[k].in(lx.lead) || opensParticiple(s, toks, k) || isWeekday(toks[k])) {
		// An adverbial phrase, not a subject: "В заявлении, опубликованном
		// в среду, говорится"; "Led by the mayor, the board voted". A
		// name after it is the subject: "After the vote, Gov. Ann Orr
		// (D-Ohio), said"; not the state after a town: "in Columbus,
		// Ohio, said".
		if isName(s, seg) && !isUpperStart(toks[c-1].text(s)) {
			return s[seg[0].start:seg[len(seg)-1].end], seg
		}
		return "", nil
	}
	head, headToks := subjectBefore(s, toks, c)
	if head == "" && c >= 2 && toks[c-2].kind == tkPunct && toks[c-2].r == ',' {
		head, headToks = subjectBefore(s, toks, c-2) // Clinton, 35, the daughter of …, said
	}
	if head != "" && !isPerson(head) && opensSegment(toks, headToks) {
		// A second apposition: "Ann Lapp, executive director of the
		// Riverside Fund, a local charity, said"
		if h, ht := appositive(s, toks, c); h != "" && isPerson(h) {
			head, headToks = h, ht
		}
	}
	if seg[0].in(lx.rel) {
		return head, headToks
	}
	if isName(s, seg) && (head == "" || !isPerson(head)) {
		return s[seg[0].start:seg[len(seg)-1].end], seg
	}
	if sp, spToks := sentenceSubject(s, seg); sp != "" && len(spToks) < len(seg) && isPerson(sp) && !isPossessive(spToks[len(spToks)-1].text(s)) {
		// A clause between the commas, whose subject is the cue's: "In
		// Salem, New Hampshire, Trump went after Bush, calling"
		return sp, spToks
	}
	return head, headToks
}

// isName reports whether the words toks are a person's name, with the
// titles before it: a few capitalised words ending in one that is not a
// title.
func isName(s string, toks []token) bool {
	lx := lexicon()
	if len(toks) == 0 || len(toks) > 5 {
		return false
	}
	for _, t := range toks {
		w := t.text(s)
		if t.kind != tkWord || !(isUpperStart(w) || lx.titles.has(w)) || lx.org.has(w) || lx.place.has(w) {
			return false
		}
	}
	last := toks[len(toks)-1].text(s)
	return isUpperStart(last) && !lx.titles.has(last) && !isAcronym(last)
}

// segmentStart returns the index of the comma that opens the words set
// off by the comma at toks[comma], or -1 when none does.
func segmentStart(s string, toks []token, comma int) int {
	c := comma - 1
	for c >= 0 && (toks[c].kind == tkWord || toks[c].kind == tkPunct && (strings.ContainsRune("&-/'’", toks[c].r) || toks[c].r == '.' && abbrevBefore(s, toks[c].start))) && comma-c <= 3*maxSpeaker {
		c-- // the words of an apposition: the firm Cushman & Wakefield, the No. 2
	}
	if c < 0 || c == comma-1 || toks[c].kind != tkPunct || toks[c].r != ',' {
		return -1
	}
	return c
}

// maxDescriptions bounds the segments pastDescriptions passes over.
const maxDescriptions = 3

// pastDescriptions returns the comma that opens the run of segments before
// the comma at toks[comma] that only describe the person named before
// them: an age, and a place of origin with the state or country that goes
// on it ("Ann Orr, 58, of Salem, Ore., said"). It returns comma when
// the segment before it is none of these. A relative clause is passed
// over in front of them ("Tom Hale, 30, of Dayton, Ohio, who was among
// those polled, said").
func pastDescriptions(s string, toks []token, comma int) int {
	at, described := comma, false
	for n := 0; n <= maxDescriptions; n++ {
		c := segmentStart(s, toks, at)
		if c < 1 || toks[c-1].kind != tkWord {
			break
		}
		seg := toks[c+1 : at]
		if isDescription(s, toks, c, seg) {
			described = true
		} else if n > 0 || !seg[0].in(lexicon().relPronoun) {
			break
		}
		at = c
	}
	if !described {
		return comma
	}
	return at
}

// isDescription reports whether seg, the segment after the comma at
// toks[c], only describes the person named before it: an age, a place
// of origin, or the state or country that goes on one.
func isDescription(s string, toks []token, c int, seg []token) bool {
	return isAge(s, seg) || isOrigin(s, seg) || isPlaceName(s, seg) && followsOrigin(s, toks, c)
}

// followsOrigin reports whether the segment that the comma at toks[c]
// closes is a place of origin.
func followsOrigin(s string, toks []token, c int) bool {
	b := segmentStart(s, toks, c)
	return b >= 0 && isOrigin(s, toks[b+1:c])
}

// isAge reports whether toks are a number of years: "22".
func isAge(s string, toks []token) bool {
	if len(toks) != 1 {
		return false
	}
	w := toks[0].text(s)
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return len(w) <= 3
}

// isOrigin reports whether toks read "of" or "from" and a place: "of
// Dayton", "from Santa Rosa".
func isOrigin(s string, toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	w := toks[0].text(s)
	return (w == "of" || w == "from") && isPlaceName(s, toks[1:])
}

// isPlaceName reports whether toks are a few capitalised words: a place,
// or the state or country that goes on one ("Ore.", "New Mexico").
func isPlaceName(s string, toks []token) bool {
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if t.kind != tkWord || !isUpperStart(t.text(s)) {
			return false
		}
	}
	return true
}

// opensSegment reports whether the words part of toks begin right after
// a comma of toks.
func opensSegment(toks, part []token) bool {
	if len(part) == 0 {
		return false
	}
	for k := range toks {
		if toks[k].start == part[0].start {
			return k > 0 && toks[k-1].kind == tkPunct && toks[k-1].r == ','
		}
	}
	return false
}
