package blocks

import (
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// Bounds of a teaser told by the description that repeats it.
const (
	// minTeaserWords is how many words a description has at least to
	// tell a teaser.
	minTeaserWords = 6
	// maxTeaserGrowth bounds how much longer than the description a
	// paragraph may be that the description repeats: a description cut
	// from a long paragraph repeats the body, not a teaser.
	maxTeaserGrowth = 1.25
	// descHeadRunes is how much of the beginning of a description is
	// looked for in a paragraph.
	descHeadRunes = 60
)

// CleanDescription returns a page's description with its white space
// cleaned and the mark of a cut ("…", "...") at its end removed.
func CleanDescription(d string) string {
	d = textutil.CleanSpace(d)
	d = strings.TrimSuffix(d, "…")
	d = strings.TrimSuffix(d, "...")
	return strings.TrimSpace(d)
}

// IsCut reports whether the description d ends with the mark of a cut
// ("…", "..."): the text it was cut from runs on.
func IsCut(d string) bool {
	d = strings.TrimSpace(d)
	return strings.HasSuffix(d, "…") || strings.HasSuffix(d, "...")
}

// Repeats reports whether the description desc, cleaned, is the paragraph
// p, or p with a dateline before it ("Berlin. …"), or p cut near its end:
// p is then the teaser the page gives for sharing too. A description of a
// few words is no teaser.
func Repeats(desc, p string) bool {
	return NewTeaser(desc).Repeats(p)
}

// Teaser is a description read once to be compared with many paragraphs.
type Teaser struct {
	desc, head string
	maxRunes   float64
	ok         bool // the description has words enough to tell a teaser
}

// NewTeaser returns the teaser that the description desc, cleaned, tells.
func NewTeaser(desc string) Teaser {
	return Teaser{
		desc:     desc,
		head:     textutil.Prefix(desc, descHeadRunes),
		maxRunes: maxTeaserGrowth * float64(utf8.RuneCountInString(desc)),
		ok:       textutil.WordCount(desc) >= minTeaserWords,
	}
}

// Repeats is the package's Repeats for the teaser's description.
func (t Teaser) Repeats(p string) bool {
	if !t.ok || len(p) < len(t.head) && len(p)*2 < len(t.desc) {
		return false
	}
	if textutil.SameText(t.desc, p) {
		return true
	}
	if float64(utf8.RuneCountInString(p)) > t.maxRunes {
		return false
	}
	return strings.Contains(p, t.head)
}

// Begins reports whether the paragraph p begins with the whole of the
// teaser's description and runs on: a description cut short begins the
// text it was cut from.
func (t Teaser) Begins(p string) bool {
	if !t.ok {
		return false
	}
	p = textutil.CleanSpace(p)
	return len(p) > len(t.desc) && strings.HasPrefix(p, t.desc)
}
