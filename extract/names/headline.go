package names

import "strings"

// titleCaseRun reports whether the run [a, b) holds five capitalised
// words or more besides connectors, initials, titles and places: text
// in title case, a
// headline quoted or run into a paragraph, where capitals tell nothing.
func (s *scanner) titleCaseRun(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		if s.capital(k) && !s.isInitial(k) && !s.titleAt(k) && !s.is(k, cTitle) {
			n++
		}
	}
	return n >= 5
}

// isHeadline reports whether a paragraph is a headline in title case:
// one line of at least four words, where capitalised words of four
// letters or more are three at least and every word of three letters or
// more is capitalised but the short words that headlines keep in lower
// case (and, the, for, with...).
func isHeadline(p string, toks []token, folded string) bool {
	if strings.ContainsAny(p, "\n") || len(toks) > 40 {
		return false
	}
	capital, words := 0, 0
	for _, t := range toks {
		if !t.word {
			continue
		}
		words++
		if t.caps != caseLower {
			if t.end-t.start >= 4 {
				capital++
			}
			continue
		}
		if t.end-t.start >= 3 && lex().class[folded[t.fs:t.fe]]&cHeadlineLower == 0 {
			return false
		}
	}
	return words >= 4 && capital >= 3
}
