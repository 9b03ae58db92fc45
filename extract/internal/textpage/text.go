package textpage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// Parse splits a plain-text document into blocks: one for each line, with
// the lines of a hard-wrapped paragraph joined. The first block is the page
// title, and a related-links section at the end is boilerplate; the other
// roles are the layout pass's to give. Lines after the first
// blocks.MaxBlocks blocks are not read, and the document says so.
func Parse(s string) *blocks.Document {
	d := &blocks.Document{}
	var para []string
	flush := func() {
		if len(para) > 0 {
			d.Blocks = append(d.Blocks, blocks.Block{Text: strings.Join(para, " ")})
			para = para[:0]
		}
	}
	off := 0 // where line starts in s
	for line := range strings.Lines(s) {
		if len(d.Blocks) >= blocks.MaxBlocks {
			d.Truncated = len(para) > 0 || strings.TrimSpace(s[off:]) != ""
			para = para[:0]
			break
		}
		off += len(line)
		line = textutil.CleanSpace(strings.TrimRight(line, "\r\n"))
		if line == "" {
			flush()
			continue
		}
		if len(para) > 0 && !continues(para[len(para)-1], line) {
			flush()
		}
		para = append(para, line)
	}
	flush()
	if len(d.Blocks) > 0 {
		d.Blocks[0].Role = blocks.PageTitle
	}
	markRelatedTail(d.Blocks)
	return d
}

// continues reports whether line carries on the paragraph whose last line is
// prev, as in text wrapped at a fixed width: prev stops mid-sentence and line
// starts in lower case.
func continues(prev, line string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:;»”\"", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	return unicode.IsLower(first) && utf8.RuneCountInString(prev) > 40
}

// markRelatedTail marks the related-links section that ends many pages,
// from its heading to the end, as boilerplate, once some body precedes it.
func markRelatedTail(bs []blocks.Block) {
	seen := 0
	for i := range bs {
		if !bs[i].IsBody() {
			continue
		}
		if seen > 0 && blocks.IsRelatedHeading(bs[i].Text) {
			for j := i; j < len(bs); j++ {
				bs[j].Role = blocks.Boilerplate
			}
			return
		}
		seen++
	}
}
