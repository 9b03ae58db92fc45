package textutil

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestRuneBeforeAt(t *testing.T) {
	s := "aé\xffб"
	tests := []struct {
		i          int
		before, at rune
	}{
		{-1, -1, -1},
		{0, -1, 'a'},
		{1, 'a', 'é'},
		{3, 'é', '\uFFFD'},
		{4, '\uFFFD', 'б'},
		{6, 'б', -1},
		{7, -1, -1},
	}
	for _, tt := range tests {
		if got := RuneBefore(s, tt.i); got != tt.before {
			t.Errorf("RuneBefore(%q, %d) = %q, want %q", s, tt.i, got, tt.before)
		}
		if got := RuneAt(s, tt.i); got != tt.at {
			t.Errorf("RuneAt(%q, %d) = %q, want %q", s, tt.i, got, tt.at)
		}
		if r, n := DecodeAt(s, tt.i); r != tt.at || (r < 0) != (n == 0) || r >= 0 && s[tt.i:tt.i+n] != string(r) && r != '\uFFFD' {
			t.Errorf("DecodeAt(%q, %d) = %q, %d", s, tt.i, r, n)
		}
	}
}

func TestIsWordRune(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		want := r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
		if got := IsWordRune(r); got != want {
			t.Fatalf("IsWordRune(%U) = %v, the Unicode tables say %v", r, got, want)
		}
	}
	for _, r := range []rune{'a', 'Z', '7', 'é', 'ж', 'ә', '\u0301', '٣', '中'} {
		if !IsWordRune(r) {
			t.Errorf("IsWordRune(%q) = false", r)
		}
	}
	for _, r := range []rune{'_', '-', ' ', '.', '«', -1, '\uFFFD', '\u00a0'} {
		if IsWordRune(r) {
			t.Errorf("IsWordRune(%q) = true", r)
		}
	}
}

// DecodeRune agrees with utf8.DecodeRuneInString on every sequence of
// up to three bytes that opens with the lead byte it decodes itself,
// and on others.
func TestDecodeLastRuneAgrees(t *testing.T) {
	check := func(s string) {
		r, n := DecodeLastRune(s)
		if wr, wn := utf8.DecodeLastRuneInString(s); r != wr || n != wn {
			t.Fatalf("DecodeLastRune(%q) = %U, %d; want %U, %d", s, r, n, wr, wn)
		}
	}
	for b1 := 0; b1 < 256; b1++ {
		for b2 := 0; b2 < 256; b2++ {
			for _, b0 := range []byte{0xC2, 0xDF, 0xE0, 0xE2, 0xE3, 0xF0, 0x80, 'a'} {
				check(string([]byte{b0, byte(b1), byte(b2)}))
				check(string([]byte{'a', b0, byte(b1), byte(b2)}))
			}
			check(string([]byte{byte(b1), byte(b2)}))
		}
		check(string([]byte{byte(b1)}))
	}
	for _, s := range []string{"", "a", "é", "€", "😀", "\xf0\x9f\x98", "a\xe2\x80"} {
		check(s)
	}
}

func TestDecodeRuneAgrees(t *testing.T) {
	check := func(s string) {
		r, n := DecodeRune(s)
		if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
			t.Fatalf("DecodeRune(%q) = %U, %d; want %U, %d", s, r, n, wr, wn)
		}
	}
	for b1 := 0; b1 < 256; b1++ {
		for b2 := 0; b2 < 256; b2++ {
			check(string([]byte{0xE2, byte(b1), byte(b2)}))
			check(string([]byte{0xE2, byte(b1), byte(b2), 'a'}))
		}
		check(string([]byte{0xE2, byte(b1)}))
		for _, b0 := range []byte{0xC0, 0xC1, 0xC2, 0xD0, 0xDF, 0xE0} {
			check(string([]byte{b0, byte(b1)}))
			check(string([]byte{b0, byte(b1), 'a'}))
		}
	}
	for _, s := range []string{"", "a", "é", "€", "😀", "\xe2", "\xff"} {
		check(s)
	}
}
