package docref

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// sentences walks the sentences of a text forward, for scanners that ask
// about the sentence around positions in increasing order. What it learns
// about a sentence is computed once, on first demand, so that a scan stays
// linear.
type sentences struct {
	s          string
	start, end int
	organ      string
	organDone  bool
	title      int8 // 0 unknown, 1 title case, 2 not
}

// at moves to the sentence that holds byte i; i must not decrease from
// one call to the next.
func (c *sentences) at(i int) {
	for i >= c.end && c.end < len(c.s) {
		c.start = c.end
		c.end = sentenceEnd(c.s, c.start)
		c.organDone, c.title = false, 0
	}
}

// text returns the current sentence.
func (c *sentences) text() string { return c.s[c.start:c.end] }

// organ returns the one organ the current sentence names, or "".
func (c *sentences) organAt(i int) string {
	c.at(i)
	if !c.organDone {
		c.organ, c.organDone = organIn(c.text()), true
	}
	return c.organ
}

// titleCaseAt reports whether the sentence that holds byte i is written
// in title case, as headlines are: at least three words, no lower-case
// word of four letters or more, and seven words in ten capitalised.
func (c *sentences) titleCaseAt(i int) bool {
	c.at(i)
	if c.title == 0 {
		c.title = 2
		if isTitleCase(c.text()) {
			c.title = 1
		}
	}
	return c.title == 1
}

func isTitleCase(t string) bool {
	words, upper := 0, 0
	for i := 0; i < len(t); {
		r, n := textutil.DecodeAt(t, i)
		if !textutil.IsWordRune(r) {
			i += n
			continue
		}
		end := max(wordEndAt(t, i), i+n)
		words++
		if isLowerRune(r) && end-i >= 4 {
			return false
		}
		if !isLowerRune(r) {
			upper++
		}
		i = end
	}
	return words >= 3 && upper*10 >= words*7
}

// sentenceEnd returns the end of the sentence that starts at byte i: after
// a line break, or after a full stop, question or exclamation mark that a
// space follows, unless the full stop ends an abbreviation ("No.", "U.N.",
// "Mr.").
func sentenceEnd(s string, i int) int {
	for j := i; j < len(s); j++ {
		k := strings.IndexAny(s[j:], ".!?\n")
		if k < 0 {
			break
		}
		j += k
		switch s[j] {
		case '\n':
			return j + 1
		case '!', '?':
			if spaceAt(s, j+1) > 0 {
				return j + 1
			}
		case '.':
			if spaceAt(s, j+1) > 0 && !isAbbreviation(s, j) {
				return j + 1
			}
		}
	}
	return len(s)
}

// isAbbreviation reports whether the full stop at byte j ends an
// abbreviation: a word of one or two letters ("No", "Mr", "U.N") or one
// with a full stop inside.
func isAbbreviation(s string, j int) bool {
	k := j
	for k > 0 && k > j-4 && (isLetter(s[k-1]) || s[k-1] == '.') {
		k--
	}
	if k == j || (k > 0 && textutil.IsWordRune(textutil.RuneBefore(s, k))) {
		return false
	}
	w := s[k:j]
	if len(w) <= 2 {
		return isUpper(w[0])
	}
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return true
		}
	}
	return false
}
