package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
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
	fs, fe     int       // the folded word: the text's folded[fs:fe]
	cls        wordClass // the word lists the folded word is in, once clsSet
	possessive uint8     // bytes of a possessive 's or ’s glued after the word
	caps       uint8     // caseLower, caseTitle, caseUpper
	gender     byte      // the gender of the word as a given name, once genderSet
	word       bool      // a word, else one mark
	blank      bool      // only blanks (no line break, no mark) stand before it
	sentence   bool      // it opens a sentence
	clsSet     bool
	genderSet  bool
}

// tokenize appends the tokens of p to toks and the folded form of each
// (see fold) to folded, and returns both. Words are runs of letters,
// digits and marks, with an apostrophe or a hyphen between letters
// inside (O'Brien, Secretary-General, Самрук-Казына); a trailing 's or
// ’s is the possessive, not part of the word. Every other character but
// spaces is a token of its own.
func tokenize(p string, toks []token, folded []byte) ([]token, []byte) {
	opens, blank := true, false
	for i := 0; i < len(p); {
		r, n := rune(p[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(p[i:])
		}
		switch {
		case r == ' ' || r == '\t' || r == 0xA0 || r == '\u202F':
			blank = true
			i += n
			continue
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			opens, blank = true, false
			i += n
			continue
		case !textutil.IsWordRune(r):
			fs := len(folded)
			folded = foldAppend(folded, p[i:i+n])
			toks = append(toks, token{start: i, end: i + n, fs: fs, fe: len(folded), blank: blank, sentence: opens})
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
		fs := len(folded)
		var end int
		var caps uint8
		end, caps, folded = readWord(p, i, folded)
		t := token{start: i, end: end, fs: fs, fe: len(folded), word: true, blank: blank, sentence: opens, caps: caps}
		if k := possessiveAt(p, end); k > 0 {
			t.possessive = uint8(k)
			end += k
		}
		toks = append(toks, t)
		opens, blank = false, false
		i = end
	}
	return toks, folded
}

// readWord reads the word that starts at byte i as wordEnd, caseOf and
// foldAppend do, in one pass: it returns the word's end and letter case,
// and folded with the folded word appended.
func readWord(p string, i int, folded []byte) (end int, caps uint8, _ []byte) {
	upperFirst, lower, letters := false, false, 0
	j := i
	for j < len(p) {
		c := p[j]
		switch {
		case 'a' <= c && c <= 'z':
			lower = true
			letters++
			folded = append(folded, c)
			j++
			continue
		case 'A' <= c && c <= 'Z':
			upperFirst = upperFirst || j == i
			letters++
			folded = append(folded, c+'a'-'A')
			j++
			continue
		case '0' <= c && c <= '9':
			folded = append(folded, c)
			j++
			continue
		}
		r, n := rune(c), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(p[j:])
		}
		if textutil.IsWordRune(r) {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsLower(r) {
					lower = true
				} else if j == i && unicode.IsUpper(r) {
					upperFirst = true
				}
			}
			folded = foldRune(folded, r)
			j += n
			continue
		}
		if joinerAt(p, j, r, n) {
			folded = foldRune(folded, r)
			j += n
			continue
		}
		break
	}
	switch {
	case !upperFirst && !arabicArticle(p[i:j]):
		return j, caseLower, folded
	case lower || letters < 2:
		return j, caseTitle, folded
	}
	return j, caseUpper, folded
}

// joinerAt reports whether the rune r of n bytes at byte j joins two
// parts of a word: a hyphen or an apostrophe before a letter, but not
// the apostrophe of a possessive.
func joinerAt(p string, j int, r rune, n int) bool {
	if (r == '-' || r == '‐' || r == '\'' || r == '’') && j+n < len(p) {
		next, _ := utf8.DecodeRuneInString(p[j+n:])
		return unicode.IsLetter(next) && !(r != '-' && r != '‐' && possessiveAt(p, j) > 0)
	}
	return false
}

// possessiveAt returns the length of a possessive 's or ’s at byte i that
// ends a word, or 0.
func possessiveAt(p string, i int) int {
	if i >= len(p) || p[i] != '\'' && p[i] != "’"[0] {
		return 0
	}
	for _, a := range [...]string{"'s", "’s"} {
		if strings.HasPrefix(p[i:], a) && wordEndsAt(p, i+len(a)) {
			return len(a)
		}
	}
	_, w := utf8.DecodeRuneInString(p[i:])
	for _, suf := range turkishCaseSuffixes {
		if strings.HasPrefix(p[i+w:], suf) && wordEndsAt(p, i+w+len(suf)) {
			return w + len(suf) // Dzeko'nun, Lig'de: a case ending set off from a name
		}
	}
	return 0
}

// wordEndsAt reports whether no letter or digit follows p[:k].
func wordEndsAt(p string, k int) bool {
	if k >= len(p) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(p[k:])
	return !textutil.IsWordRune(r)
}

// turkishCaseSuffixes are the case endings that Turkish sets off from a
// proper name with an apostrophe, longest first.
var turkishCaseSuffixes = [...]string{"ndan", "nden", "nın", "nin", "nun", "nün", "nda", "nde", "dan", "den", "tan",
	"ten", "yla", "yle", "ın", "in", "un", "ün", "ya", "ye", "da", "de", "ta", "te", "la", "le", "yı", "yi", "yu",
	"yü", "nı", "ni", "nu", "nü", "ı", "i", "u", "ü", "a", "e"}

// caseOf returns the letter case of a word.
func caseOf(w string) uint8 {
	if w == "" || w[0] < utf8.RuneSelf && (w[0] < 'A' || w[0] > 'Z') {
		return caseLower
	}
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

// isContraction reports whether the folded word f is an English
// contraction of a pronoun with its verb: i've, we'll, they're.
func isContraction(f string) bool {
	for _, c := range [...]string{"'ve", "'m", "'ll", "'d", "'re"} {
		if strings.HasSuffix(f, c) && len(f) > len(c) {
			return true
		}
	}
	return false
}

// fold returns w in lower case with ё as е and ’ as '.
func fold(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return string(foldAppend(make([]byte, 0, len(w)+utf8.UTFMax), w))
		}
	}
	return w
}

// foldAppend appends fold(w) to dst, rune by rune, so that the folded
// form of a text is that of its parts put together. An invalid byte
// gives U+FFFD.
func foldAppend(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		dst = foldRune(dst, r)
		i += n
	}
	return dst
}

// foldRune appends the folded form of r to dst.
func foldRune(dst []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	case r == 'ё' || r == 'Ё':
		r = 'е'
	case r == '’':
		r = '\''
	case 'А' <= r && r <= 'Я':
		r += 'а' - 'А'
	case r >= 'а' && r <= 'я':
	default:
		r = unicode.ToLower(r)
	}
	return utf8.AppendRune(dst, r)
}

// isCyrillicWord reports whether w starts with a Cyrillic letter.
func isCyrillicWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Cyrillic, r)
}
