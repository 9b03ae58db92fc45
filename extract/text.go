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
			break
		}
		line = cleanSpace(line)
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

// cleanSpace trims s and folds each run of white space into one space.
// It returns s itself when there is nothing to change.
func cleanSpace(s string) string {
	clean := true
	prevSpace := true
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
