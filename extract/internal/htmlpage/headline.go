package htmlpage

import (
	"net/url"
	"slices"
	"strings"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// headline returns the index of the headline block: the <h1> that the
// page's titles confirm, else the last <h1> before the content, else the
// first inside it, else the last <h2> before the content that a title
// words much as it does; -1 when there is none.
func headline(w *walker, chosen []bool, m *pageMeta) int {
	if i := editorialHeadline(w, m.Headline); i >= 0 {
		return i
	}
	if i := confirmedHeadline(w, m); i >= 0 {
		return i
	}
	firstIn := slices.Index(chosen, true)
	before, inside := -1, -1
	for i, b := range w.blocks {
		if !isH1(w, b) {
			continue
		}
		switch {
		case firstIn < 0 || i < firstIn:
			before = i
		case chosen[i] && inside < 0:
			inside = i
		}
	}
	switch {
	case before >= 0:
		return before
	case inside >= 0:
		return inside
	}
	return titledH2(w, firstIn, m)
}

// titledH2 returns the index of the last <h2> outside boilerplate before
// the content that starts at block firstIn and that one of the page's
// titles words much as it does, or -1: the headline of a page that keeps
// its only <h1> for a breadcrumb or has none, and that its titles word
// for the search engines ("Ann Orr: Why the plan failed" for "Why the
// plan failed and what comes next").
func titledH2(w *walker, firstIn int, m *pageMeta) int {
	last := -1
	for i, b := range w.blocks[:max(firstIn, 0)] {
		if w.elems[b.elem].node.DataAtom == atom.H2 && b.hints&hintBoiler == 0 &&
			(sharesWords(b.text, m.Headline) || sharesWords(b.text, m.OGTitle) || sharesWords(b.text, m.Title)) {
			last = i
		}
	}
	return last
}

// minSharedWords is how many words of a heading a title must share, at
// least, for sharesWords.
const minSharedWords = 3

// sharesWords reports whether title holds half the words of heading or
// more, and at least minSharedWords of them, in any case.
func sharesWords(heading, title string) bool {
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !textutil.IsWordRune(r) })
	}
	hw, tw := words(heading), words(title)
	shared := 0
	for _, w := range hw {
		if slices.Contains(tw, w) {
			shared++
		}
	}
	return shared >= minSharedWords && 2*shared >= len(hw)
}

// editorialHeadline returns the index of the first <h1> or <h2> outside
// boilerplate whose text is the JSON-LD headline, the one the newsroom
// wrote, or -1. It wins over an <h1> that only the <title> confirms, as
// pages that print the headline in an <h2> keep their <h1> for a
// breadcrumb or the search engines' title.
func editorialHeadline(w *walker, ld string) int {
	if ld == "" {
		return -1
	}
	for i, b := range w.blocks {
		a := w.elems[b.elem].node.DataAtom
		if (a == atom.H1 || a == atom.H2) && b.hints&hintBoiler == 0 && textutil.SameText(b.text, ld) {
			return i
		}
	}
	return -1
}

// confirmedHeadline returns the index of the first <h1> whose text is one
// of the page's titles, else of the first that a title holds with the
// site's name added; -1 when there is none. A title that holds the <h1>
// must be mostly headline, so that a logo in an <h1> is no headline.
func confirmedHeadline(w *walker, m *pageMeta) int {
	titles := [...]string{m.Headline, m.OGTitle, m.Title}
	part := -1
	for i, b := range w.blocks {
		if !isH1(w, b) {
			continue
		}
		for _, t := range titles {
			switch {
			case t == "":
			case textutil.SameText(b.text, t):
				return i
			case part < 0 && blocks.IsTitleOf(t, b.text) && len(b.text)*2 > len(t):
				part = i
			}
		}
	}
	return part
}

// isH1 reports whether a block is the text of an <h1> outside boilerplate
// that is no link to the site's home page, as a logo in an <h1> is.
func isH1(w *walker, b rawBlock) bool {
	n := w.elems[b.elem].node
	return n.DataAtom == atom.H1 && b.hints&hintBoiler == 0 && !linksHome(n)
}

// maxLinkDepth bounds the ancestors of a heading searched for a link.
const maxLinkDepth = 3

// linksHome reports whether the heading n is a link to a home page: inside
// one, or with one as all it holds.
func linksHome(n *html.Node) bool {
	p := n.Parent
	for d := 0; p != nil && d < maxLinkDepth; d++ {
		if p.DataAtom == atom.A {
			return isHomeHref(attr(p, "href"))
		}
		p = p.Parent
	}
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && only == nil:
			only = c
		case c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		}
	}
	return only != nil && only.DataAtom == atom.A && isHomeHref(attr(only, "href"))
}

// isHomeHref reports whether a link's href leads to a site's home page:
// its root, or an index page there, with no query.
func isHomeHref(href string) bool {
	href = strings.TrimSpace(href)
	u, err := url.Parse(href)
	if href == "" || err != nil || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return false
	}
	switch u.Path {
	case "", "/":
		return u.Path == "/" || u.Host != ""
	case "/index.html", "/index.htm", "/index.php":
		return true
	}
	return false
}
