package htmlpage

import (
	"testing"
)

// TestUILines checks the furniture labels.
func TestUILines(t *testing.T) {
	for _, s := range []string{"Advertisement", "ADVERTISEMENT", "Share this article", "Image 2 of 5", "Фото:", "———", "Leia também"} {
		if !isUILine(s) {
			t.Errorf("isUILine(%q) = false", s)
		}
	}
	for _, s := range []string{"___", "42", "The advertisement ran for a week.", "Photo finish at the derby"} {
		if isUILine(s) {
			t.Errorf("isUILine(%q) = true", s)
		}
	}
}
