package extract

import (
	"slices"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
)

// TestLeadFromDescription checks when the first paragraph is the teaser the
// description repeats, in several languages, with near-misses.
func TestLeadFromDescription(t *testing.T) {
	const next = "Der zweite Absatz erzählt, was am Morgen geschah, und wer davon betroffen war."
	tests := []struct {
		name, desc, first string
		lead              string
		body              []string
	}{
		{"same text", "In Berlin brennen zwei Strommasten. Zehntausende sind ohne Energie.", "In Berlin brennen zwei Strommasten. Zehntausende sind ohne Energie.",
			"In Berlin brennen zwei Strommasten. Zehntausende sind ohne Energie.", []string{next}},
		{"dateline before it", "In Berlin brennen zwei Strommasten. Zehntausende sind ohne Energie.", "Berlin. In Berlin brennen zwei Strommasten. Zehntausende sind ohne Energie.",
			"Berlin. In Berlin brennen zwei Strommasten. Zehntausende sind ohne Energie.", []string{next}},
		{"cut with an ellipsis", "El Gobierno aprobó este martes el nuevo plan de vivienda para los jóvenes de…", "El Gobierno aprobó este martes el nuevo plan de vivienda para los jóvenes de toda España.",
			"El Gobierno aprobó este martes el nuevo plan de vivienda para los jóvenes de toda España.", []string{next}},
		{"near-miss: cut from a long paragraph", "The council adopted the water resolution on Tuesday after a debate",
			"The council adopted the water resolution on Tuesday after a debate that lasted most of the afternoon, and members said it would protect the river in the dry summers to come.",
			"", nil},
		{"near-miss: another text", "Une tribune sur la réforme des retraites et ses effets.", "Le gouvernement a présenté mardi son projet de réforme des retraites.", "", nil},
		{"near-miss: too short", "Live", "Live", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Meta: blocks.Meta{Description: tt.desc}}
			s := (&Extractor{}).newState(Source{}, d)
			s.a.Body = []string{tt.first, next}
			lead, took := s.lead()
			body := s.a.Body[took:]
			want := tt.body
			if tt.lead == "" {
				want = []string{tt.first, next}
			}
			if lead != tt.lead || !slices.Equal(body, want) {
				t.Errorf("lead %q, body %q; want %q, %q", lead, body, tt.lead, want)
			}
		})
	}
}
