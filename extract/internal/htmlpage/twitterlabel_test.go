package htmlpage

import (
	"slices"
	"testing"
)

// TestTwitterLabels checks the author that SEO plugins state in
// twitter:label and twitter:data pairs, in several languages, and that
// other pairs (the reading time) give none.
func TestTwitterLabels(t *testing.T) {
	tests := []struct {
		head string
		want []string
	}{
		{`<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Roe">`, []string{"Jane Roe"}},
		{`<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Gregor Meier"><meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="2 Minuten">`, []string{"Gregor Meier"}},
		{`<meta name="twitter:data1" content="Jeanne Dupont"><meta name="twitter:label1" content="Écrit par">`, []string{"Jeanne Dupont"}},
		{`<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="3 minutes">`, nil},
		{`<meta name="twitter:label9" content="Written by"><meta name="twitter:data9" content="Jane Roe">`, nil},
	}
	for _, tt := range tests {
		m := metaOf(t, `<html><head>`+tt.head+`</head><body></body></html>`)
		if !slices.Equal(m.Authors, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.head, m.Authors, tt.want)
		}
	}
}
