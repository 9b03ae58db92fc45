package country

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestAppendFoldedCyrillic checks the fast path of basic Cyrillic
// against unicode.ToLower.
func TestAppendFoldedCyrillic(t *testing.T) {
	for r := 'А'; r <= 'я'; r++ {
		if got, want := string(appendFolded(nil, r)), string(utf8.AppendRune(nil, unicode.ToLower(r))); got != want {
			t.Errorf("appendFolded(%q) = %q, want %q", r, got, want)
		}
	}
}

// TestFoldInto checks that foldInto gives the folded form rune by rune,
// and refuses a form longer than its buffer.
func TestFoldInto(t *testing.T) {
	for _, s := range []string{"Kazakhstan", "КАЗАХСТАН", "Côte d’Ivoire", "ab\xffcd", "Ёлка", ""} {
		key, ok := foldInto(make([]byte, 0, keyBufSize), s)
		if want := string(appendFoldedString(nil, s)); !ok || string(key) != want {
			t.Errorf("foldInto(%q) = %q, %v; want %q", s, key, ok, want)
		}
	}
	if _, ok := foldInto(make([]byte, 0, 8), "Kazakhstan"); ok {
		t.Error("foldInto fits ten letters in eight bytes")
	}
}
