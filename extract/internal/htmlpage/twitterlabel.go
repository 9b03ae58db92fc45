package htmlpage

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// maxTwitterLabels is how many twitter:label and twitter:data pairs are
// read.
const maxTwitterLabels = 4

// twitterLabels pairs the twitter:labelN and twitter:dataN meta tags,
// which SEO plugins use to show the author ("Written by" and the name)
// and the reading time.
type twitterLabels struct {
	label, data [maxTwitterLabels + 1]string
}

// readTwitterLabel reads a twitter:labelN or twitter:dataN tag, and takes
// the data for an author when its label says so.
func (m *pageMeta) readTwitterLabel(key, val string) {
	isLabel := strings.HasPrefix(key, "twitter:label")
	n := strings.TrimPrefix(strings.TrimPrefix(key, "twitter:label"), "twitter:data")
	if len(n) != 1 || n[0] < '1' || n[0] > '0'+maxTwitterLabels {
		return
	}
	i := int(n[0] - '0')
	if isLabel {
		m.labels.label[i] = val
	} else {
		m.labels.data[i] = val
	}
	l, d := m.labels.label[i], m.labels.data[i]
	if l == "" || d == "" || !authorLabelSet()[strings.ToLower(strings.TrimRight(l, " :"))] {
		return
	}
	if name := textutil.CleanSpace(d); !textutil.IsAbsoluteURL(name) {
		m.Authors = append(m.Authors, name)
	}
	m.labels.label[i], m.labels.data[i] = "", "" // read once
}
