package country

import (
	"testing"
	"unicode"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// TestRuneClassFastPaths checks the fast paths of isLetter, isUpper and
// textutil.IsWordRune against package unicode.
func TestRuneClassFastPaths(t *testing.T) {
	for r := rune(0); r < 0x600; r++ {
		if got, want := isLetter(r), unicode.IsLetter(r); got != want {
			t.Errorf("isLetter(%U) = %v, want %v", r, got, want)
		}
		if got, want := isUpper(r), unicode.IsUpper(r) || unicode.IsTitle(r); got != want {
			t.Errorf("isUpper(%U) = %v, want %v", r, got, want)
		}
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if got := textutil.IsWordRune(r); got != want {
			t.Errorf("textutil.IsWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestTokenize(t *testing.T) {
	var toks tokens
	tokenize("Côte d’Ivoire,\n  U.S. КАЗАХСТАН", &toks)
	type tok struct {
		key               string
		space, kind, caps uint8
	}
	want := []tok{
		{"cote", spaceNone, kindWord, capsTitle},
		{"d", spaceBlank, kindWord, capsLower},
		{"'", spaceNone, kindPunct, capsLower},
		{"ivoire", spaceNone, kindWord, capsTitle},
		{",", spaceNone, kindPunct, capsLower},
		{"u", spaceLine, kindWord, capsTitle},
		{".", spaceNone, kindPunct, capsLower},
		{"s", spaceNone, kindWord, capsTitle},
		{".", spaceNone, kindPunct, capsLower},
		{"казахстан", spaceBlank, kindWord, capsUpper},
	}
	if len(toks.list) != len(want) {
		t.Fatalf("%d tokens, want %d", len(toks.list), len(want))
	}
	for i, w := range want {
		g := toks.list[i]
		got := tok{string(toks.keyOf(i)), g.space, g.kind, g.caps}
		if got != w {
			t.Errorf("token %d = %+v, want %+v", i, got, w)
		}
	}
}
