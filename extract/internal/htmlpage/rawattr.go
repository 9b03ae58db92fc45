package htmlpage

// isReadAttr reports whether the package reads the attribute of HTML
// elements named name, in lower case; the scan before the parse cuts the
// others from the start tags (see startCut), which spares the parser a
// fifth of them. An attribute read anywhere in the package must be named
// here, lazySrcAttrs and zoomSrcAttrs with them: TestReadAttrsListed looks
// for those it does not name.
func isReadAttr(name string) bool {
	switch name {
	case "alt", "aria-hidden", "class", "content", "datetime", "height", "hidden", "href",
		"http-equiv", "id", "itemprop", "lang", "name", "property", "pubdate", "rel", "role",
		"src", "srcset", "style", "type", "width",
		"data-full-src", "data-hi-res-src", "data-lazy", "data-lazy-src", "data-original",
		"data-src", "data-srcset", "data-url":
		return true
	}
	return false
}

// maxReadAttr is longer than the longest name isReadAttr accepts.
const maxReadAttr = 24

// tagAttr is an attribute of a start tag as scanTag reads it.
type tagAttr struct {
	start, end int  // src[start:end]: the white space before it and the attribute
	key, val   span // its name and its value as written, without quotes
	spaced     bool // white space comes before it: cutting it joins nothing
}

// cutMode says which attributes of a tag the scan cuts.
type cutMode uint8

const (
	cutNone   cutMode = iota // none
	cutUnread                // those the package never reads
	cutLink                  // those the package never reads of an <a>
)

// startCut tells the attributes the scan cuts from a start tag: those the
// package never reads in HTML content, but none of the formatting
// elements other than <a>, which the parser compares when it limits how
// many alike are reopened (an <a> is never among them twice), none of
// <svg> and <math>, and none in their content.
func (s *scan) startCut(t *tag) cutMode {
	switch {
	case !s.attrCut || len(s.foreign) > 0 || isFormatting(t) || t.is("svg") || t.is("math"):
		return cutNone
	case t.is("a"):
		return cutLink
	}
	return cutUnread
}

// maxCutKeys bounds the attributes of a tag cut for their values.
const maxCutKeys = 8

// cutUnread cuts an attribute of a tag when the package never reads it.
// Where that turns on its value (a style, a data attribute of a link),
// an attribute of the same name after it, which the parser leaves out,
// is cut too, so that it does not take the place of the first; when it
// cannot be, the cuts of the tag are undone and cutUnread reports false:
// nothing more of the tag is to be cut.
func (s *scan) cutUnread(a tagAttr, link bool) bool {
	key := s.src[a.key.start:a.key.end]
	for _, k := range s.cutKeys {
		if equalFold(s.src[k.start:k.end], key) {
			if !s.cutAttr(a) {
				s.cut = s.cut[:s.mark]
				return false
			}
			return true
		}
	}
	read, byValue := s.readsAttr(a, link)
	if read || !s.cutAttr(a) || !byValue {
		return true
	}
	if len(s.cutKeys) == maxCutKeys {
		s.cut = s.cut[:s.mark]
		return false
	}
	s.cutKeys = append(s.cutKeys, a.key)
	return true
}

// cutAttr cuts an attribute with the white space before it, joined to the
// cut of the attribute before it, where the rest of the tag reads the same
// without it (see cleanCut). It reports whether it did.
func (s *scan) cutAttr(a tagAttr) bool {
	n := len(s.cut)
	joined := n > s.mark && s.cut[n-1].end == a.start
	start := a.start
	if joined {
		start = s.cut[n-1].start
	}
	switch {
	case !a.spaced || !s.cleanCut(start, a.end):
		return false
	case joined:
		s.cut[n-1].end = a.end
	default:
		s.cut = append(s.cut, span{a.start, a.end})
	}
	return true
}

// cleanCut reports whether cutting src[start:end], attributes with the
// white space before them, leaves the rest of the tag read as before:
// white space or the tag's end follows, not a '=' that would give what
// comes before a value, and no '/' comes before a '>' it would make the
// end of a self-closing tag.
func (s *scan) cleanCut(start, end int) bool {
	src := s.src
	switch {
	case end >= len(src):
		return false
	case src[end] == '>':
		return src[start-1] != '/'
	case !isSpace(src[end]):
		return false
	}
	next := skipSpace(src, end)
	return next < len(src) && src[next] != '='
}

// readsAttr reports whether the package may read the attribute: it is
// named by isReadAttr, or it is an inline style that may hide its element
// (hidesStyle), or a short data attribute of a link. A value with a
// character reference or a letter beyond ASCII, which may fold into one,
// is taken to say anything. byValue reports whether that turned on the
// value.
func (s *scan) readsAttr(a tagAttr, link bool) (read, byValue bool) {
	key, val := s.src[a.key.start:a.key.end], s.src[a.val.start:a.val.end]
	if len(key) >= maxReadAttr {
		return link && hasPrefixFold(key, "data-"), true
	}
	var buf [maxReadAttr]byte
	for i, c := range key {
		buf[i] = lower(c)
	}
	name := buf[:len(key)]
	switch {
	case string(name) == "style":
		return indexFold(val, "none") >= 0 || indexFold(val, "hidden") >= 0 || !plainASCII(val), true
	case isReadAttr(string(name)):
		return true, false
	case link && hasPrefixFold(name, "data-"):
		// Line breaks shrink a value at most by half: past three times
		// maxTagLinkWord, one without references is too long.
		return len(val) <= 3*maxTagLinkWord || !plainASCII(val), true
	}
	return false, false
}

// isFormatting reports whether a tag opens a formatting element other than
// <a>.
func isFormatting(t *tag) bool {
	switch string(t.key()) {
	case "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u":
		return true
	}
	return false
}

// hasPrefixFold reports whether b starts with prefix, which is in lower
// case, in any case of its ASCII letters.
func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && equalFold(b[:len(prefix)], prefix)
}

// indexFold returns the index of the first sub, which is in lower case,
// in b in any case of its ASCII letters, or -1.
func indexFold(b []byte, sub string) int {
	for i := 0; i+len(sub) <= len(b); i++ {
		if lower(b[i]) == sub[0] && equalFold(b[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// plainASCII reports whether b is ASCII without character references.
func plainASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 || c == '&' {
			return false
		}
	}
	return true
}
