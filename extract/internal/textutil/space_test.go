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

// TestCleanControlThenSpace checks that a control character before white
// space leaves no space at the start of the text.
func TestCleanControlThenSpace(t *testing.T) {
	for _, in := range []string{"\x01 0", "\x7f 000000", "\x01\x02 a b\x03 "} {
		got := CleanBytes([]byte(in))
		if got != "" && (got[0] == ' ' || got[len(got)-1] == ' ') {
			t.Errorf("CleanBytes(%q) = %q", in, got)
		}
		if CleanSpace(in) != got {
			t.Errorf("CleanSpace(%q) = %q, CleanBytes gives %q", in, CleanSpace(in), got)
		}
	}
}
