package layout

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
)

// TestApply checks the roles given to the top matter of a plain-text
// document: headline, date line, view line, byline, caption and lead.
func TestApply(t *testing.T) {
	texts := []string{
		"Rail strike called off - The Daily",
		"Rail strike called off",
		"2 February 2018, 15:01",
		"233 views",
		"By Jane Roe",
		"Photo: AP",
		"The union called off the strike on Monday after talks.",
		"The company raised its offer to the drivers, who had asked for more. Talks will go on next week, both sides said.",
	}
	doc := &blocks.Document{}
	for i, tx := range texts {
		r := blocks.Paragraph
		if i == 0 {
			r = blocks.PageTitle
		}
		doc.Blocks = append(doc.Blocks, blocks.Block{Text: tx, Role: r})
	}
	lines := Lines{
		IsDateline: func(s string) bool { return strings.HasPrefix(s, "2 February") },
		IsViewLine: func(s string) bool { return strings.HasSuffix(s, " views") },
	}
	top := Apply(doc, lines)
	want := []blocks.Role{blocks.PageTitle, blocks.Headline, blocks.Dateline, blocks.Counter, blocks.Byline, blocks.Caption, blocks.Lead, blocks.Paragraph}
	for i, b := range doc.Blocks {
		if b.Role != want[i] {
			t.Errorf("block %d %q: role %d, want %d", i, b.Text, b.Role, want[i])
		}
	}
	if top.HeadlineIsPageTitle {
		t.Error("the headline is the block after the page title")
	}
}
