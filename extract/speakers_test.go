package extract

import (
	"strings"
	"testing"
)

// TestNamedSpeakers checks that in a language whose attributions the
// quote rules do not read, a speaker is the person its words name or
// nothing, while an English article keeps the speakers the rules read.
func TestNamedSpeakers(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the speakers, in order
	}{
		{"de", `Streit im Stadtrat über die neue Brücke

Am Montag tagte der Rat im Rathaus. Dazu die Bürgermeisterin Anna Berger: «Die Brücke wird im Mai eröffnet, und wir halten den Plan ein.»

Neben der neuen Brücke ist im Stadtrat ein weiteres Thema die Schule, wie die Stadt am Dienstag mitteilte: «Wir bauen die Schule im Herbst und sind damit schneller als geplant.»

Die Kosten sind nach Angaben der Verwaltung nicht gestiegen, und die Arbeiten laufen seit dem Frühjahr ohne Unterbrechung weiter.

„Wir liegen im Zeitplan“, sagte die Bauleiterin Jana Wolff am Montag. „Die Stadt hat uns die Mittel gegeben“, sagte der Sprecher der Stadt.
`, []string{"Anna Berger", "", "Jana Wolff", ""}},
		{"en", `Council argues over the new bridge

Mayor Anna Berger told the council on Monday: "The bridge will open in May, and we are keeping to the plan."

The school is another subject for the council, the city said on Tuesday: "We are building the school in the autumn."
`, []string{"Mayor Anna Berger", "the city"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := (&Extractor{}).FromText(strings.NewReader(tc.text), Source{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Language != tc.name {
				t.Fatalf("language %q, want %q", a.Language, tc.name)
			}
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Speaker)
				if (q.Speaker == "") != (q.SpeakerAt == nil) || q.SpeakerAt != nil && q.SpeakerAt.Text != q.Speaker && tc.name != "en" {
					t.Errorf("speaker %q at %+v", q.Speaker, q.SpeakerAt)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("speakers %q, want %q", got, tc.want)
			}
		})
	}
}
