package htmlpage

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flattenDepths are the nestings below which flatten leaves tags out, tried
// in turn until the parser accepts the page. The first is under the 512
// open elements the parser accepts, leaving room for the elements it adds
// itself; since it may add one for each written (a <tbody> in each
// <table>), the next ones leave more, and the last leaves so few tags that
// no page can overflow.
var flattenDepths = [...]int{400, 128, 32, 8}

// flatten rewrites a page nested deeper than the HTML parser accepts: the
// start and end tags of elements below depth are left out, so that their
// text joins the element at that depth. The depth is counted from the tags
// as written.
func flatten(src []byte, limit int) []byte {
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
			if depth > limit {
				continue
			}
		case html.EndTagToken:
			depth = max(depth-1, 0)
			if depth >= limit {
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
