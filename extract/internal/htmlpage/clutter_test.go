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

// TestCommentPolicy checks that a note on comment moderation closing the
// text is no part of it, and that a sentence naming a moderator is.
func TestCommentPolicy(t *testing.T) {
	for _, tt := range []struct {
		note string
		want bool
	}{
		{"ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.", true},
		{"Comments are moderated and may take a while to appear.", true},
		{"The moderator of the debate asked both candidates about taxes.", false},
	} {
		if got := isPromo(tt.note); got != tt.want {
			t.Errorf("isPromo(%q) = %v, want %v", tt.note, got, tt.want)
		}
	}
}
