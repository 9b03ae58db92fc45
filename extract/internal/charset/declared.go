package charset

import (
	"bytes"
	"mime"
	"strings"

	"github.com/newsextract/newsextract/extract/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
)

// declared returns the encoding declared for raw and its canonical WHATWG
// name; nil when none is declared, or the label is unknown or names the
// replacement encoding, which would decode the page to nothing.
func declared(raw []byte, contentType string, isHTML bool) (encoding.Encoding, string) {
	e, name := headerCharset(contentType)
	if e != nil && name != "windows-1252" {
		return e, name
	}
	if isHTML {
		if pe, pname := pageCharset(raw[:min(len(raw), sniffLen)]); pe != nil {
			return pe, pname
		}
	}
	return e, name
}

// headerCharset returns the encoding named by the charset parameter of an
// HTTP Content-Type header.
func headerCharset(contentType string) (encoding.Encoding, string) {
	if contentType == "" {
		return nil, ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil, ""
	}
	return lookupCharset(params["charset"])
}

// lookupCharset maps a charset label to its encoding by the WHATWG table.
func lookupCharset(label string) (encoding.Encoding, string) {
	if label == "" {
		return nil, ""
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(e)
	if err != nil || name == "replacement" {
		return nil, ""
	}
	if strings.HasPrefix(name, "utf-16") {
		// A page whose bytes can be read for a declaration is not UTF-16;
		// real UTF-16 was recognised by its zero bytes before this.
		return xunicode.UTF8, "utf-8"
	}
	if name == "x-user-defined" {
		return charmap.Windows1252, "windows-1252"
	}
	return e, name
}

// pageCharset returns the encoding declared in the head of a page: by an
// XML declaration, <meta charset>, or <meta http-equiv=Content-Type>.
func pageCharset(head []byte) (encoding.Encoding, string) {
	z := html.NewTokenizer(bytes.NewReader(head))
	first := true
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.CommentToken:
			// The tokenizer reads "<?xml ...?>" as a bogus comment.
			if first {
				if e, name := lookupCharset(xmlEncoding(string(z.Text()))); e != nil {
					return e, name
				}
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			if e, name := metaCharset(z); e != nil {
				return e, name
			}
		}
		first = false
	}
}

// metaCharset returns the encoding declared by the tag the tokenizer is on,
// when it is a <meta> that declares one.
func metaCharset(z *html.Tokenizer) (encoding.Encoding, string) {
	tag, hasAttr := z.TagName()
	if string(tag) != "meta" {
		return nil, ""
	}
	var label, content string
	pragma := false
	for hasAttr {
		var key, val []byte
		key, val, hasAttr = z.TagAttr()
		switch string(key) {
		case "charset":
			label = string(val)
		case "http-equiv":
			pragma = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
		case "content":
			content = string(val)
		}
	}
	if label == "" && pragma {
		label = charsetParam(content)
	}
	return lookupCharset(label)
}

// charsetParam returns the value of "charset=" in a Content-Type value,
// leniently: browsers accept "text/html; charset=windows-1251" with any
// spacing, quoting and case.
func charsetParam(s string) string {
	i := indexASCIIFold(s, "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t\r\n\f")
	s, ok := strings.CutPrefix(s, "=")
	if !ok {
		return ""
	}
	s = strings.TrimLeft(s, " \t\r\n\f")
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		q := s[0]
		s = s[1:]
		if j := strings.IndexByte(s, q); j >= 0 {
			return s[:j]
		}
		return ""
	}
	if j := strings.IndexAny(s, "; \t\r\n\f\"'"); j >= 0 {
		return s[:j]
	}
	return s
}

// indexASCIIFold returns the index of the first instance of the lower-case
// ASCII word w in s, in any case of its letters, or -1. It reads bytes,
// so that an offset in s is one whatever else s holds: lowering s whole
// would widen an invalid byte into a rune of three.
func indexASCIIFold(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if textutil.HasPrefixFold(s[i:], w) {
			return i
		}
	}
	return -1
}

// xmlEncoding returns the encoding pseudo-attribute of an XML declaration
// (the text between "<" and ">"), or "".
func xmlEncoding(decl string) string {
	if !strings.HasPrefix(decl, "?xml") {
		return ""
	}
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	s := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	s, ok := strings.CutPrefix(s, "=")
	if !ok {
		return ""
	}
	s = strings.TrimLeft(s, " \t\r\n")
	if s == "" || (s[0] != '"' && s[0] != '\'') {
		return ""
	}
	q := s[0]
	s = s[1:]
	if j := strings.IndexByte(s, q); j >= 0 {
		return s[:j]
	}
	return ""
}
