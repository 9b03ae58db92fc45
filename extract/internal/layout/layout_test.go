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

// TestBylineAbove checks that a byline set right over the headline is
// one, and that a line further up or not reading as a byline stays top
// matter.
func TestBylineAbove(t *testing.T) {
	texts := []string{"By the numbers", "Home", "By Jane Roe", "Rail strike called off",
		"The union called off the strike on Monday after talks with the company that lasted all weekend."}
	doc := &blocks.Document{}
	for i, tx := range texts {
		r := blocks.Boilerplate
		switch i {
		case 3:
			r = blocks.Headline
		case 4:
			r = blocks.Paragraph
		}
		doc.Blocks = append(doc.Blocks, blocks.Block{Text: tx, Role: r})
	}
	Apply(doc, Lines{IsDateline: func(string) bool { return false }, IsViewLine: func(string) bool { return false }})
	want := []blocks.Role{blocks.Boilerplate, blocks.Boilerplate, blocks.Byline, blocks.Headline}
	for i, w := range want {
		if doc.Blocks[i].Role != w {
			t.Errorf("block %d %q: role %d, want %d", i, doc.Blocks[i].Text, doc.Blocks[i].Role, w)
		}
	}
}
