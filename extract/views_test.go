package extract

import (
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
)

// TestLabelledCount checks how view counters are read, and that dates,
// years and other counters are not.
func TestLabelledCount(t *testing.T) {
	tests := []struct {
		in   string
		bare bool // the text stands in an element marked as a counter
		want int64
		ok   bool
	}{
		{"233", false, 233, true},
		{"1 234", false, 1234, true},
		{"1,234", false, 1234, true},
		{"1.2K views", false, 1200, true},
		{"1,2 тыс.", false, 1200, true},
		{"3M views", false, 3000000, true},
		{"Просмотров: 1 234", false, 1234, true},
		{"Views: 56", false, 56, true},
		{"Қаралым саны: 198", false, 198, true},
		{"2018", false, 0, false},
		{"2018", true, 2018, true},
		{"2018 views", false, 2018, true},
		{"12 comments", false, 0, false},
		{"45 shares", false, 0, false},
		{"Комментарии: 7", false, 0, false},
		{"02.02", false, 0, false},
		{"views", false, 0, false},
		{"", false, 0, false},
		{"1 2 3 4 5 6 7 8 9 10 11 12 13", false, 0, false},
		{"1204 views 5 mins 2 comments", false, 1204, true},
		{"12 comments 1,2 тыс. просмотров", false, 1200, true},
		{"Views 12 Comments 3", false, 12, true},
		{"3 interviews 12 comments", false, 0, false},
		{"Comments 3, views", false, 0, false},
	}
	for _, tt := range tests {
		got, ok := labelledCount(tt.in, tt.bare)
		if got != tt.want || ok != tt.ok {
			t.Errorf("labelledCount(%q, %v) = %d, %v; want %d, %v", tt.in, tt.bare, got, ok, tt.want, tt.ok)
		}
	}
}

// TestViewsInLanguages checks counters in many languages, rounded counts
// and absurd ones, with near-misses.
func TestViewsInLanguages(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"Aufrufe: 1.234", 1234, true},
		{"1.234 Aufrufe", 1234, true},
		{"Просмотров: 2 345", 2345, true},
		{"1,2 тыс. просмотров", 1200, true},
		{"345 переглядів", 345, true},
		{"Переглядів: 1,2 тис.", 1200, true},
		{"1.234 lượt xem", 1234, true},
		{"1234次阅读", 1234, true},
		{"阅读：5678", 5678, true},
		{"1.2万 阅读", 12000, true},
		{"조회수 1,234", 1234, true},
		{"1.2K views", 1200, true},
		{"3,4 mil visualizaciones", 3400, true},
		{"1 234 wyświetleń", 1234, true},
		{"Dibaca 321 kali", 321, true},
		{"567 görüntülenme", 567, true},
		{"9223372036854775807 views", 0, false},
		{"99999999999 views", 0, false},
		// Near-misses: no view counts.
		{"Interview", 0, false},
		{"12 Kommentare", 0, false},
		{"5 min read", 0, false},
		{"3 Minuten Lesezeit", 0, false},
		{"评论 12", 0, false},
		{"Aufrufe", 0, false},
		{"Review 2024", 0, false},
	}
	for _, tt := range tests {
		got, ok := labelledCount(tt.in, false)
		if got != tt.want || ok != tt.ok {
			t.Errorf("labelledCount(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestViewLine checks that a line of views under the headline is read as
// the counter, and that a line that only mentions views is not.
func TestViewLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want int64
	}{
		{"Aufrufe: 1.234", 1234},
		{"1234次阅读", 1234},
		{"2024", 0},
		{"The video drew 1,234 views in a day, its makers said.", 0},
	} {
		d := &blocks.Document{Blocks: []blocks.Block{
			{Text: "Museum opens its doors", Role: blocks.Headline},
			{Text: tt.line},
			{Text: "The museum opened its doors on Monday after five years of building work in the old town."},
		}}
		s := (&Extractor{}).newState(Source{}, d)
		s.layout()
		if got := s.views(); got != tt.want {
			t.Errorf("views after %q = %d, want %d", tt.line, got, tt.want)
		}
	}
}

// TestLDViewsCapped checks that an absurd JSON-LD count is refused.
func TestLDViewsCapped(t *testing.T) {
	d := &blocks.Document{Meta: blocks.Meta{Views: 9223372036854775807}}
	if got := (&Extractor{}).newState(Source{}, d).views(); got != 0 {
		t.Errorf("views = %d, want 0", got)
	}
}

// TestViewsPlaced checks counters where pages set them: over the
// headline, and inside the element of the date; a count of comments in
// either place is none.
func TestViewsPlaced(t *testing.T) {
	prose := "The museum opened its doors on Monday after five years of building work in the old town."
	for _, tt := range []struct {
		name   string
		blocks []blocks.Block
		want   int64
	}{
		{"over the headline", []blocks.Block{{Text: "Home", Role: blocks.Boilerplate}, {Text: "1204 views 5 mins 2 comments", Role: blocks.Boilerplate},
			{Text: "Museum opens its doors", Role: blocks.Headline}, {Text: prose}}, 1204},
		{"comments over the headline", []blocks.Block{{Text: "13 comments", Role: blocks.Boilerplate},
			{Text: "Museum opens its doors", Role: blocks.Headline}, {Text: prose}}, 0},
		{"far over the headline", []blocks.Block{{Text: "1204 views", Role: blocks.Boilerplate}, {Text: "Home", Role: blocks.Boilerplate}, {Text: "News", Role: blocks.Boilerplate},
			{Text: "Museum opens its doors", Role: blocks.Headline}, {Text: prose}}, 0},
		{"in the date's element", []blocks.Block{{Text: "Museum opens its doors", Role: blocks.Headline}, {Text: "87 Views", Role: blocks.Dateline}, {Text: prose}}, 87},
		{"comments in the date's element", []blocks.Block{{Text: "Museum opens its doors", Role: blocks.Headline}, {Text: "87 Comments", Role: blocks.Dateline}, {Text: prose}}, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Blocks: tt.blocks, Markup: true}
			s := (&Extractor{}).newState(Source{}, d)
			s.layout()
			if got := s.views(); got != tt.want {
				t.Errorf("views = %d, want %d", got, tt.want)
			}
		})
	}
}
