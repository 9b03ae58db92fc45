package htmlpage

import "bytes"

// attrScope tells on which elements the package reads an attribute.
type attrScope uint8

const (
	scopeNone  attrScope = iota // none: the scan cuts it
	scopeAll                    // any element
	scopeImage                  // <img> and <source>: the picture's address and size
	scopeMeta                   // <meta>
	scopeRoot                   // <html>
	scopeType                   // <script>, for JSON-LD, and <input>, which the parser places by it
	scopeAbbr                   // <abbr>, whose title may write a date
)

// scopeOf returns where the package reads the attribute of HTML elements
// named name, in lower case; the scan before the parse cuts it from the
// start tags of other elements (see startCut), which spares the parser a
// fifth of the attributes of a page. An attribute read anywhere in the
// package must be named here, lazySrcAttrs and zoomSrcAttrs with them:
// TestReadAttrsListed looks for those it does not name.
func scopeOf[S []byte | string](name S) attrScope {
	switch string(name) {
	case "aria-hidden", "class", "content", "datetime", "hidden", "href", "id", "itemprop",
		"pubdate", "rel", "role", "style":
		return scopeAll
	case "alt", "height", "src", "srcset", "width",
		"data-full-src", "data-hi-res-src", "data-lazy", "data-lazy-src", "data-original",
		"data-src", "data-srcset", "data-url":
		return scopeImage
	case "http-equiv", "name", "property":
		return scopeMeta
	case "lang":
		return scopeRoot
	case "type":
		return scopeType
	case "title":
		return scopeAbbr
	}
	return scopeNone
}

// maxReadAttr is longer than the longest name scopeOf names.
const maxReadAttr = 24

// tagAttr is an attribute of a start tag as scanTag reads it.
type tagAttr struct {
	start, end int  // src[start:end]: the white space before it and the attribute
	key, val   span // its name and its value as written, without quotes
	spaced     bool // white space comes before it: cutting it joins nothing
}

// element is what the scan knows of the element whose start tag it reads,
// as far as the attributes the package reads turn on it.
type element uint8

const (
	elemNone   element = iota // one whose attributes are all kept
	elemOther                 // any other
	elemLink                  // <a>, whose short data attributes may name a tag
	elemImage                 // <img> (or <image>) and <source>
	elemMeta                  // <meta>
	elemScript                // <script>
	elemInput                 // <input>
	elemRoot                  // <html>
	elemAbbr                  // <abbr>
)

// startCut tells which attributes the scan cuts from a start tag: those
// the package never reads in HTML content, but none of the formatting
// elements other than <a>, which the parser compares when it limits how
// many alike are reopened (an <a> is never among them twice), and none
// inside SVG and MathML.
func (s *scan) startCut(t *tag) element {
	if !s.attrCut || len(s.foreign) > 0 {
		return elemNone
	}
	switch string(t.key()) {
	case "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u":
		return elemNone
	case "a":
		return elemLink
	case "img", "image", "source":
		return elemImage
	case "meta":
		return elemMeta
	case "script":
		return elemScript
	case "input":
		return elemInput
	case "html":
		return elemRoot
	case "abbr":
		return elemAbbr
	}
	return elemOther
}

// maxCutKeys bounds the attributes of a tag cut for their values.
const maxCutKeys = 8

// cutUnread cuts an attribute of a tag when the package never reads it.
// Where that turns on its value (a style, the type of a script, a data
// attribute of a link), an attribute of the same name after it, which the
// parser leaves out, is cut too, so that it does not take the place of
// the first; when it cannot be, the cuts of the tag are undone and
// cutUnread reports false: nothing more of the tag is to be cut.
func (s *scan) cutUnread(a tagAttr, el element) bool {
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
	read, byValue := s.readsAttr(a, el)
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

// readsAttr reports whether the package may read the attribute on the
// element: scopeOf names it for the element, or it is an inline style
// that may hide the element (hidesStyle), the type of a script that may
// be JSON-LD, or a data attribute of a link that may name a tag
// (dataNamesTag). A value with a character reference, a letter beyond
// ASCII, which may fold into one, or a byte the parser replaces, is taken
// to say anything. byValue reports whether that turned on the value.
func (s *scan) readsAttr(a tagAttr, el element) (read, byValue bool) {
	key, val := s.src[a.key.start:a.key.end], s.src[a.val.start:a.val.end]
	if el == elemLink && hasPrefixFold(key, "data-") {
		return !plainASCII(val) || mayNameTag(val), true // any of them, data-src too
	}
	if len(key) >= maxReadAttr {
		return false, false
	}
	var buf [maxReadAttr]byte
	for i, c := range key {
		buf[i] = lower(c)
	}
	name := buf[:len(key)]
	switch scopeOf(name) {
	case scopeAll:
		if string(name) == "style" {
			return indexFold(val, "none") >= 0 || indexFold(val, "hidden") >= 0 || !plainASCII(val), true
		}
		return true, false
	case scopeImage:
		return el == elemImage, false
	case scopeMeta:
		return el == elemMeta, false
	case scopeRoot:
		return el == elemRoot, false
	case scopeAbbr:
		return el == elemAbbr, false
	case scopeType:
		if el == elemScript {
			return mayBeJSONLD(val) || !plainASCII(val), true
		}
		return el == elemInput, false
	}
	return false, false
}

// mayNameTag reports whether val, the data attribute of a link, is a word
// of tagLinkWords as dataNamesTag reads it.
func mayNameTag(val []byte) bool {
	if len(val) > maxTagLinkWord {
		return false
	}
	var buf [maxTagLinkWord]byte
	w := buf[:0]
	for _, c := range bytes.TrimSpace(val) {
		w = append(w, lower(c))
	}
	return tagLinkSet()[string(w)]
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

// plainASCII reports whether b is ASCII that the parser reads as written:
// no character reference, no NUL, no carriage return.
func plainASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 || c == '&' || c == 0 || c == '\r' {
			return false
		}
	}
	return true
}
