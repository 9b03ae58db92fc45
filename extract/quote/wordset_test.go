package quote

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

func TestWordSet(t *testing.T) {
	ws := set(`minister министр point_out`)
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"minister", true}, {"Minister", true}, {"MINISTER", true}, {"Министр", true},
		{"министра", false}, {"point out", true}, {"Point Out", true}, {"", false}, {"\xffminister", false},
	} {
		if got := ws.has(tc.w); got != tc.want {
			t.Errorf("has(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// The filter of first and last letters never turns away a word of the
// set, in lower, title or upper case, and agrees with the map on words
// it does turn away.
func TestWordSetFilter(t *testing.T) {
	lx := reflect.ValueOf(lexicon()).Elem()
	others := []string{"Said", "SAID", "Ölçek", "İstanbul", "ǅemal", "Ωmega", "x", "Ɐ", "ÿ", "Әкім", "ӘКІМ", "\xd0\x90", "\xffA"}
	for i := 0; i < lx.NumField(); i++ {
		f := lx.Field(i)
		if f.Type() != reflect.TypeFor[wordSet]() {
			continue
		}
		ws := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface().(wordSet)
		name := lx.Type().Field(i).Name
		for w := range ws.m {
			if w != strings.ToLower(w) {
				continue // read as written, not through has: Gen, Sen
			}
			for _, form := range []string{w, strings.ToUpper(w), titleOf(w)} {
				if !ws.has(form) {
					t.Errorf("%s.has(%q) = false", name, form)
				}
			}
			others = append(others, strings.ToUpper(w)+"s", "x"+w)
		}
		for _, w := range others {
			if got, want := ws.has(w), ws.m[strings.ToLower(w)]; got != want {
				t.Errorf("%s.has(%q) = %v, want %v", name, w, got, want)
			}
		}
	}
}

// titleOf returns w with its first rune in upper case.
func titleOf(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// A case-insensitive lookup of a capitalised word does not allocate.
func TestLookupAllocs(t *testing.T) {
	ws := set(`minister министр`)
	n := testing.AllocsPerRun(100, func() {
		ws.has("Министр")
		ws.has("Foreign")
	})
	if n != 0 {
		t.Errorf("lookup allocates %v times per run", n)
	}
}

func TestLookupPhrase(t *testing.T) {
	s := "He Pointed  Out that"
	toks := tokenize(nil, s, 0, len(s), 10, 0)
	m := map[string]cueKind{"pointed out": cueSpeech}
	if k, ok := lookupPhrase(m, s, toks, 1, 3); !ok || k != cueSpeech {
		t.Errorf("lookupPhrase = %v, %v; want cueSpeech, true", k, ok)
	}
	if _, ok := lookupPhrase(m, s, toks, 0, 2); ok {
		t.Error(`lookupPhrase found "he pointed"`)
	}
}

// appendLower agrees with unicode.ToLower on every rune of up to two
// bytes, the ones it lowers by arithmetic among them.
func TestAppendLowerAgrees(t *testing.T) {
	for r := rune(0); r < 0x800; r++ {
		w := "A" + string(r) + "Z"
		var buf [maxKey]byte
		got, ok := appendLower(buf[:0], w)
		if want := strings.ToLowerSpecial(unicode.SpecialCase{}, w); !ok || string(got) != want {
			t.Errorf("appendLower(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
	for _, w := range []string{"\xd0", "\xd0A", "\xc0\x80", "Ab\xffC"} {
		var buf [maxKey]byte
		got, _ := appendLower(buf[:0], w)
		var want []byte
		for _, r := range w {
			want = utf8.AppendRune(want, unicode.ToLower(r))
		}
		if string(got) != string(want) {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, want)
		}
	}
}
