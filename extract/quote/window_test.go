package quote

import (
	"slices"
	"testing"
)

// windowTexts hold the tokens whose reading depends on where a window
// starts or ends: hyphens and dashes, possessives, doubled marks,
// abbreviations and dots before a comma, joined words.
var windowTexts = []string{
	"“We are ready,” he said, - and left. ''Fine,'' she wrote. ``Yes,'' Mr. Orr said.",
	`The ministers’ meeting - R-Pa., said - well-known U.S. envoys, the Sen. said “a.”`,
	`«Переговоры прошли, — отметил Кайрат Абдрахманов, — успешно». Министрдің айтуынша, «a» деп.`,
	`-a - b -- c — d, e, f, g; h: i. j! k? l… ’m’ 'n' "o" don't rock'n'roll Jan. 5, No. 2`,
	`  spaces	and	tabs  and a dot.,comma and.dot x.y.z. end.`,
}

// A window read through the cache gives the tokens tokenize gives, for
// every window of every text and the limits the callers use.
func TestTokenCacheAgrees(t *testing.T) {
	var c tokenCache
	for _, s := range windowTexts {
		for from := 0; from <= len(s); from++ {
			for to := from; to <= len(s); to++ {
				for _, lim := range [][2]int{{64, 0}, {40, 4}, {24, 2}, {3, 0}, {8, 1}} {
					want := tokenize(nil, s, from, to, lim[0], lim[1])
					got := c.tokens(nil, s, from, to, lim[0], lim[1])
					if !slices.Equal(got, want) {
						t.Fatalf("tokens(%q, %d, %d, %v) = %v, want %v", s, from, to, lim, got, want)
					}
				}
			}
		}
	}
}

// A window appended to tokens already read counts them against its
// limits, as tokenize does.
func TestTokenCacheAppends(t *testing.T) {
	var c tokenCache
	s := windowTexts[0]
	head := tokenize(nil, s, 0, 12, 64, 0)
	for to := 12; to <= len(s); to++ {
		want := tokenize(slices.Clone(head), s, 12, to, 6, 2)
		if got := c.tokens(slices.Clone(head), s, 12, to, 6, 2); !slices.Equal(got, want) {
			t.Fatalf("to %d: got %v, want %v", to, got, want)
		}
	}
}

// Texts read in turn share the cache's entries, and a text pushed out
// is read again.
func TestTokenCacheTexts(t *testing.T) {
	var c tokenCache
	for round := 0; round < 3; round++ {
		for _, s := range windowTexts {
			if got, want := c.tokens(nil, s, 3, len(s)-2, 64, 0), tokenize(nil, s, 3, len(s)-2, 64, 0); !slices.Equal(got, want) {
				t.Fatalf("%q: got %v, want %v", s, got, want)
			}
		}
	}
	if got := (*tokenCache)(nil).tokens(nil, "a b", 0, 3, 5, 0); len(got) != 2 {
		t.Errorf("nil cache: %v", got)
	}
}

// FuzzTokenCache holds the cache to tokenize on any text and windows
// read in turn.
func FuzzTokenCache(f *testing.F) {
	for _, s := range windowTexts {
		f.Add(s, 40, 3, 8, 2)
	}
	f.Fuzz(func(t *testing.T, s string, first, from, max, stops int) {
		if first < 0 || from < 0 || first > len(s) || from > len(s) || max < 0 || max > 100 || stops < 0 || stops > 5 {
			return
		}
		var c tokenCache
		c.tokens(nil, s, first, len(s), 3, 0)
		for _, to := range []int{len(s), (from + len(s)) / 2, from + 1} {
			to = min(to, len(s))
			if got, want := c.tokens(nil, s, from, to, max, stops), tokenize(nil, s, from, to, max, stops); !slices.Equal(got, want) {
				t.Fatalf("after %d: tokens(%q, %d, %d, %d, %d) = %v, want %v", first, s, from, to, max, stops, got, want)
			}
		}
	})
}
