package dates

import (
	"errors"
	"testing"
	"time"
)

// TestFallback checks forms that only dateparse reads: the scanner alone
// fails on each, and the fallback's reading is the date stated.
func TestFallback(t *testing.T) {
	for _, tc := range []struct {
		in, loc, want  string
		hasTime, zoned bool
	}{
		{"Friday, 02-Feb-18 15:01:00 GMT", "", "2018-02-02T15:01:00Z", true, true},
		{"02 Feb 18 15:01 +0600", "", "2018-02-02T15:01:00+06:00", true, true},
		{"20180202T150100Z", "Asia/Almaty", "2018-02-02T15:01:00Z", true, true},
		{"20180202150100", "Asia/Almaty", "2018-02-02T15:01:00+06:00", true, false},
		{"20180202", "", "2018-02-02T00:00:00Z", false, false},
		{"Fri, 02-Feb-18 3:01:00 PM EST", "", "2018-02-02T15:01:00-05:00", true, true},
	} {
		p := Parser{}
		if tc.loc != "" {
			p.Location = mustLoad(t, tc.loc)
		}
		if _, err := p.scan(tc.in); err == nil {
			t.Errorf("scanner reads %q: not a fallback case", tc.in)
		}
		d, err := p.Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if got := d.Time.Format(time.RFC3339Nano); got != tc.want {
			t.Errorf("Parse(%q) = %s, want %s", tc.in, got, tc.want)
		}
		if d.HasTime != tc.hasTime || (d.Inferred == nil) != tc.zoned || d.Text != tc.in || tc.in[d.Start:d.End] != d.Text {
			t.Errorf("Parse(%q) = %+v", tc.in, d)
		}
	}
}

// TestFallbackRefuses checks inputs that dateparse reads wrongly or that
// the scanner must keep: the wrapper's normalisation or validation refuses
// them, or the scanner's reading stands.
func TestFallbackRefuses(t *testing.T) {
	for _, tc := range []struct {
		in  string
		err error
	}{
		{"Feb 2 15:01", ErrNoYear},                    // dateparse: year 0
		{"February 2018", ErrNoDate},                  // dateparse: day 1, not stated
		{"Fri Feb 2 15:01:00 XYZ 2018", ErrNoYear},    // dateparse: XYZ at offset 0
		{"Friday, 02-Feb-18 15:01:00 XYZ", ErrNoYear}, // unknown zone
		{"February 2018 2", ErrNoDate},                // dateparse: month out of range
		{"2 февраль 18", ErrNoYear},                   // not English
	} {
		if d, err := (Parser{}).Parse(tc.in); !errors.Is(err, tc.err) {
			t.Errorf("Parse(%q) = %v, %v; want %v", tc.in, d.Time, err, tc.err)
		}
	}
	// Slashed dates stay day first, as the scanner reads them.
	d, err := Parser{}.Parse("02/03/2018")
	if err != nil || d.Time.Format(time.DateOnly) != "2018-03-02" {
		t.Errorf("Parse(02/03/2018) = %v, %v", d.Time, err)
	}
}

// TestFallbackValidation checks the wrapper's checks on dateparse's
// readings directly.
func TestFallbackValidation(t *testing.T) {
	for _, tc := range []struct {
		in   string
		got  time.Time
		want bool
	}{
		{"February 2 2018", time.Date(2018, 2, 2, 0, 0, 0, 0, time.UTC), true},
		{"February 2 2018", time.Date(0, 2, 2, 0, 0, 0, 0, time.UTC), false},
		{"February 2 2018", time.Date(2018, 2, 1, 0, 0, 0, 0, time.UTC), false},
		{"February 2 2018", time.Date(2018, 3, 2, 0, 0, 0, 0, time.UTC), false},
		{"2/3/2018", time.Date(2018, 3, 2, 0, 0, 0, 0, time.UTC), true},
		{"February 2 2018 15:01", time.Date(2018, 2, 2, 15, 0, 0, 0, time.UTC), false},
		{"February 2 2018 15:01", time.Date(2018, 2, 2, 15, 1, 0, 0, time.FixedZone("XYZ", 0)), false},
		{"February 2 2018 15:01 EST", time.Date(2018, 2, 2, 15, 1, 0, 0, time.FixedZone("EST", -5*3600)), true},
	} {
		_, ev, ok := normalise(tc.in)
		if !ok {
			t.Fatalf("normalise(%q) refused", tc.in)
		}
		loc := ev.loc
		if loc == nil {
			loc = time.UTC
		}
		if tc.got.Location() != time.UTC && ev.loc != nil {
			tc.got = tc.got.In(ev.loc)
		}
		if got := ev.valid(tc.got, loc); got != tc.want {
			t.Errorf("valid(%q, %v) = %v, want %v", tc.in, tc.got, got, tc.want)
		}
	}
}

func TestNormalise(t *testing.T) {
	for in, want := range map[string]string{
		"Friday, 2nd of Feb. 2018 at 3:01 p.m. ET": "2 Feb 2018 3:01 PM",
		"02/03/2018":                            "2018-03-02",
		"02/13/2018":                            "2018-02-13",
		"20180202T150100Z":                      "2018-02-02T15:01:00Z",
		"Fri, 02 Feb 2018 15:01:00 -0500 (EST)": "02 Feb 2018 15:01:00 -0500",
	} {
		got, _, ok := normalise(in)
		if !ok || got != want {
			t.Errorf("normalise(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"2 февраля 2018", "Feb 2 2018 15:01 XYZ", "2 February 2018 #1", "views 233"} {
		if got, _, ok := normalise(in); ok {
			t.Errorf("normalise(%q) = %q, want refusal", in, got)
		}
	}
}
