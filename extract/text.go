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

// cleanSpace is cleanBytes for a string. It returns s itself when there is
// nothing to change.
func cleanSpace(s string) string {
	if isCleanString(s) {
		return nfc(s)
	}
	return cleanBytes([]byte(s))
}

// isCleanString reports whether s is trimmed, valid UTF-8 and has no white
// space but single spaces.
func isCleanString(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case c < utf8.RuneSelf:
			if isSpaceRune(rune(c)) || isControl(rune(c)) {
				return false
			}
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || unicode.IsSpace(r) || isControl(r) {
				return false
			}
			i += size - 1
		}
		prevSpace = false
	}
	return true
}
