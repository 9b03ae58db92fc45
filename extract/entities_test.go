package extract

import (
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/model"
)

// TestCountriesReadWhole checks that the fields of an article are read as
// one text for the countries: what one paragraph says of the place tells
// what a name is in another, and each mention is located in its own field.
func TestCountriesReadWhole(t *testing.T) {
	for _, tt := range []struct {
		name  string
		title string
		body  []string
		want  []model.Location
	}{
		{"a dateline in the first paragraph", "Arrest after a chase", []string{"ATLANTA - Police ended a chase on Tuesday.", "A Georgia man was arrested."}, nil},
		{"the states named elsewhere", "Primaries in the South", []string{"Voters in Ohio and Texas went to the polls.", "In Georgia, turnout was high."}, nil},
		{"near-miss: the country", "Talks in the Caucasus", []string{"Officials met in Tbilisi.", "Georgia's president spoke of Russia."},
			[]model.Location{{Field: model.FieldBody, Paragraph: 1, Start: 0, End: 7, Text: "Georgia"}, {Field: model.FieldBody, Paragraph: 1, Start: 29, End: 35, Text: "Russia"}}},
		{"in the title", "Georgia votes", []string{"Georgia's parliament met in Tbilisi."},
			[]model.Location{{Field: model.FieldTitle, Start: 0, End: 7, Text: "Georgia"}, {Field: model.FieldBody, Start: 0, End: 7, Text: "Georgia"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := (&Extractor{}).newState(Source{}, &blocks.Document{})
			s.a.Title, s.a.Body = tt.title, tt.body
			cs, _ := countries(s.fields())
			var got []model.Location
			for _, c := range cs {
				got = append(got, c.At...)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("mentions %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("mention %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}
