package charset

import (
	"encoding/binary"
	"strings"
	"testing"
)

// TestPrintableASCII checks the eight-byte test against the bytes one by
// one: every byte value at every place among printable neighbours, and
// next to each of the bytes the test must catch.
func TestPrintableASCII(t *testing.T) {
	for _, fill := range []byte{'A', ' ', '~', 0x1F, 0x7F, 0x80} {
		for b := range 256 {
			for p := range 8 {
				var buf [8]byte
				for i := range buf {
					buf[i] = fill
				}
				buf[p] = byte(b)
				want := true
				for _, c := range buf {
					want = want && c >= 0x20 && c < 0x7F
				}
				if got := printableASCII(binary.LittleEndian.Uint64(buf[:])); got != want {
					t.Fatalf("printableASCII(%q) = %v, want %v", buf, got, want)
				}
			}
		}
	}
}

// TestIsBinary checks text, binary data, and the control characters the
// eight-byte test passes on to the byte-by-byte count.
func TestIsBinary(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{strings.Repeat("Plain news text, line by line.\n", 100), false},
		{strings.Repeat("Текст новости на русском языке. ", 100), false},
		{strings.Repeat("\x00\x01\x02\x03abcd", 100), true},
		{strings.Repeat("abcdefg\x7F", 100), true},
		{strings.Repeat("abcdefghijklmnopqrs\x01", 100), false}, // one in twenty is not more than one in twenty
		{strings.Repeat("abcdefghijklmnopq\x01", 100), true},
		{strings.Repeat("\uFFFDab", 100), true},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsBinary([]byte(tt.text)); got != tt.want {
			t.Errorf("IsBinary(%.30q…) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
