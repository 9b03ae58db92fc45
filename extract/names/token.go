package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Letter case of a word.
const (
	caseLower = iota // starts with a lower-case letter, or no letter
	caseTitle        // starts with a capital
	caseUpper        // two letters or more, all capitals
)

// token is one word or mark of a paragraph.
type token struct {
	start, end int
	word       bool  // a word, else one mark
	caps       uint8 // caseLower, caseTitle, caseUpper
	blank      bool  // only blanks (no line break, no mark) stand before it
	sentence   bool  // it opens a sentence
	possessive int   // bytes of a possessive 's or ’s glued after the word
	folded     string
	isFolded   bool // folded holds the folded word
}

// tokenize appends the tokens of p to toks and returns them. Words are
// runs of letters, digits and marks, with an apostrophe, a hyphen or a
// full stop between letters inside (O'Brien, Secretary-General,
// Самрук-Казына); a trailing 's or ’s is the possessive, not part of the
// word. Every other character but spaces is a token of its own.
func tokenize(p string, toks []token) []token {
	opens, blank := true, false
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		switch {
		case r == ' ' || r == '\t' || r == 0xA0 || r == '\u202F':
			blank = true
			i += n
			continue
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			opens, blank = true, false
			i += n
			continue
		case !isWordRune(r):
			toks = append(toks, token{start: i, end: i + n, blank: blank, sentence: opens})
			switch r {
			case '.', '!', '?', '…':
				opens = true
			case '"', '\'', '«', '“', '‘', '(', '[', '—', '–', '-', '»', '”', '’', ')', ']', ':':
			default:
				opens = false
			}
			blank = false
			i += n
			continue
		}
		end := wordEnd(p, i)
		t := token{start: i, end: end, word: true, blank: blank, sentence: opens, caps: caseOf(p[i:end])}
		if k := possessiveAt(p, end); k > 0 {
			t.possessive = k
			end += k
		}
		toks = append(toks, t)
		opens, blank = false, false
		i = end
	}
	return toks
}

// wordEnd returns the end of the word that starts at byte i.
func wordEnd(p string, i int) int {
	j := i
	for j < len(p) {
		r, n := utf8.DecodeRuneInString(p[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if (r == '-' || r == '‐' || r == '\'' || r == '’') && j+n < len(p) {
			next, _ := utf8.DecodeRuneInString(p[j+n:])
			if unicode.IsLetter(next) && !(r != '-' && r != '‐' && possessiveAt(p, j) > 0) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// possessiveAt returns the length of a possessive 's or ’s at byte i that
// ends a word, or 0.
func possessiveAt(p string, i int) int {
	for _, a := range [...]string{"'s", "’s"} {
		if strings.HasPrefix(p[i:], a) {
			k := i + len(a)
			if k == len(p) {
				return len(a)
			}
			if r, _ := utf8.DecodeRuneInString(p[k:]); !isWordRune(r) {
				return len(a)
			}
		}
	}
	return 0
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// caseOf returns the letter case of a word.
func caseOf(w string) uint8 {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return caseLower
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return caseTitle
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters >= 2 {
		return caseUpper
	}
	return caseTitle
}

// fold returns w in lower case with ё as е and ’ as '.
func fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ё', 'Ё':
			return 'е'
		case '’':
			return '\''
		}
		return unicode.ToLower(r)
	}, w)
}

// isCyrillicWord reports whether w starts with a Cyrillic letter.
func isCyrillicWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Cyrillic, r)
}
