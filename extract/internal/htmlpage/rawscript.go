package htmlpage

import "bytes"

// scriptEnd returns the index of the end tag that closes the text of a
// script starting at src[i], or -1 when the page ends first. It follows
// the states in which the tokenizer reads a script (readScript in
// x/net/html): an end tag inside text hidden by "<!--" after a "<script"
// does not close it.
func scriptEnd(src []byte, i int) int {
	p, n := i, len(src)
	var c byte
	var ok, double bool // double: inside a "<script" in escaped text
	var dashes int      // the dashes just read in escaped text

data:
	if j := bytes.IndexByte(src[p:], '<'); j >= 0 {
		p += j + 1
	} else {
		return -1
	}
	if p >= n {
		return -1
	}
	switch c, p = src[p], p+1; c {
	case '/':
		if ok, p = scriptEndTagAt(src, p-2); ok {
			return p
		}
		if p < 0 {
			return -1
		}
		goto data
	case '!':
		goto escapeStart
	}
	p--
	goto data

escapeStart:
	for k := 0; k < 2; k++ { // "--" after "<!"
		if p >= n {
			return -1
		}
		if src[p] != '-' {
			goto data
		}
		p++
	}
	dashes = 2
	goto escapedDashes

escaped: // and double escaped, after a "<script" in escaped text
	for p < n && src[p] != '-' && src[p] != '<' {
		p++
	}
	if p >= n {
		return -1
	}
	if c, p = src[p], p+1; c == '<' {
		goto escapedLessThan
	}
	dashes = 1

escapedDashes: // after one dash or more
	if p >= n {
		return -1
	}
	switch c, p = src[p], p+1; {
	case c == '-':
		dashes++
		goto escapedDashes
	case c == '<':
		goto escapedLessThan
	case c == '>' && dashes >= 2:
		double = false
		goto data
	}
	goto escaped

escapedLessThan:
	if p >= n {
		return -1
	}
	c = src[p]
	switch {
	case c == '/':
		ok, p = scriptEndTagAt(src, p-1)
		switch {
		case ok && double: // the end of the hidden script
			p += len("</script>")
			double = false
		case ok:
			return p
		case p < 0:
			return -1
		}
		goto escaped
	case double:
		goto escaped
	case isLetter(c):
		// a "<script" followed by white space, '/' or '>' hides what
		// follows further
		for k := 0; k < len("script"); k, p = k+1, p+1 {
			if p >= n {
				return -1
			}
			if lower(src[p]) != "script"[k] {
				goto escaped
			}
		}
		if p >= n {
			return -1
		}
		if c = src[p]; isSpace(c) || c == '/' || c == '>' {
			p++
			double = true
		}
		goto escaped
	}
	goto data
}

// scriptEndTagAt reads the "</script" that may start at src[lt], as the
// tokenizer's readRawEndTag does: "script" in any case, then white space,
// '/' or '>'. It returns true and lt when it is there; else false and the
// index where reading goes on (the first byte that differs), or -1 when
// the page ends first.
func scriptEndTagAt(src []byte, lt int) (bool, int) {
	p := lt + 2
	for k := 0; k < len("script"); k, p = k+1, p+1 {
		if p >= len(src) {
			return false, -1
		}
		if lower(src[p]) != "script"[k] {
			return false, p
		}
	}
	if p >= len(src) {
		return false, -1
	}
	if c := src[p]; isSpace(c) || c == '/' || c == '>' {
		return true, lt
	}
	return false, p
}
