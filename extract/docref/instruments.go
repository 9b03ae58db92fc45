package docref

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// instrument is a named instrument of instrumentData with one of its
// phrases.
type instrument struct {
	title, kind string
	words       []string // folded; a trailing '*' marks a stem
}

// instrumentIndex holds the instruments by the first folded rune of
// their phrases, and which ASCII letters open one, so that most words
// are passed over without a look-up.
type instrumentIndex struct {
	byRune map[rune][]instrument
	ascii  [utf8.RuneSelf]bool
}

// instruments returns the index of instrumentData, built on first use.
var instruments = sync.OnceValue(func() *instrumentIndex {
	x := &instrumentIndex{byRune: map[rune][]instrument{}}
	for _, line := range strings.Split(instrumentData, "\n") {
		parts := strings.Split(line, " | ")
		for _, p := range parts[2:] {
			in := instrument{title: parts[0], kind: parts[1], words: strings.Fields(foldWord(p))}
			r, _ := utf8.DecodeRuneInString(in.words[0])
			x.byRune[r] = append(x.byRune[r], in)
			if r < utf8.RuneSelf {
				x.ascii[r] = true
				x.ascii[unicode.ToUpper(r)] = true
			}
		}
	}
	return x
})

// foldWord lower-cases s and writes ё as е, as the phrases are matched.
func foldWord(s string) string {
	return strings.Map(func(r rune) rune {
		if r == 'ё' || r == 'Ё' {
			return 'е'
		}
		return unicode.ToLower(r)
	}, s)
}

// findInstruments appends to refs the instruments that Russian and Kazakh
// prose names by the phrases of instrumentData, in any case form and
// letter case: "Договора о нераспространении ядерного оружия", "Устав
// ООН", "Парижским соглашением", "БҰҰ Жарғысында", and the English
// short names ("NPT", "UN Charter"). Each gets its canonical English
// title, so that it falls under one Key with the same
// instrument named in English. Only a word start that is a Cyrillic
// letter, a Latin capital or a digit is tried, against the few phrases that start with
// its letter, so the scan is linear.
func findInstruments(refs []Ref, s string, at starts) []Ref {
	idx := instruments()
	next := 0
	for i := at.from(0); i >= 0; i = at.from(max(i+1, next)) {
		if c := s[i]; c < utf8.RuneSelf && !idx.ascii[c] {
			continue
		}
		r, _ := textutil.DecodeAt(s, i)
		if !(r < utf8.RuneSelf || r >= 0x400 && r < 0x530) {
			continue
		}
		best, bestEnd := instrument{}, 0
		for _, in := range idx.byRune[unicode.ToLower(r)] {
			if end, ok := matchInstrument(s, i, in.words); ok && end > bestEnd {
				best, bestEnd = in, end
			}
		}
		if bestEnd == 0 {
			continue
		}
		refs = appendRef(refs, Ref{Title: best.title, Kind: best.kind, Start: i, End: bestEnd, Text: s[i:bestEnd]})
		next = bestEnd
	}
	return refs
}

// matchInstrument reports whether the folded words of a phrase follow
// byte i of s, separated by spaces (a comma may stand glued to the word
// before it), and returns the end of the match.
func matchInstrument(s string, i int, words []string) (int, bool) {
	j := i
	for k, w := range words {
		if k > 0 {
			if w == "," && j < len(s) && s[j] == ',' {
				j++
				continue
			}
			e := skipSpaces(s, j)
			if e == j {
				return 0, false
			}
			j = e
		}
		end, ok := matchWord(s, j, w)
		if !ok {
			return 0, false
		}
		j = end
	}
	return j, true
}

// matchWord matches one folded word of a phrase at byte j: the whole
// word, or a stem and a case ending of at most maxEnding letters that is
// one of endings.
func matchWord(s string, j int, w string) (int, bool) {
	stem := strings.HasSuffix(w, "*")
	w = strings.TrimSuffix(w, "*")
	p := 0
	for p < len(w) {
		if j >= len(s) {
			return 0, false
		}
		r, n := textutil.DecodeAt(s, j)
		if n == 0 {
			return 0, false
		}
		wr, wn := utf8.DecodeRuneInString(w[p:])
		if r == 'ё' || r == 'Ё' {
			r = 'е'
		}
		if unicode.ToLower(r) != wr {
			return 0, false
		}
		j, p = j+n, p+wn
	}
	if stem {
		e := j
		for letters := 0; letters < maxEnding && e < len(s); letters++ {
			r, n := textutil.DecodeAt(s, e)
			if n == 0 || !unicode.IsLetter(r) {
				break
			}
			e += n
		}
		if !endings()[foldWord(s[j:e])] {
			return 0, false
		}
		j = e
	}
	return j, atWordEnd(s, j)
}
