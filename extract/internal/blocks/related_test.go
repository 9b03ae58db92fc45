package blocks

import (
	"testing"
)

// TestMoreHeading checks the headings that end the article's text.
func TestMoreHeading(t *testing.T) {
	for _, s := range []string{"Related articles", "Você pode gostar...", "More Great WIRED Stories", "Самые популярные диеты", "Leave a Reply", "Читайте также"} {
		if !IsRelatedHeading(s) {
			t.Errorf("IsRelatedHeading(%q) = false", s)
		}
	}
	for _, s := range []string{"More than a game", "Popular uprising in the north", "Comments from the minister", "Packed meeting"} {
		if IsRelatedHeading(s) {
			t.Errorf("IsRelatedHeading(%q) = true", s)
		}
	}
}
