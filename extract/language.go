package extract

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/lang"
)

// language returns the article's language as its own text tells it, with
// what the page declares (else the known site's language) as a hint that
// the text can overrule; "" when neither tells.
func (s *state) language() string {
	declared := s.doc.Meta.Lang
	if lang.Normalize(declared) == "" {
		if site, ok := s.site(); ok {
			declared = site.Language
		}
	}
	return lang.DetectHint(s.sampleText(), declared)
}

// locale returns the language tag that dates are read in: the page's own
// declaration when it names the article's language, since it may name the
// country too ("en-US", "de_AT"), else the article's language.
func (s *state) locale() string {
	if d := s.doc.Meta.Lang; lang.Normalize(d) == s.a.Language {
		return d
	}
	return s.a.Language
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
