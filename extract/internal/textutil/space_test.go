package textutil

import (
	"testing"
	"unicode/utf8"
)

// FuzzCleanBytes checks that the walker's folding of white space agrees
// with cleanSpace on valid text, and always yields valid UTF-8.
func FuzzCleanBytes(f *testing.F) {
	for _, s := range []string{"", "  ", "a  b", "\ta\nb ", "a\u00a0b", "\xffx", "clean text", " x\u2003"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got := CleanBytes(b)
		if !utf8.ValidString(got) {
			t.Errorf("CleanBytes(%q) = %q, not valid UTF-8", b, got)
		}
		if want := CleanSpace(string(b)); utf8.Valid(b) && got != want {
			t.Errorf("CleanBytes(%q) = %q, cleanSpace gives %q", b, got, want)
		}
	})
}
