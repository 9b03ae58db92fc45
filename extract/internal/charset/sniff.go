package charset

import (
	"bytes"
)

// sniffLen is how much of the input is looked at to tell HTML from text and
// to find a charset declared in the page.
const sniffLen = 8 << 10

// IsHTML reports whether raw looks like HTML rather than plain text: after
// white space it starts with '<' and its first bytes hold a tag that HTML
// pages have.
func IsHTML(raw []byte) bool {
	head := raw[:min(len(raw), sniffLen)]
	if e := utf16Encoding(head); e != nil {
		// Markup in UTF-16 is told by its characters, not its bytes.
		if b, err := e.NewDecoder().Bytes(head); err == nil {
			head = b
		}
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	head = bytes.TrimLeft(head, " \t\r\n\f")
	head = head[:min(len(head), sniffTagLen)]
	if len(head) == 0 || head[0] != '<' {
		return false
	}
	var buf [sniffTagLen]byte
	lower := buf[:len(head)]
	for i, c := range head {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	for _, tag := range htmlMarkers {
		if bytes.Contains(lower, tag) {
			return true
		}
	}
	return false
}

// sniffTagLen is how far into a document sniff looks for a tag.
const sniffTagLen = 1024

var htmlMarkers = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"),
	[]byte("<meta"), []byte("<title"), []byte("<div"), []byte("<p>"), []byte("<p "),
	[]byte("<article"), []byte("<!--"),
}
