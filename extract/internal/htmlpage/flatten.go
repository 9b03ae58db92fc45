package htmlpage

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flattenDepth is the nesting below which flatten leaves tags out. It is
// under the 512 open elements the HTML parser accepts, leaving room for the
// elements the parser adds itself.
const flattenDepth = 400

// flatten rewrites a page nested deeper than the HTML parser accepts: the
// start and end tags of elements below flattenDepth are left out, so that
// their text joins the element at that depth. The depth is counted from the
// tags as written, which is enough for a page the parser refused.
func flatten(src []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(src))
	out := make([]byte, 0, len(src))
	depth := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			name, _ := z.TagName()
			if isVoid(atom.Lookup(name)) {
				break
			}
			depth++
			if depth > flattenDepth {
				continue
			}
		case html.EndTagToken:
			depth = max(depth-1, 0)
			if depth >= flattenDepth {
				continue
			}
		}
		out = append(out, z.Raw()...)
	}
}

// isVoid reports whether an element has no end tag.
func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}
