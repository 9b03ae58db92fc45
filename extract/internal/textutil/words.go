package textutil

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SameText reports whether a and b are the same text but for case, spacing
// and punctuation at their ends.
func SameText(a, b string) bool {
	return strings.EqualFold(TrimPunct(a), TrimPunct(b))
}

// TrimPunct trims white space and punctuation from both ends of s.
func TrimPunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r)
	})
}

// SentenceCount counts the sentences of s by their closing punctuation: a
// full stop, question or exclamation mark followed by a space and a capital
// letter, or by the end of the text. Initials and abbreviations of one
// letter do not end a sentence.
func SentenceCount(s string) int {
	n := 0
	s = strings.TrimSpace(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		rest := strings.TrimLeft(s[i+1:], "\"'”»’)")
		if rest == "" {
			n++
			break
		}
		if rest[0] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(rest[1:])
		if unicode.IsUpper(next) || strings.ContainsRune("\"“«—–", next) {
			if c == '.' && shortWordBefore(s[:i]) {
				continue
			}
			n++
		}
	}
	if n == 0 && s != "" {
		n = 1
	}
	return n
}

// shortWordBefore reports whether s ends with a word of one letter, as an
// initial does ("J. Smith").
func shortWordBefore(s string) bool {
	sp := strings.LastIndexAny(s, " (")
	return utf8.RuneCountInString(s[sp+1:]) <= 1
}

// HasPrefixFold reports whether s begins with prefix, ignoring case.
func HasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	return strings.EqualFold(s[:len(prefix)], prefix)
}

// sentenceEnds are the marks that end a sentence, in the scripts of the
// sites read.
const sentenceEnds = ".!?…。！？"

// EndsSentence reports whether s ends as a sentence does: with a full stop,
// question or exclamation mark, perhaps inside closing quotes or brackets.
func EndsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]")
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(sentenceEnds, last)
}

// HasWords reports whether s has at least n runs of non-space characters,
// reading no further than the n-th.
func HasWords(s string, n int) bool {
	if n <= 0 {
		return true
	}
	in := false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			if n--; n == 0 {
				return true
			}
		}
		in = !sp
	}
	return false
}

// WordCount returns the number of runs of non-space characters in s.
func WordCount(s string) int {
	n := 0
	in := false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// Letters counts the letters of s.
func Letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// Prefix returns the first n bytes of s, cut back to a rune boundary.
func Prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// IsAbsoluteURL reports whether u is an absolute http or https URL.
func IsAbsoluteURL(u string) bool {
	return strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")
}

// SetOf returns the strings of lists as a set, for a word list that is
// looked up rather than scanned. Callers build it on first use, with
// sync.OnceValue, so that a program pays for a table only when it reads one.
func SetOf(lists ...[]string) map[string]bool {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	m := make(map[string]bool, n)
	for _, l := range lists {
		for _, w := range l {
			m[w] = true
		}
	}
	return m
}
