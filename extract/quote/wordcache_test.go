package quote

import "testing"

func TestWordCache(t *testing.T) {
	words := []string{"said", "Said", "SAID", "he", "она", "сказал", "told", "the", "Ann", "noted", "x", "ab", "ba", "said"}
	var c wordCache
	for round := 0; round < 3; round++ {
		for _, w := range words {
			if got, want := c.classes(w), classesOf(w); got != want {
				t.Errorf("round %d: classes(%q) = %b, want %b", round, w, got, want)
			}
		}
	}
	var nilCache *wordCache
	if got, want := nilCache.classes("said"), classesOf("said"); got != want {
		t.Errorf("nil cache: classes(said) = %b, want %b", got, want)
	}
	if got := c.classes(""); got != classesOf("") {
		t.Errorf("classes(\"\") = %b", got)
	}
}
