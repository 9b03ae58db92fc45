package textutil

import "testing"

func TestWords(t *testing.T) {
	if n := WordCount("  one two\tthree "); n != 3 {
		t.Errorf("WordCount = %d", n)
	}
	for n := 0; n <= 4; n++ {
		if got, want := HasWords("  one two\tthree ", n), n <= 3; got != want {
			t.Errorf("HasWords(_, %d) = %v", n, got)
		}
	}
	if n := SentenceCount("J. Smith arrived. He spoke! Then left?"); n != 3 {
		t.Errorf("SentenceCount = %d", n)
	}
	if !SameText("«Hello, world!»", "hello, world") {
		t.Error("SameText ignores case and end punctuation")
	}
	if !EndsSentence(`He left."`) || EndsSentence("Headline") {
		t.Error("EndsSentence")
	}
	if !HasPrefixFold("Photo: AP", "photo:") || HasPrefixFold("Ph", "photo") {
		t.Error("HasPrefixFold")
	}
	if got := Prefix("aбв", 2); got != "a" {
		t.Errorf("Prefix cuts at a rune boundary: %q", got)
	}
	if n := Letters("a1 б-в"); n != 3 {
		t.Errorf("Letters = %d", n)
	}
	if !IsAbsoluteURL("https://a.example/x") || IsAbsoluteURL("/x") {
		t.Error("IsAbsoluteURL")
	}
	set := SetOf([]string{"a", "b"}, []string{"c"})
	if len(set) != 3 || !set["c"] || set["d"] {
		t.Errorf("SetOf = %v", set)
	}
}
