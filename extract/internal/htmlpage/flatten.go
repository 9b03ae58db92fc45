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

// Bounds of a page whose runs of empty elements are collapsed before it is
// parsed: a page larger than minCollapseBytes with more than one tag in
// every tagDensity bytes. The parser keeps a node of some hundred bytes for
// each element, so that a megabyte of <br> would cost thirty times its size.
const (
	minCollapseBytes = 1 << 20
	tagDensity       = 16
)

// maxRun is how many void elements of one kind in a row a collapsed page
// keeps: two line breaks part paragraphs as well as a thousand do.
const maxRun = 2

// collapseRuns rewrites a large page dense in tags with each run of more
// than maxRun void elements of the same kind (<br>, <hr>, <wbr>, <img>…),
// with nothing but white space between them, cut to maxRun. Any other page
// is returned as it is, after a count of its '<' bytes.
func collapseRuns(src []byte) []byte {
	if len(src) < minCollapseBytes || bytes.Count(src, []byte("<")) < len(src)/tagDensity {
		return src
	}
	z := html.NewTokenizer(bytes.NewReader(src))
	out := make([]byte, 0, len(src)/2)
	var last atom.Atom
	run := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if !isVoid(a) {
				last, run = 0, 0
				break
			}
			if a == last {
				run++
			} else {
				last, run = a, 1
			}
			if run > maxRun {
				continue
			}
		case html.TextToken:
			if len(bytes.TrimSpace(raw)) == 0 {
				break // white space keeps a run going
			}
			last, run = 0, 0
		default:
			last, run = 0, 0
		}
		out = append(out, raw...)
	}
}
