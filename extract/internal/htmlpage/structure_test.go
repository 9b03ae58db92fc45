package htmlpage

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/pagetest"
)

// bodyOf parses an article page around the given markup, set after a
// paragraph of prose so that the container is found, and returns its body
// blocks after that paragraph.
func bodyOf(t *testing.T, markup string) []blocks.Block {
	t.Helper()
	page := pagetest.News("Budget", `<article class="story"><h1>Budget passed</h1><p>`+pagetest.Prose("budget", 3)+`</p>`+markup+`<p>`+pagetest.Prose("plan", 2)+`</p></article>`)
	var out []blocks.Block
	seen := 0
	for _, b := range Parse([]byte(page)).Blocks {
		if !b.IsBody() {
			continue
		}
		if seen++; seen == 1 {
			continue // the paragraph of prose before the markup
		}
		out = append(out, b)
	}
	if len(out) > 0 {
		out = out[:len(out)-1] // the paragraph after it
	}
	return out
}

// TestStructureKinds checks each kind of block the markup gives, with its
// near misses.
func TestStructureKinds(t *testing.T) {
	type want struct {
		text    string
		role    blocks.Role
		level   uint8
		ordered bool
	}
	tests := []struct {
		name   string
		markup string
		want   []want
	}{
		{"heading levels", `<h2>What changes</h2><h4>Details</h4>`, []want{{"What changes", blocks.Heading, 2, false}, {"Details", blocks.Heading, 4, false}}},
		{"heading around a division", `<h3 class="h"><div>Looking ahead</div></h3>`, []want{{"Looking ahead", blocks.Heading, 3, false}}},
		{"heading with two parts", `<h3><div>Looking</div><div>ahead</div></h3>`, []want{{"Looking", blocks.Paragraph, 0, false}, {"ahead", blocks.Paragraph, 0, false}}},
		{"bold paragraph before text", `<p><b>What changes</b></p>`, []want{{"What changes", blocks.Heading, 2, false}}},
		{"bold in part", `<p><b>What</b> changes</p>`, []want{{"What changes", blocks.Paragraph, 0, false}}},
		{"bold sentence", `<p><strong>The council approved it.</strong></p>`, []want{{"The council approved it.", blocks.Paragraph, 0, false}}},
		{"bold label", `<p><strong>The background:</strong></p>`, []want{{"The background:", blocks.Paragraph, 0, false}}},
		{"bold before a list", `<p><strong>Key points</strong></p><ul><li>Fares fall in the spring</li></ul>`, []want{{"Key points", blocks.Paragraph, 0, false}, {"Fares fall in the spring", blocks.ListItem, 1, false}}},
		{"unordered list", `<ul><li>Bus fares fall</li><li>Parks get lights</li></ul>`, []want{{"Bus fares fall", blocks.ListItem, 1, false}, {"Parks get lights", blocks.ListItem, 1, false}}},
		{"ordered list", `<ol><li>First reading</li><li>Second reading</li></ol>`, []want{{"First reading", blocks.ListItem, 1, true}, {"Second reading", blocks.ListItem, 1, true}}},
		{"nested list", `<ol><li>Spending<ul><li>Roads and bridges</li></ul></li></ol>`, []want{{"Spending", blocks.ListItem, 1, true}, {"Roads and bridges", blocks.ListItem, 2, false}}},
		{"quotation", `<blockquote><p>It is a fair budget for the whole town.</p></blockquote>`, []want{{"It is a fair budget for the whole town.", blocks.Blockquote, 0, false}}},
		{"preformatted", "<pre>total  = 1.3bn\n\n  rate = 2%\n</pre>", []want{{"total  = 1.3bn\n\n  rate = 2%", blocks.Pre, 0, false}}},
		{"code is no pre", `<p><code>total = 1.3bn</code></p>`, []want{{"total = 1.3bn", blocks.Paragraph, 0, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := bodyOf(t, tt.markup)
			var g []want
			for _, b := range got {
				g = append(g, want{b.Text, b.Role, b.Level, b.Ordered})
			}
			if !reflect.DeepEqual(g, tt.want) {
				t.Errorf("blocks = %+v, want %+v", g, tt.want)
			}
		})
	}
}

// TestTables checks that a table of data becomes one block with its rows
// and cells, and that a table that lays out the page does not.
func TestTables(t *testing.T) {
	got := bodyOf(t, `<table><thead><tr><th>Year</th><th>GDP</th></tr></thead><tbody><tr><td>2023</td><td>1.2%</td></tr><tr><td>2024</td><td><p>1.4%</p><p>(est.)</p></td></tr></tbody></table>`)
	if len(got) != 1 || got[0].Role != blocks.Table {
		t.Fatalf("data table = %+v, want one Table block", got)
	}
	wantRows := [][]string{{"Year", "GDP"}, {"2023", "1.2%"}, {"2024", "1.4% (est.)"}}
	if !reflect.DeepEqual(got[0].Rows, wantRows) {
		t.Errorf("rows = %q, want %q", got[0].Rows, wantRows)
	}
	if want := "Year | GDP\n2023 | 1.2%\n2024 | 1.4% (est.)"; got[0].Text != want {
		t.Errorf("text = %q, want %q", got[0].Text, want)
	}

	// A layout table: a cell of long text stays paragraphs.
	layout := bodyOf(t, `<table><tr><td><p>`+pagetest.Prose("harbour", 5)+`</p></td><td>Side</td></tr></table>`)
	for _, b := range layout {
		if b.Role == blocks.Table {
			t.Errorf("layout table joined: %q", b.Text)
		}
	}
	// A table inside a table is no table of data.
	nested := bodyOf(t, `<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></table>`)
	for _, b := range nested {
		if b.Role == blocks.Table && strings.Contains(b.Text, "c") {
			t.Errorf("outer table joined: %q", b.Text)
		}
	}
	// One cell is no table.
	one := bodyOf(t, `<table><tr><td>Only cell</td></tr></table>`)
	if len(one) != 1 || one[0].Role != blocks.Paragraph {
		t.Errorf("one cell = %+v, want a paragraph", one)
	}
}

// TestCleanPre checks that preformatted text keeps its lines and
// indentation, without control characters or blank ends.
func TestCleanPre(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\n\n  a\n\tb  \n\n", "  a\n\tb"},
		{"x\x01y\r\nz", "xy\nz"},
		{"a\n\n\nb", "a\n\n\nb"},
		{" \n \n", ""},
	}
	for _, tt := range tests {
		if got := cleanPre([]byte(tt.in)); got != tt.want {
			t.Errorf("cleanPre(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLinks checks that links are collected only when asked for, with
// their anchor text, and that page-internal and script links are not.
func TestLinks(t *testing.T) {
	page := pagetest.News("Budget", `<article><h1>Budget passed</h1><p>The council <a href="/budget">approved the budget</a> on Monday, as <a href="https://example.org/r">the report</a> advised, <a href="#notes">see notes</a> and <a href="javascript:void(0)">share</a>, with members agreeing the plan.</p><p>`+pagetest.Prose("plan", 2)+`</p></article>`)
	for _, b := range Parse([]byte(page)).Blocks {
		if len(b.Links) > 0 {
			t.Errorf("links collected without being asked for: %+v", b.Links)
		}
	}
	var got []blocks.Link
	for _, b := range ParseWith([]byte(page), Options{Links: true}).Blocks {
		if b.IsBody() {
			got = append(got, b.Links...)
		}
	}
	want := []blocks.Link{{Text: "approved the budget", Href: "/budget"}, {Text: "the report", Href: "https://example.org/r"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("links = %+v, want %+v", got, want)
	}
}

// TestBoldLead checks that a first paragraph set in bold above the text is
// the standfirst, and its near-misses.
func TestBoldLead(t *testing.T) {
	intro := "The council passed the budget on Tuesday after a long night of debate."
	text := `<p>` + pagetest.Prose("budget", 3) + `</p><p>` + pagetest.Prose("plan", 2) + `</p>`
	tests := []struct {
		name, markup string
		want         blocks.Role
	}{
		{"bold intro", `<p><strong>` + intro + `</strong></p>` + text, blocks.Lead},
		{"bold in part", `<p><strong>The council</strong> passed the budget on Tuesday after a long night of debate.</p>` + text, blocks.Paragraph},
		{"all in bold", `<p><b>` + intro + `</b></p><p><b>` + pagetest.Prose("budget", 3) + `</b></p>`, blocks.Paragraph},
		{"bold heading", `<p><b>What changes</b></p>` + text, blocks.Heading},
		{"marked lead first", `<p class="standfirst">A lead the page marks as one, above the text.</p><p><strong>` + intro + `</strong></p>` + text, blocks.Lead},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := pagetest.News("Budget", `<article class="story"><h1>Budget passed</h1>`+tt.markup+`</article>`)
			for _, b := range Parse([]byte(page)).Blocks {
				if b.Role == blocks.Lead || b.IsBody() {
					if b.Role != tt.want {
						t.Errorf("first block %q is %v, want %v", b.Text, b.Role, tt.want)
					}
					return
				}
			}
			t.Error("no body")
		})
	}
}
