package htmlpage

import (
	"sync"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// readAttrs are the attributes of HTML elements that the package reads,
// with lazySrcAttrs and zoomSrcAttrs; the scan before the parse cuts the
// others from the start tags (see cutAttrs), which spares the parser a
// fifth of them. An attribute read anywhere in the package must be named
// here: TestReadAttrsListed looks for those it does not name.
var readAttrs = []string{
	"alt", "aria-hidden", "class", "content", "data-srcset", "datetime", "height", "hidden",
	"href", "http-equiv", "id", "itemprop", "lang", "name", "property", "pubdate", "rel", "role",
	"src", "srcset", "style", "type", "width",
}

// readAttrSet is readAttrs, lazySrcAttrs and zoomSrcAttrs as a set, made
// on first use.
var readAttrSet = sync.OnceValue(func() map[string]bool {
	return textutil.SetOf(append(append(append([]string(nil), readAttrs...), lazySrcAttrs...), zoomSrcAttrs...))
})

// maxReadAttr is longer than the longest name in readAttrSet.
const maxReadAttr = 24

// tagAttr is an attribute of a start tag as scanTag reads it.
type tagAttr struct {
	start, end int  // src[start:end]: the white space before it and the attribute
	key, val   span // its name and its value as written, without quotes
	spaced     bool // white space comes before it: cutting it joins nothing
}

// cutAttrs cuts the attributes of a start tag in HTML content that the
// package never reads. It leaves those of the formatting elements but <a>,
// which the parser compares when it limits how many alike are reopened;
// an <a> is never among them twice. On an <a> it keeps the data attributes
// short enough to name a tag (dataNamesTag), and any that share a name,
// of which the parser keeps the first.
func (s *scan) cutAttrs(t tag, attrs []tagAttr) {
	if len(attrs) == 0 || isFormatting(t) {
		return
	}
	link := t.is("a")
	for k, a := range attrs {
		if !a.spaced || s.readsAttr(a, link) || link && sharesName(s.src, attrs, k) {
			continue
		}
		n := len(s.cut)
		joined := n > 0 && s.cut[n-1].end == a.start
		start := a.start
		if joined {
			start = s.cut[n-1].start
		}
		if !s.cleanCut(start, a.end) {
			continue
		}
		if joined {
			s.cut[n-1].end = a.end
		} else {
			s.cut = append(s.cut, span{a.start, a.end})
		}
	}
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
// named by readAttrSet, or it is an inline style that may hide its
// element (hidesStyle), or a short data attribute of a link. A value with
// a character reference or a letter beyond ASCII, which may fold into one,
// is taken to say anything.
func (s *scan) readsAttr(a tagAttr, link bool) bool {
	key, val := s.src[a.key.start:a.key.end], s.src[a.val.start:a.val.end]
	if len(key) >= maxReadAttr {
		return link && hasPrefixFold(key, "data-")
	}
	var buf [maxReadAttr]byte
	for i, c := range key {
		buf[i] = lower(c)
	}
	name := buf[:len(key)]
	switch {
	case string(name) == "style":
		return indexFold(val, "none") >= 0 || indexFold(val, "hidden") >= 0 || !plainASCII(val)
	case readAttrSet()[string(name)]:
		return true
	case link && hasPrefixFold(name, "data-"):
		// Line breaks shrink a value at most by half: past three times
		// maxTagLinkWord, one without references is too long.
		return len(val) <= 3*maxTagLinkWord || !plainASCII(val)
	}
	return false
}

// maxSharedNames bounds the attributes of a tag compared for a shared
// name: past it, all are taken to share one.
const maxSharedNames = 64

// sharesName reports whether attrs[k] has the name of another of attrs.
func sharesName(src []byte, attrs []tagAttr, k int) bool {
	if len(attrs) > maxSharedNames {
		return true
	}
	key := src[attrs[k].key.start:attrs[k].key.end]
	for j, a := range attrs {
		if j != k && equalFold(src[a.key.start:a.key.end], key) {
			return true
		}
	}
	return false
}

// isFormatting reports whether a tag opens a formatting element other than
// <a>.
func isFormatting(t tag) bool {
	return len(t.name) <= len("strike") && t.nameIn(formattingNames[:]) != ""
}

var formattingNames = [...]string{"b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"}

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
