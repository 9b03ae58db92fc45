package dates

import (
	"testing"
	"time"
)

// TestEnglishViaDateparse checks that every English date of the parse table
// is read by dateparse and passes validation, rather than falling back to
// the scanner's own fields.
func TestEnglishViaDateparse(t *testing.T) {
	n := 0
	for _, tc := range parseCases {
		if tc.want == "" {
			continue
		}
		sc := newScanner(tc.in, false, make([]token, windowSize))
		for i := 0; sc.ok(i); i++ {
			m, ok := sc.matchAt(i)
			if !ok {
				continue
			}
			if m.lang == langEN && !m.relative {
				f := m.fields
				if f.yearTok < 0 {
					f.year = 2016
				}
				loc := f.zone.location()
				if loc == nil {
					loc = time.UTC
				}
				got, ok := viaDateparse(f, loc)
				if !ok || !got.Equal(f.time(loc)) {
					t.Errorf("%s: dateparse reading of %q rejected (%v)", tc.name, tc.in, got)
				}
				n++
			}
			break
		}
	}
	if n < 20 {
		t.Errorf("only %d English dates checked", n)
	}
}

func TestFraction(t *testing.T) {
	for in, want := range map[string]int{"0": 0, "5": 500000000, "000": 0, "123": 123000000, "123456789": 123456789} {
		if got := fraction(in); got != want {
			t.Errorf("fraction(%q) = %d, want %d", in, got, want)
		}
	}
}
