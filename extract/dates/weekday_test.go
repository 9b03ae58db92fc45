package dates

import "testing"

func TestIsWeekday(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"Monday", true}, {"MONDAY", true}, {"Mon", true}, {"lundi", true}, {"Donnerstag", true},
		{"понедельник", true}, {"Среда", true}, {"miércoles", true},
		{"Monica", false}, {"Moon", false}, {"", false}, {"November", false}, {"Regan", false},
	} {
		if got := IsWeekday(tc.w); got != tc.want {
			t.Errorf("IsWeekday(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
