package htmlpage

import (
	"strings"
	"unicode"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// maxSpaced bounds how many spaced titles a page keeps.
const maxSpaced = 8

// addSpaced keeps a title as written when it carries a no-break or an
// ideographic space: its white space is folded as cleaning folds it, but
// a lone space of those kinds stays.
func (m *pageMeta) addSpaced(raw string) {
	if len(m.Spaced) >= maxSpaced || !strings.ContainsFunc(raw, isTypographicSpace) {
		return
	}
	if s := keepSpaces(raw); s != "" {
		m.Spaced = append(m.Spaced, s)
	}
}

// isTypographicSpace reports whether r is a space a title is set with on
// purpose: a no-break space ("a\u00a0Hrad") or an ideographic one.
func isTypographicSpace(r rune) bool {
	return r == '\u00a0' || r == '\u202f' || r == '\u3000'
}

// keepSpaces trims s, drops its control characters and folds each run of
// white space into one space, but for a run of one typographic space,
// which stays as it is.
func keepSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var run []rune
	flush := func() {
		if len(run) == 1 && isTypographicSpace(run[0]) {
			b.WriteRune(run[0])
		} else if len(run) > 0 {
			b.WriteByte(' ')
		}
		run = run[:0]
	}
	for _, r := range strings.TrimFunc(s, unicode.IsSpace) {
		switch {
		case unicode.IsSpace(r):
			run = append(run, r)
		case textutil.IsControl(r):
		default:
			flush()
			b.WriteRune(r)
		}
	}
	return textutil.NFC(b.String())
}
