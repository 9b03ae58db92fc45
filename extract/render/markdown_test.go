package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsextract/newsextract/model"
)

// TestMarkdownBlocks checks each kind of block, and its near misses: text
// that looks like markup is escaped, not read as it.
func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		block model.Block
		want  string
	}{
		{"paragraph", "Plain text.", model.Block{Kind: model.KindParagraph}, "Plain text.\n"},
		{"paragraph like a heading", "#1 in the charts", model.Block{Kind: model.KindParagraph}, "\\#1 in the charts\n"},
		{"paragraph like a list", "2024. A year of change", model.Block{Kind: model.KindParagraph}, "2024\\. A year of change\n"},
		{"paragraph like a quote", "> not quoted", model.Block{Kind: model.KindParagraph}, "\\> not quoted\n"},
		{"emphasis and links", "a *b* [c] _d_ `e` <f>", model.Block{Kind: model.KindParagraph}, "a \\*b\\* \\[c\\] \\_d\\_ \\`e\\` \\<f>\n"},
		{"heading level 3", "Reaction", model.Block{Kind: model.KindHeading, Level: 3}, "### Reaction\n"},
		{"heading level out of range", "Deep", model.Block{Kind: model.KindHeading, Level: 9}, "###### Deep\n"},
		{"heading level zero", "Top", model.Block{Kind: model.KindHeading}, "# Top\n"},
		{"unordered item", "one", model.Block{Kind: model.KindListItem, Level: 1}, "- one\n"},
		{"nested item", "two", model.Block{Kind: model.KindListItem, Level: 2}, "   - two\n"},
		{"ordered item", "first", model.Block{Kind: model.KindListItem, Level: 1, Ordered: true}, "1. first\n"},
		{"quote over lines", "a\nb", model.Block{Kind: model.KindQuote}, "> a\n> b\n"},
		{"pre with backticks", "x := `y`\n```", model.Block{Kind: model.KindPre}, "````\nx := `y`\n```\n````\n"},
		{"pre keeps markup", "# not a heading", model.Block{Kind: model.KindPre}, "```\n# not a heading\n```\n"},
		{"table", "A | B\n1 | 2", model.Block{Kind: model.KindTable, Rows: [][]string{{"A", "B"}, {"1", "2"}}}, "| A | B |\n| --- | --- |\n| 1 | 2 |\n"},
		{"ragged table", "", model.Block{Kind: model.KindTable, Rows: [][]string{{"A"}, {"1", "a|b"}}}, "| A |  |\n| --- | --- |\n| 1 | a\\|b |\n"},
		{"table without rows", "A | B", model.Block{Kind: model.KindTable}, "A | B\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &model.Article{Body: []string{tt.text}, Blocks: []model.Block{tt.block}}
			if got := Markdown(a); got != tt.want {
				t.Errorf("Markdown = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMarkdownLists checks that the items of a list stay together, that
// numbering restarts with each list and that a deeper list ends with its
// parent's next item.
func TestMarkdownLists(t *testing.T) {
	item := func(lvl int, ordered bool) model.Block {
		return model.Block{Kind: model.KindListItem, Level: lvl, Ordered: ordered}
	}
	a := &model.Article{
		Body:   []string{"a", "b", "b1", "b2", "c", "Between.", "x", "y"},
		Blocks: []model.Block{item(1, true), item(1, true), item(2, true), item(2, true), item(1, true), {Kind: model.KindParagraph}, item(1, true), item(1, true)},
	}
	want := "1. a\n2. b\n   1. b1\n   2. b2\n3. c\n\nBetween.\n\n1. x\n2. y\n"
	if got := Markdown(a); got != want {
		t.Errorf("Markdown = %q, want %q", got, want)
	}
}

// TestMarkdownWithoutBlocks checks that a body without Blocks renders as
// paragraphs, and that a nil or empty article gives nothing.
func TestMarkdownWithoutBlocks(t *testing.T) {
	a := &model.Article{Title: "T", Body: []string{"one", "two"}}
	if got, want := Markdown(a), "# T\n\none\n\ntwo\n"; got != want {
		t.Errorf("Markdown = %q, want %q", got, want)
	}
	if got := Markdown(nil) + PlainText(nil) + Markdown(&model.Article{}) + PlainText(&model.Article{}); got != "" {
		t.Errorf("nil and empty articles give %q", got)
	}
}

// TestMarkdownCover checks the lead image, its caption and credit, and an
// address that needs angle brackets.
func TestMarkdownCover(t *testing.T) {
	a := &model.Article{Title: "T", Images: []model.Image{
		{URL: "https://a.example/x.jpg"},
		{URL: "https://a.example/a (1).jpg", Alt: "Quay", Caption: "The quay.", Credit: "Photo: L. V.", Cover: true},
	}}
	want := "# T\n\n![Quay](<https://a.example/a (1).jpg>)\n*The quay. Photo: L. V.*\n"
	if got := Markdown(a); got != want {
		t.Errorf("Markdown = %q, want %q", got, want)
	}
}

// TestPlainText checks that plain text keeps the blocks' text as it is.
func TestPlainText(t *testing.T) {
	a := &model.Article{
		Title:  "#1 title",
		Body:   []string{"*not emphasis*", "item", "A | B\n1 | 2"},
		Blocks: []model.Block{{Kind: model.KindParagraph}, {Kind: model.KindListItem, Level: 2}, {Kind: model.KindTable}},
	}
	want := "#1 title\n\n*not emphasis*\n\n  - item\n\nA | B\n1 | 2\n"
	if got := PlainText(a); got != want {
		t.Errorf("PlainText = %q, want %q", got, want)
	}
}

// FuzzMarkdown checks that any article renders without panicking, as
// valid UTF-8 when its text is, and with every heading on a line of its own.
func FuzzMarkdown(f *testing.F) {
	f.Add("Title", "text", uint8(1), 2, true)
	f.Add("", "a\nb | c", uint8(4), 0, false)
	f.Add("#", "```", uint8(5), 12, true)
	f.Fuzz(func(t *testing.T, title, text string, kind uint8, level int, ordered bool) {
		kinds := []string{model.KindParagraph, model.KindHeading, model.KindListItem, model.KindQuote, model.KindTable, model.KindPre, "other"}
		b := model.Block{Kind: kinds[int(kind)%len(kinds)], Level: level, Ordered: ordered}
		if b.Kind == model.KindTable {
			b.Rows = [][]string{strings.Split(text, "|")}
		}
		a := &model.Article{Title: title, Body: []string{text, text}, Blocks: []model.Block{b}}
		md, pt := Markdown(a), PlainText(a)
		if utf8.ValidString(title) && utf8.ValidString(text) && (!utf8.ValidString(md) || !utf8.ValidString(pt)) {
			t.Errorf("invalid UTF-8 from valid input")
		}
		if title != "" && !strings.HasPrefix(md, "# ") {
			t.Errorf("Markdown does not begin with the title: %q", md)
		}
	})
}

// TestMarkdownLinks checks that the body's links become Markdown links
// around their text, and that links with bad locations are left out.
func TestMarkdownLinks(t *testing.T) {
	body := "The ferry returns with a refitted vessel, the operator said."
	at := func(start, end int) model.Location {
		return model.Location{Field: model.FieldBody, Paragraph: 0, Start: start, End: end, Text: body[start:end]}
	}
	a := &model.Article{
		Body: []string{body},
		Links: []model.Link{
			{URL: "https://a.example/ferry", Text: "The ferry", At: at(0, 9)},
			{URL: "https://a.example/refit (2)", Text: "refitted vessel", At: at(25, 40)},
			{URL: "https://a.example/x", Text: "vessel", At: at(34, 40)},                           // overlaps the one before
			{URL: "https://a.example/y", At: model.Location{Field: model.FieldBody, Paragraph: 3}}, // no such entry
		},
	}
	want := "[The ferry](https://a.example/ferry) returns with a [refitted vessel](<https://a.example/refit (2)>), the operator said.\n"
	if got := Markdown(a); got != want {
		t.Errorf("Markdown = %q, want %q", got, want)
	}
}
