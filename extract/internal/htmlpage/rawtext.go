package htmlpage

import (
	"bytes"
	"io"
)

// span is the range src[start:end] of a page.
type span struct{ start, end int }

// unread returns the ranges of src that the package never reads, in
// order: the text of its scripts and style sheets, which is half the bytes
// of a typical news page, the content of its <svg> elements, the
// attributes it never reads on their element (see startCut), and runs of
// white space between tags but for one byte (see cutSpace). The parser is
// spared tokenizing and copying them (see cutReader). A script whose start
// tag may make it JSON-LD keeps its text.
//
// The scan follows the tokenizer of x/net/html, so that "<script" is taken
// for a tag only where the parser takes it for one: comments, bogus
// comments and doctypes, tags with their quoted attribute values, and the
// elements whose text the tokenizer reads raw (title, textarea, xmp,
// iframe, noembed, noframes, noscript, and scripts with their text hidden
// in "<!--", see scriptEnd) are passed over as it passes over them. Inside
// SVG and MathML, where the parser reads <script> and <style> as markup,
// it follows the open elements and cuts no attribute, and the content of
// an <svg> is cut whole. Inside a <select>, where the parser leaves out
// most tags, no text is cut. Where the rules turn byzantine the scan
// stops, and the rest of the page is read whole: an element left open at
// the end, <plaintext>, foreign content left by other means than its end
// tags or holding markup where HTML may resume (<foreignObject>, <desc>,
// <title>, <mtext>…).
func unread(src []byte) []span { return scanUnread(src, true) }

// scanUnread is unread, with the attributes and the white space between
// tags left whole unless all.
func scanUnread(src []byte, all bool) []span {
	s := scan{src: src, attrCut: all, spaceCut: all}
	for i := 0; i >= 0; {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 || i+j+1 >= len(src) {
			break
		}
		if j > 1 && i > 0 && src[i-1] == '>' {
			s.cutSpace(i, i+j)
		}
		i = s.markup(i + j)
	}
	return s.cut
}

// cutSpace cuts all but the first byte of src[i:j], text between a tag (or
// a comment) and the next, when it is white space alone: the parser reads
// a run of white space as it reads one space, and so does the package, but
// where white space is kept as written: after the first <pre> or <listing>
// of the page (the parser may keep one open unseen), in foreign content,
// and in a <select>.
func (s *scan) cutSpace(i, j int) {
	if !s.spaceCut || len(s.foreign) > 0 || s.selects > 0 {
		return
	}
	for _, c := range s.src[i:j] {
		if !isSpace(c) {
			return
		}
	}
	s.cut = append(s.cut, span{i + 1, j})
}

// scan is the state of scanUnread.
type scan struct {
	src      []byte
	cut      []span
	foreign  [][]byte // names of the open SVG and MathML elements, outermost first
	svg      int      // where the content of the outermost <svg> starts
	selects  int      // open <select> elements
	attrCut  bool     // cut the attributes the package never reads
	spaceCut bool     // cut runs of white space between tags; false after a <pre>
	mark     int      // len(cut) before the attributes of the tag being read
	cutKeys  []span   // names of its attributes cut for their values
}

// markup reads what starts with '<' at src[i] and returns the index after
// it, or -1 to stop.
func (s *scan) markup(i int) int {
	src := s.src
	switch c := src[i+1]; {
	case isLetter(c):
		return s.startTag(i)
	case c == '/':
		return s.endTag(i)
	case c == '!':
		return scanDeclaration(src, i, len(s.foreign) > 0)
	case c == '?':
		return closeAngle(src, i+2)
	}
	return i + 1
}

// startTag reads a start tag at src[i] and, after the tag of an element
// of raw text, the text up to its end tag.
func (s *scan) startTag(i int) int {
	t := s.scanTag(i+1, true)
	if t.end < 0 {
		return -1
	}
	if len(s.foreign) > 0 {
		return s.foreignStart(&t)
	}
	switch {
	case t.is("select"):
		s.selects++
	case t.is("pre") || t.is("listing"):
		s.spaceCut = false
	}
	if (t.is("svg") || t.is("math")) && s.selects == 0 {
		if !t.self {
			s.foreign = append(s.foreign, t.name)
			s.svg = t.end
		}
		return t.end
	}
	name := t.rawName()
	if name == "" {
		return t.end
	}
	if name == "plaintext" {
		return -1
	}
	var stop int
	if name == "script" {
		stop = scriptEnd(s.src, t.end)
	} else {
		stop = rawEnd(s.src, t.end, name)
	}
	if stop < 0 {
		return -1
	}
	text := s.src[t.end:stop]
	if (name == "style" || name == "script" && !mayBeJSONLD(s.src[i:t.end])) && len(text) > 0 && s.selects == 0 {
		s.cut = append(s.cut, span{t.end, stop})
	}
	return stop
}

// maxForeignDepth bounds the nesting of SVG and MathML the scan follows:
// past it, half of what the parser keeps open, the page is read whole.
const maxForeignDepth = 256

// foreignStart reads a start tag inside SVG or MathML. A tag that would
// take the parser back to HTML stops the scan: one that breaks out of
// foreign content, or an integration point with markup inside.
func (s *scan) foreignStart(t *tag) int {
	if breaksOut(t) {
		return -1
	}
	if t.self {
		return t.end
	}
	if len(s.foreign) >= maxForeignDepth {
		return -1
	}
	s.foreign = append(s.foreign, t.name)
	if !isIntegrationPoint(t) {
		return t.end
	}
	j := bytes.IndexByte(s.src[t.end:], '<')
	if j < 0 || !endTagAt(s.src, t.end+j, t.name) {
		return -1
	}
	return t.end + j
}

// endTag reads what starts with "</" at src[i]. Inside foreign content an
// end tag closes the open element of its name, and one that names none
// stops the scan.
func (s *scan) endTag(i int) int {
	src := s.src
	if i+2 >= len(src) {
		return -1
	}
	switch c := src[i+2]; {
	case c == '>':
		return i + 3
	case !isLetter(c):
		return closeAngle(src, i+2)
	}
	t := s.scanTag(i+2, false)
	if len(s.foreign) == 0 || t.end < 0 {
		if t.is("select") {
			s.selects = max(s.selects-1, 0)
		}
		return t.end
	}
	for k := len(s.foreign) - 1; k >= 0; k-- {
		if equalFold(s.foreign[k], t.name) {
			s.foreign = s.foreign[:k]
			if k == 0 && equalFold(t.name, "svg") && i > s.svg {
				s.cut = append(s.cut, span{s.svg, i})
			}
			return t.end
		}
	}
	return -1
}

// cutReader reads src without the ranges cut, which are in order and do
// not overlap.
type cutReader struct {
	src []byte
	cut []span
	pos int
}

func (r *cutReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) && r.pos < len(r.src) {
		end := len(r.src)
		if len(r.cut) > 0 {
			if r.pos >= r.cut[0].start {
				r.pos = r.cut[0].end
				r.cut = r.cut[1:]
				continue
			}
			end = r.cut[0].start
		}
		c := copy(p[n:], r.src[r.pos:end])
		n += c
		r.pos += c
	}
	if n == 0 && len(p) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

// without returns src without the ranges cut, as cutReader reads it.
func without(src []byte, cut []span) []byte {
	if len(cut) == 0 {
		return src
	}
	out := make([]byte, 0, len(src))
	pos := 0
	for _, c := range cut {
		out = append(out, src[pos:c.start]...)
		pos = c.end
	}
	return append(out, src[pos:]...)
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isSpace(c byte) bool { return byteClass[c]&classSpace != 0 }

// Classes of bytes in a tag, as the tokenizer tells them.
const (
	classSpace   = 1 << iota // white space
	classNameEnd             // ends a tag name: white space, '/', '>'
	classKeyEnd              // ends an attribute name: a name's end or '='
)

var byteClass = [256]uint8{
	' ': classSpace | classNameEnd | classKeyEnd, '\n': classSpace | classNameEnd | classKeyEnd,
	'\r': classSpace | classNameEnd | classKeyEnd, '\t': classSpace | classNameEnd | classKeyEnd,
	'\f': classSpace | classNameEnd | classKeyEnd,
	'/':  classNameEnd | classKeyEnd, '>': classNameEnd | classKeyEnd, '=': classKeyEnd,
}

// tag is a start or end tag read by scanTag.
type tag struct {
	name []byte // as written
	end  int    // index after its '>', or -1 when the page ends inside it
	self bool   // ends with "/>" that is not the end of an unquoted value
	low  [maxTagName]byte
	lowN uint8 // len(name) in low, in lower case, or 0 when longer
}

// maxTagName is longer than any tag name the scan tells apart.
const maxTagName = 16

// key returns the name in lower case, or "" when it is longer than any the
// scan tells apart.
func (t *tag) key() []byte { return t.low[:t.lowN] }

// is reports whether the tag is named name, which is in lower case.
func (t *tag) is(name string) bool { return string(t.key()) == name }

// equalFold reports whether a and b are equal in any case of their ASCII
// letters; unlike bytes.EqualFold it folds nothing else, as the tokenizer
// does.
func equalFold[S1, S2 []byte | string](a S1, b S2) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range len(a) {
		if lower(a[i]) != lower(b[i]) {
			return false
		}
	}
	return true
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// rawName returns the name, in lower case, of a start tag after which the
// tokenizer reads the text raw, up to the matching end tag, or "".
func (t *tag) rawName() string {
	switch n := string(t.key()); n {
	case "script", "style", "title", "textarea", "noscript", "noembed", "noframes", "iframe", "xmp", "plaintext":
		return n
	}
	return ""
}

// scanTag reads a tag whose name starts at src[i], as the tokenizer's
// readTag does: the name runs to white space, '/' or '>'; each attribute
// name to white space, '/', '>' or a '=' that is not its first byte; a
// value after '=' is quoted or runs to white space or '>'. Of a start tag
// it cuts the attributes that startCut tells.
func (s *scan) scanTag(i int, start bool) tag {
	src := s.src
	t := tag{end: -1}
	name := i
	for i < len(src) && byteClass[src[i]]&classNameEnd == 0 {
		i++
	}
	t.name = src[name:i]
	if len(t.name) <= maxTagName {
		for k, c := range t.name {
			t.low[k] = lower(c)
		}
		t.lowN = uint8(len(t.name))
	}
	el := elemNone
	if start {
		el = s.startCut(&t)
	}
	s.mark, s.cutKeys = len(s.cut), s.cutKeys[:0]
	valueEnd := -1 // index after the last unquoted value
	read := i      // index after what the last attribute took
	for {
		i = skipSpace(src, i)
		if i >= len(src) {
			return t
		}
		if src[i] == '>' {
			t.end = i + 1
			t.self = src[i-1] == '/' && valueEnd != i
			return t
		}
		a := tagAttr{start: read, spaced: read < i}
		var unquoted, ok bool
		if i, unquoted, ok = scanAttr(src, i, &a); !ok {
			return t
		}
		if unquoted {
			valueEnd = i
		}
		read = a.end
		if a.key.end > a.key.start && el != elemNone && !s.cutUnread(a, el) {
			el = elemNone
		}
	}
}

// scanAttr reads one attribute from src[i] into a and returns the index
// after it and whether its value was unquoted; ok is false when the page
// ends inside it. A '/' between attributes is read alone, as no attribute.
func scanAttr(src []byte, i int, a *tagAttr) (next int, unquoted, ok bool) {
	if src[i] == '/' {
		a.end = i + 1
		return i + 1, false, true
	}
	k := i + 1 // the first byte may be '='
	for k < len(src) && byteClass[src[k]]&classKeyEnd == 0 {
		k++
	}
	a.key = span{i, k}
	a.end = k
	a.val = span{k, k}
	k = skipSpace(src, k)
	if k >= len(src) || src[k] != '=' {
		return k, false, k < len(src)
	}
	k = skipSpace(src, k+1)
	if k >= len(src) {
		return k, false, false
	}
	switch q := src[k]; q {
	case '>':
		a.end = k
		return k, false, true
	case '"', '\'':
		e := bytes.IndexByte(src[k+1:], q)
		if e < 0 {
			return len(src), false, false
		}
		a.val = span{k + 1, k + 1 + e}
		k += e + 2
	default:
		unquoted = true
		v := k
		for k < len(src) && !isSpace(src[k]) && src[k] != '>' {
			k++
		}
		a.val = span{v, k}
	}
	a.end = k
	return k, unquoted, k < len(src)
}

// mayBeJSONLD reports whether b, a start tag, may give its script the
// type of JSON-LD, which the package reads: it holds "ld+json" in any case,
// or a character reference.
func mayBeJSONLD(b []byte) bool {
	return indexFold(b, "ld+json") >= 0 || bytes.IndexByte(b, '&') >= 0
}

func skipSpace(src []byte, i int) int {
	for i < len(src) && isSpace(src[i]) {
		i++
	}
	return i
}

// scanDeclaration reads what starts with "<!" at src[i]: a comment, or a
// doctype or bogus comment ending at the next '>'; inside foreign content,
// a CDATA section ends at "]]>".
func scanDeclaration(src []byte, i int, foreign bool) int {
	rest := src[i+2:]
	switch {
	case bytes.HasPrefix(rest, []byte("--")):
		return commentEnd(src, i+4)
	case foreign && bytes.HasPrefix(rest, []byte("[CDATA[")):
		e := bytes.Index(rest, []byte("]]>"))
		if e < 0 {
			return -1
		}
		return i + 2 + e + 3
	}
	return closeAngle(src, i+2)
}

// closeAngle returns the index after the next '>' from src[i], or -1.
func closeAngle(src []byte, i int) int {
	e := bytes.IndexByte(src[i:], '>')
	if e < 0 {
		return -1
	}
	return i + e + 1
}

// commentEnd returns the index after the comment whose text starts at
// src[start], or -1. As the tokenizer reads it, a comment ends at the
// first '>' after "--" or "--!", or at a '>' with nothing but dashes
// before it ("<!-->", "<!--->").
func commentEnd(src []byte, start int) int {
	dashes := start + len(src[start:]) - len(bytes.TrimLeft(src[start:], "-")) // end of the leading dashes
	for i := start; ; {
		e := bytes.IndexByte(src[i:], '>')
		if e < 0 {
			return -1
		}
		gt := i + e
		text := src[start:gt]
		if gt <= dashes || bytes.HasSuffix(text, []byte("--")) || bytes.HasSuffix(text, []byte("--!")) {
			return gt + 1
		}
		i = gt + 1
	}
}

// endTagAt reports whether src[i:] starts with the end tag of name: "</"
// and name in any case, then white space, '/' or '>'.
func endTagAt[S []byte | string](src []byte, i int, name S) bool {
	k := i + 2 + len(name)
	return k < len(src) && src[i] == '<' && src[i+1] == '/' && equalFold(src[i+2:k], name) &&
		(isSpace(src[k]) || src[k] == '/' || src[k] == '>')
}

// rawEnd returns the index of the end tag that closes raw text starting at
// src[i], "</name" in any case followed by white space, '/' or '>', or -1.
func rawEnd(src []byte, i int, name string) int {
	for {
		e := bytes.Index(src[i:], []byte("</"))
		if e < 0 {
			return -1
		}
		i += e
		if endTagAt(src, i, name) {
			return i
		}
		i += 2
	}
}

// isIntegrationPoint reports whether the parser reads the content of an
// element of SVG or MathML as HTML.
func isIntegrationPoint(t *tag) bool {
	switch string(t.key()) {
	case "foreignobject", "desc", "title", "annotation-xml", "mi", "mo", "mn", "ms", "mtext":
		return true
	}
	return false
}

// breaksOut reports whether a start tag inside foreign content ends it
// (<font> only with some attributes, but it is taken to).
func breaksOut(t *tag) bool {
	switch string(t.key()) {
	case "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
		"font", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu",
		"meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strike", "strong", "sub", "sup",
		"table", "tt", "u", "ul", "var":
		return true
	}
	return false
}
