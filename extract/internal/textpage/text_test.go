package textpage

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
)

// TestParse checks the blocks of a plain-text document: the first line is
// the page title, wrapped lines are joined, and the related links after
// the body are boilerplate.
func TestParse(t *testing.T) {
	text := "Rail strike called off\n\n" +
		"The union called off the strike on Monday after the company raised its offer to the\n" +
		"drivers, who had asked for more.\n\n" +
		"Talks will go on next week.\n\n" +
		"Read also\n\n" +
		"Bus fares rise\n"
	d := Parse(text)
	want := []blocks.Block{
		{Text: "Rail strike called off", Role: blocks.PageTitle},
		{Text: "The union called off the strike on Monday after the company raised its offer to the drivers, who had asked for more.", Role: blocks.Paragraph},
		{Text: "Talks will go on next week.", Role: blocks.Paragraph},
		{Text: "Read also", Role: blocks.Boilerplate},
		{Text: "Bus fares rise", Role: blocks.Boilerplate},
	}
	if len(d.Blocks) != len(want) {
		t.Fatalf("blocks = %+v, want %+v", d.Blocks, want)
	}
	for i := range want {
		if d.Blocks[i].Text != want[i].Text || d.Blocks[i].Role != want[i].Role {
			t.Errorf("block %d = %+v, want %+v", i, d.Blocks[i], want[i])
		}
	}
}

// TestParseMaxBlocks checks that no more than blocks.MaxBlocks blocks are read.
func TestParseMaxBlocks(t *testing.T) {
	d := Parse(strings.Repeat("Line.\n\n", blocks.MaxBlocks+5))
	if len(d.Blocks) != blocks.MaxBlocks {
		t.Errorf("%d blocks, want %d", len(d.Blocks), blocks.MaxBlocks)
	}
}

// TestContinues checks the joining of hard-wrapped lines.
func TestContinues(t *testing.T) {
	long := "The council met on Monday to discuss the new budget and"
	tests := []struct {
		prev, line string
		want       bool
	}{
		{long, "its deficit", true},
		{long + ".", "its deficit", false},
		{long, "It met again", false},
		{"Short line", "and more", false},
	}
	for _, tt := range tests {
		if got := continues(tt.prev, tt.line); got != tt.want {
			t.Errorf("continues(%q, %q) = %v, want %v", tt.prev, tt.line, got, tt.want)
		}
	}
}
