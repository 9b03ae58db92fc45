package blocks

import (
	"slices"
	"testing"
)

func TestIsTitleOf(t *testing.T) {
	tests := []struct {
		page, headline string
		want           bool
	}{
		{"Rail strike called off - The Daily", "Rail strike called off", true},
		{"The Daily | Rail strike called off", "Rail strike called off", true},
		{"rail strike called off.", "Rail strike called off", true},
		{"Rail strike called off again", "Rail strike called off", false},
		{"News - Daily", "News", false},
	}
	for _, tt := range tests {
		if got := IsTitleOf(tt.page, tt.headline); got != tt.want {
			t.Errorf("IsTitleOf(%q, %q) = %v, want %v", tt.page, tt.headline, got, tt.want)
		}
	}
}

func TestSplitTitle(t *testing.T) {
	got := SplitTitle("Rail strike called off - Business | The Daily")
	if want := []string{"Rail strike called off", "Business", "The Daily"}; !slices.Equal(got, want) {
		t.Errorf("SplitTitle = %q, want %q", got, want)
	}
}
