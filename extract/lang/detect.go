package lang

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// SampleBytes is how much of a text Detect reads.
const SampleBytes = 4096

// minLetters is how many letters a text needs for its language to be told.
const minLetters = 20

// minScore is the least score a language needs to be chosen by its words.
const minScore = 2

// minCoverage is the least share of a sample's words that must be frequent
// words of the language chosen: in prose a few dozen function words make
// up a fifth to a half of the words (less in languages that glue them to
// others, such as Turkish or Arabic), while a language not told here
// matches a list by chance in one word of fifty ("e", "a").
const minCoverage = 0.05

// script is a writing system the detector counts letters of.
type script uint8

const (
	scriptOther script = iota
	scriptLatin
	scriptCyrillic
	scriptGreek
	scriptArabic
	scriptHebrew
	scriptDevanagari
	scriptBengali
	scriptThai
	scriptGeorgian
	scriptArmenian
	scriptHan
	scriptKana
	scriptHangul
	numScripts
)

// singleScript gives the language of a script only one language told here
// writes in.
var singleScript = [numScripts]string{
	scriptGreek: "el", scriptHebrew: "he", scriptBengali: "bn", scriptThai: "th",
	scriptGeorgian: "ka", scriptArmenian: "hy", scriptHangul: "ko",
}

// scriptOf returns the script of a letter.
func scriptOf(r rune) script {
	switch {
	case r < 0x250:
		return scriptLatin
	case r >= 0x1E00 && r <= 0x1EFF, r == 0x2BB, r == 0x2BC:
		return scriptLatin
	case r >= 0x400 && r <= 0x52F:
		return scriptCyrillic
	case r >= 0x370 && r <= 0x3FF, r >= 0x1F00 && r <= 0x1FFF:
		return scriptGreek
	case r >= 0x590 && r <= 0x5FF:
		return scriptHebrew
	case r >= 0x600 && r <= 0x6FF, r >= 0x750 && r <= 0x77F, r >= 0xFB50 && r <= 0xFEFF:
		return scriptArabic
	case r >= 0x900 && r <= 0x97F:
		return scriptDevanagari
	case r >= 0x980 && r <= 0x9FF:
		return scriptBengali
	case r >= 0xE00 && r <= 0xE7F:
		return scriptThai
	case r >= 0x10A0 && r <= 0x10FF:
		return scriptGeorgian
	case r >= 0x530 && r <= 0x58F:
		return scriptArmenian
	case r >= 0x3040 && r <= 0x30FF:
		return scriptKana
	case r >= 0x1100 && r <= 0x11FF, r >= 0xAC00 && r <= 0xD7AF, r >= 0x3130 && r <= 0x318F:
		return scriptHangul
	case unicode.Is(unicode.Han, r):
		return scriptHan
	}
	return scriptOther
}

// family is the languages of one script told apart by words and letters.
type family struct {
	codes   []string          // by index
	words   map[string]uint64 // word to the set of languages it is frequent in
	letters map[rune]uint64   // letter to the set of languages it tells
	low     [lowRunes]uint64  // the same for the letters below lowRunes
}

// lowRunes bounds the letters looked up in an array rather than a map:
// Latin, Greek, Cyrillic, Hebrew and Arabic.
const lowRunes = 0x800

// families are built on first use.
var families = sync.OnceValue(func() [numScripts]*family {
	var f [numScripts]*family
	f[scriptLatin] = newFamily(latinWords, latinLetters)
	f[scriptCyrillic] = newFamily(cyrillicWords, cyrillicLetters)
	f[scriptArabic] = newFamily(arabicWords, arabicLetters)
	f[scriptDevanagari] = newFamily(devanagariWords, nil)
	return f
})

// newFamily builds a family from its word and letter lists.
func newFamily(words, letters []langList) *family {
	f := &family{words: map[string]uint64{}, letters: map[rune]uint64{}}
	for _, l := range words {
		f.codes = append(f.codes, l.code)
	}
	slices.Sort(f.codes)
	for i, code := range f.codes {
		for _, l := range words {
			if l.code == code {
				for _, w := range strings.Fields(l.list) {
					f.words[w] |= 1 << i
				}
			}
		}
		for _, l := range letters {
			if l.code != code {
				continue
			}
			for _, r := range l.list {
				if r < lowRunes {
					f.low[r] |= 1 << i
				} else {
					f.letters[r] |= 1 << i
				}
			}
		}
	}
	return f
}

// sample returns the first SampleBytes of text, cut at a rune boundary.
func sample(text string) string {
	if len(text) <= SampleBytes {
		return text
	}
	n := SampleBytes
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

// counts are the letters of a sample by script.
type counts struct {
	byScript [numScripts]int
	letters  int
}

// countScripts counts the letters of s by script.
func countScripts(s string) counts {
	var c counts
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				c.byScript[scriptLatin]++
				c.letters++
			}
			continue
		}
		if isWordLetter(r) {
			c.byScript[scriptOf(r)]++
			c.letters++
		}
	}
	return c
}

// main returns the script most letters are in.
func (c counts) main() script {
	best := scriptOther
	for s := scriptLatin; s < numScripts; s++ {
		n := c.byScript[s]
		if s == scriptHan || s == scriptKana {
			n = c.byScript[scriptHan] + c.byScript[scriptKana]
		}
		if n > c.byScript[best] && n > 0 {
			best = s
		}
	}
	return best
}

// scores holds the score of each language of a family, and how many of
// the sample's words are frequent words of each.
type scores struct {
	of    [64]float64
	hits  [64]int
	words int
}

// score scores the languages of family f on sample s.
func (f *family) score(s string) scores {
	var sc scores
	add := func(set uint64, w float64) {
		w /= float64(bits.OnesCount64(set))
		for set != 0 {
			i := bits.TrailingZeros64(set)
			sc.of[i] += w
			set &= set - 1
		}
	}
	var buf [64]byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordLetter(r) {
			i += n
			continue
		}
		j, key, ok := i, buf[:0], true
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isWordLetter(r) {
				break
			}
			if r >= utf8.RuneSelf {
				r = toLower(r)
				if r < lowRunes {
					if set := f.low[r]; set != 0 {
						add(set, 0.5)
					}
				} else if set, found := f.letters[r]; found {
					add(set, 0.5)
				}
			} else if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			if ok && len(key)+utf8.UTFMax <= cap(key) {
				key = utf8.AppendRune(key, r)
			} else {
				ok = false
			}
			j += n
		}
		sc.words++
		if ok {
			if set, found := f.words[string(key)]; found {
				add(set, 1)
				for ; set != 0; set &= set - 1 {
					sc.hits[bits.TrailingZeros64(set)]++
				}
			}
		}
		i = j
	}
	return sc
}

// isWordLetter reports whether r belongs to a word: a letter, a combining
// mark or an apostrophe inside Uzbek words.
func isWordLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z' || r == '\''
	}
	if r >= 0x400 && r <= 0x52F {
		return r < 0x482 || r > 0x489
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || r == '\'' || r == 'ʻ' || r == 'ʼ'
}

// toLower lower-cases r, quickly for Cyrillic.
func toLower(r rune) rune {
	switch {
	case r >= 0x410 && r <= 0x42F:
		return r + 0x20
	case r >= 0x430 && r <= 0x45F:
		return r
	case r >= 0x400 && r <= 0x40F:
		return r + 0x50
	}
	return unicode.ToLower(r)
}

// best returns the index of the highest score and the highest two
// scores.
func (sc *scores) best(n int) (int, float64, float64) {
	bi, b1, b2 := -1, 0.0, 0.0
	for i := 0; i < n; i++ {
		switch v := sc.of[i]; {
		case v > b1:
			bi, b1, b2 = i, v, b1
		case v > b2:
			b2 = v
		}
	}
	return bi, b1, b2
}

// result is what the detector found: the language, its confidence, and
// the scores of the family it belongs to, for DetectHint.
type result struct {
	code string
	conf float64
	fam  *family
	sc   scores
	best float64
}

// detect tells the language of text.
func detect(text string) result {
	s := sample(text)
	c := countScripts(s)
	if c.letters < minLetters {
		return result{}
	}
	main := c.main()
	share := float64(c.byScript[main]) / float64(c.letters)
	switch main {
	case scriptHan, scriptKana:
		cjk := c.byScript[scriptHan] + c.byScript[scriptKana]
		share = float64(cjk) / float64(c.letters)
		if c.byScript[scriptKana]*10 >= cjk {
			return result{code: "ja", conf: share}
		}
		return result{code: "zh", conf: share}
	case scriptOther:
		return result{}
	}
	if code := singleScript[main]; code != "" {
		return result{code: code, conf: share}
	}
	f := families()[main]
	if f == nil {
		return result{}
	}
	sc := f.score(s)
	i, b1, b2 := sc.best(len(f.codes))
	if i < 0 || b1 < minScore || float64(sc.hits[i]) < minCoverage*float64(sc.words) {
		return result{fam: f, sc: sc}
	}
	return result{code: f.codes[i], conf: share * (b1 - b2) / b1, fam: f, sc: sc, best: b1}
}

// Detect returns the language of text as a BCP 47 primary language
// subtag, and a confidence from 0 to 1: how much of the text is in the
// script of the language, times how far the language's score is ahead of
// the next one's. It returns "", 0 when the text has fewer than 20
// letters, or too few of the words this package knows.
func Detect(text string) (code string, confidence float64) {
	r := detect(text)
	return r.code, r.conf
}

// hintShare is how close to the best score a declared language's must be
// for the declaration to stand: a page declared Croatian whose text reads
// a little more Serbian stays Croatian, one declared English whose text is
// German is German.
const hintShare = 0.6

// DetectHint returns the language of text, with declared, the language a
// page declares (any BCP 47 tag, such as "en-US"), as a hint. The text
// overrules the declaration when it is clearly in another language;
// when the text does not tell (too short, a language not told here), the
// declaration stands if it is a language code. The result is always a
// primary language subtag or "".
func DetectHint(text, declared string) string {
	decl := Normalize(declared)
	r := detect(text)
	if r.code == "" || decl == "" || decl == r.code {
		if r.code == "" {
			return decl
		}
		return r.code
	}
	if r.fam != nil {
		for i, c := range r.fam.codes {
			if c == decl && r.sc.of[i] >= hintShare*r.best {
				return decl
			}
		}
	}
	return r.code
}
