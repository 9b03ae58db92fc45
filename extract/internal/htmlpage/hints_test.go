package htmlpage

import (
	"strings"
	"testing"
)

// TestTokenHints checks the reading of class and id names.
func TestTokenHints(t *testing.T) {
	tests := []struct {
		v    string
		want hint
	}{
		{"share-buttons", hintBoiler},
		{"content-sidebar", hintArticle},
		{"related-content", hintBoiler | hintArticle},
		{"InlineImage-imageEmbedCaption", hintCaption},
		{"news-page__views", hintViews},
		{"field--type-text-with-summary", hintArticle | hintLead},
		{"einleitung", hintLead},
		{"article-preface", hintArticle | hintLead},
		{"sr-only", hintBoiler},
		{"rollover-people-block", hintPopup},
		{"headline", 0},
		{strings.Repeat("x", 100), 0},
	}
	for _, tt := range tests {
		if got := tokenHints(tt.v); got != tt.want {
			t.Errorf("tokenHints(%q) = %b, want %b", tt.v, got, tt.want)
		}
	}
}
