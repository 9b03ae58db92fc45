package quote

import "testing"

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
