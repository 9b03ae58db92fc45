package extract

import "testing"

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
	}
	for _, tt := range tests {
		got, ok := labelledCount(tt.in, tt.bare)
		if got != tt.want || ok != tt.ok {
			t.Errorf("labelledCount(%q, %v) = %d, %v; want %d, %v", tt.in, tt.bare, got, ok, tt.want, tt.ok)
		}
	}
}
