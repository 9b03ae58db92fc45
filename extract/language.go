package extract

import (
	"iter"
	"strings"
	"unicode"

	"github.com/newsextract/newsextract/extract/internal/blocks"
)

// language returns the article's language: what its own text shows when
// that is clear (English, Russian or Kazakh), else what the page declares,
// else the known site's language.
func (s *state) language() string {
	if l := detectLanguage(s.sampleText()); l != "" {
		return l
	}
	if l := normLang(s.doc.Meta.Lang); l != "" {
		return l
	}
	if site, ok := s.site(); ok {
		return site.Language
	}
	return ""
}

// sampleText returns the headline and body text to tell the language by.
func (s *state) sampleText() string {
	var b strings.Builder
	for _, bl := range s.doc.Blocks {
		if bl.IsBody() || bl.Role == blocks.Headline || bl.Role == blocks.Lead {
			b.WriteString(bl.Text)
			b.WriteByte('\n')
			if b.Len() > languageSample {
				break
			}
		}
	}
	return b.String()
}

// languageSample is about how many bytes of text the language is told by.
const languageSample = 2048

// normLang reduces a declared language ("en-US", "ru_RU") to its primary
// subtag in lower case.
func normLang(l string) string {
	l = strings.TrimSpace(l)
	if i := strings.IndexAny(l, "-_"); i >= 0 {
		l = l[:i]
	}
	l = strings.ToLower(l)
	if len(l) < 2 || len(l) > 3 {
		return ""
	}
	return l
}

// minLetters is how many letters the detector needs to decide.
const minLetters = 40

// detectLanguage tells English, Russian and Kazakh apart by script, the
// letters only Kazakh uses, and the commonest English words. It returns ""
// when the text is too short or in another language.
func detectLanguage(text string) string {
	var latin, cyrillic, kazakh, other int
	for _, r := range text {
		switch {
		case r < 0x80:
			if unicode.IsLetter(r) {
				latin++
			}
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
			if strings.ContainsRune("әғқңөұүһіӘҒҚҢӨҰҮҺІ", r) {
				kazakh++
			}
		case unicode.IsLetter(r):
			other++
		}
	}
	switch {
	case cyrillic >= minLetters && cyrillic > latin && cyrillic > other:
		if kazakh*100 >= cyrillic*2 {
			return "kk"
		}
		return "ru"
	case latin >= minLetters && latin > cyrillic && latin > other && isEnglish(text):
		return "en"
	}
	return ""
}

// englishWords are words common enough in any English text that a text
// without them is not English.
var englishWords = [...]string{"the", "of", "and", "to", "in", "is", "was", "for", "that", "with", "on", "by"}

// englishSample is how many words isEnglish reads.
const englishSample = 400

// isEnglish reports whether at least one word in twelve, among the first
// words of text, is one of the commonest English words.
func isEnglish(text string) bool {
	words, hits := 0, 0
	for w := range wordsOf(text) {
		if words++; words > englishSample {
			break
		}
		for _, e := range englishWords {
			if strings.EqualFold(w, e) {
				hits++
				break
			}
		}
	}
	return words > 0 && hits*12 >= min(words, englishSample)
}

// wordsOf yields the runs of letters in text.
func wordsOf(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range text {
			if unicode.IsLetter(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 && !yield(text[start:i]) {
				return
			}
			start = -1
		}
		if start >= 0 {
			yield(text[start:])
		}
	}
}
