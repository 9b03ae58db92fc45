package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// parseText splits a plain-text document into blocks: one for each line,
// with the lines of a hard-wrapped paragraph joined. Roles other than
// paragraph are assigned later, by the layout pass. Lines after the first
// MaxBlocks blocks are not read.
func parseText(s string) *document {
	d := &document{}
	var para []string
	flush := func() {
		if len(para) > 0 {
			d.blocks = append(d.blocks, block{text: strings.Join(para, " ")})
			para = para[:0]
		}
	}
	for line := range strings.Lines(s) {
		if len(d.blocks) >= MaxBlocks {
			para = para[:0]
			break
		}
		line = cleanSpace(strings.TrimRight(line, "\r\n"))
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
	if len(d.blocks) > 0 {
		d.blocks[0].role = rolePageTitle
	}
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
