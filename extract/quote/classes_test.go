package quote

import (
	"reflect"
	"strings"
	"testing"
)

// Every word set of the lexicon is a class set, with a bit of its own.
func TestClassSetsCoverLexicon(t *testing.T) {
	lx := lexicon()
	v := reflect.ValueOf(lx).Elem()
	seen := map[uint64]string{}
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).Type() != reflect.TypeFor[wordSet]() {
			continue
		}
		name := v.Type().Field(i).Name
		bit := v.Field(i).FieldByName("bit").Uint()
		if bit == 0 || bit&(bit-1) != 0 {
			t.Errorf("%s has bit %#x, want one bit", name, bit)
		}
		if other, ok := seen[bit]; ok {
			t.Errorf("%s and %s share bit %#x", name, other, bit)
		}
		seen[bit] = name
	}
	if n := len(lx.classSets()); n != len(seen) || n > cueShift {
		t.Errorf("%d class sets for %d word sets", n, len(seen))
	}
}

// A token's classes say what has says of its text, for the words of
// every set in lower, title and upper case, words near them, and words
// the tokenizer reads with a mark joined to them.
func TestTokenClassesAgree(t *testing.T) {
	lx := lexicon()
	var words []string
	add := func(w string) {
		if !strings.ContainsAny(w, " _") {
			words = append(words, w, strings.ToUpper(w), titleOf(w), w+"s", "x"+w, w+"’")
		}
	}
	for _, ws := range lx.classSets() {
		for w := range ws.m {
			add(w)
		}
	}
	for w := range lx.cues {
		add(w)
	}
	for w := range lx.pronoun {
		add(w)
	}
	words = append(words, "ministers’", "Reyes'", "U.S.", "Mr.", "state-run", "İstanbul", strings.Repeat("Ab", 60))
	for _, w := range words {
		s := w + " x"
		for _, tok := range tokenize(nil, s, 0, len(s), 4, 0) {
			if tok.kind != tkWord {
				continue
			}
			w := tok.text(s)
			if kind, _ := lookup(lx.cues, w); tok.cls.cue() != kind {
				t.Fatalf("token %q: cue = %v, want %v", w, tok.cls.cue(), kind)
			}
			if _, pro := lookup(lx.pronoun, w); tok.cls.pronoun() != pro {
				t.Fatalf("token %q: pronoun = %v, want %v", w, tok.cls.pronoun(), pro)
			}
			for _, ws := range lx.classSets() {
				if got, want := tok.in(*ws), ws.has(tok.text(s)); got != want {
					t.Fatalf("token %q: in = %v, has = %v (set of bit %#x)", tok.text(s), got, want, ws.bit)
				}
			}
		}
	}
}
