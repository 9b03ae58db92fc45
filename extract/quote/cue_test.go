package quote

import (
	"strings"
	"testing"
)

// hasSuffixFold agrees with strings.EqualFold on the word's last bytes,
// for every ending of up to three bytes and words beyond ASCII.
func TestHasSuffixFold(t *testing.T) {
	check := func(w string) {
		for _, suf := range []string{"s", "ed", "ing"} {
			want := len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf)
			if got := hasSuffixFold(w, suf); got != want {
				t.Fatalf("hasSuffixFold(%q, %q) = %v, want %v", w, suf, got, want)
			}
		}
	}
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			check(string([]byte{byte(a), byte(b)}))
			check(string([]byte{'i', byte(a), byte(b)}))
			check(string([]byte{byte(a), 'n', byte(b)}))
		}
	}
	for _, w := range []string{"", "SAYS", "Reported", "TWEETING", "boſ", "ſ", "ıng", "liKe", "сказал"} {
		check(w)
	}
}
