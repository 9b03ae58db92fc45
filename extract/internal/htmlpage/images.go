package htmlpage

import (
	"strconv"
	"strings"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// imageRef is an <img> of the page, with where the walk met it.
type imageRef struct {
	node *html.Node
	elem int32 // index in walker.elems of the nearest block-level element
	pos  int32 // the number of blocks before it
}

// Bounds of the pictures read.
const (
	maxImages     = 200 // <img> elements looked at
	minImageSide  = 50  // pixels below which a stated width or height is an icon's
	maxFigureText = 600 // bytes above which the text around a picture is no caption
	figureLevels  = 4   // ancestors of an <img> looked at for its figure and hints
)

// image records an <img> met by the walk.
func (w *walker) image(n *html.Node, owner int32) {
	if len(w.images) < maxImages {
		w.images = append(w.images, imageRef{node: n, elem: owner, pos: int32(len(w.blocks))})
	}
}

// noscriptImages records the pictures inside a <noscript>, which the
// parser keeps as text: pages that load their pictures late put the real
// <img> there, beside a placeholder.
func (w *walker) noscriptImages(n *html.Node, owner int32) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode || !strings.Contains(c.Data, "<img") {
			continue
		}
		z := html.NewTokenizer(strings.NewReader(c.Data))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			if t := z.Token(); t.DataAtom == atom.Img {
				w.image(&html.Node{Type: html.ElementNode, DataAtom: atom.Img, Data: "img", Attr: t.Attr, Parent: n}, owner)
			}
		}
	}
}

// figures returns the article's own pictures, in order: those between the
// headline, else the first body block, and the last body block, in an
// element whose text is the article's or a caption; and those a few
// blocks before, where pages set the lead image above the headline or
// the text; none of them a logo, icon, avatar, advertisement or tracking
// pixel. The blocks are those of the walker, one for one.
func (w *walker) figures(bs []blocks.Block, chosen []bool) []blocks.Picture {
	lo, first, hi := -1, -1, -1
	for i, b := range bs {
		if b.Role == blocks.Headline || b.Role == blocks.Lead || (b.IsBody() && chosen[i]) {
			if lo < 0 {
				lo = i
			}
			if b.IsBody() {
				if first < 0 {
					first = i
				}
				hi = i + 1
			}
		}
	}
	if hi < 0 {
		return nil
	}
	var out []blocks.Picture
	seen := map[string]bool{}
	shown := shownBlocks(bs)
	for _, im := range w.images {
		pos := int(im.pos)
		switch {
		case pos > hi || pos < lo-leadImageWindow:
			continue
		case pos < first:
			// Above the text: the lead image, unless the page's furniture.
			if w.elems[im.elem].all&hintBoiler != 0 || w.inMasthead(im.elem, lo) {
				continue
			}
		case !w.inArticle(im.elem, shown):
			continue
		}
		p, ok := picture(im.node)
		if !ok || seen[p.URL] {
			continue
		}
		seen[p.URL] = true
		p.Above = pos <= first // before the first body block, or in it
		out = append(out, p)
	}
	return out
}

// inMasthead reports whether the elem at index i stands in the page's
// header or navigation, apart from the block at index head (the headline
// or the text): a masthead or a logo, not the article's lead image.
func (w *walker) inMasthead(i int32, head int) bool {
	for ; i >= 0; i = w.elems[i].parent {
		e := &w.elems[i]
		switch e.node.DataAtom {
		case atom.Header, atom.Nav:
			if head < int(e.first) || head >= int(e.end) {
				return true
			}
		}
	}
	return false
}

// leadImageWindow is how many blocks before the headline or the text the
// lead image may stand.
const leadImageWindow = 6

// inArticle reports whether an <img> whose nearest block-level element is
// the elem at index i stands in the article: no boilerplate is around it,
// and the nearest element around it that holds text holds the article's
// text or a caption. shown[j] counts such blocks before block j.
func (w *walker) inArticle(i int32, shown []int32) bool {
	if w.elems[i].all&hintBoiler != 0 {
		return false
	}
	for ; i >= 0; i = w.elems[i].parent {
		e := &w.elems[i]
		if e.first == e.end {
			continue
		}
		return shown[e.end] > shown[e.first]
	}
	return false
}

// shownBlocks returns, for each block index j, the number of blocks before
// it that are the article's text, its lead or a caption, and one more
// entry for them all.
func shownBlocks(bs []blocks.Block) []int32 {
	out := make([]int32, len(bs)+1)
	for j, b := range bs {
		out[j+1] = out[j]
		if b.IsBody() || b.Role == blocks.Caption || b.Role == blocks.Lead {
			out[j+1]++
		}
	}
	return out
}

// picture reads an <img>: its address, size, alternative text, and the
// caption and credit of the figure around it. It reports false for an
// image that is no part of an article.
func picture(n *html.Node) (blocks.Picture, bool) {
	src := imageSrc(n)
	if src == "" || isJunkImage(n, src) {
		return blocks.Picture{}, false
	}
	p := blocks.Picture{
		URL:    src,
		Alt:    textutil.CleanSpace(attr(n, "alt")),
		Width:  pixels(attr(n, "width")),
		Height: pixels(attr(n, "height")),
	}
	if (p.Width > 0 && p.Width < minImageSide) || (p.Height > 0 && p.Height < minImageSide) {
		return blocks.Picture{}, false
	}
	if f := figureOf(n); f != nil {
		p.Caption, p.Credit = figureText(f, n)
	}
	return p, true
}

// imageSrc returns the address of the picture an <img> shows: the one a
// page that loads pictures late keeps aside, else src, else a larger
// version kept for a viewer, else the largest of its srcset; never a data:
// URI.
func imageSrc(n *html.Node) string {
	for _, k := range lazySrcAttrs {
		if v := attr(n, k); isImageURL(v) {
			return v
		}
	}
	if v := attr(n, "src"); isImageURL(v) {
		return v
	}
	for _, k := range zoomSrcAttrs {
		if v := attr(n, k); isImageURL(v) {
			return v
		}
	}
	for _, k := range []string{"srcset", "data-srcset"} {
		if v := largestSrc(attr(n, k)); isImageURL(v) {
			return v
		}
	}
	return ""
}

// isImageURL reports whether v can be the address of a picture: not empty,
// no data: URI, no script.
func isImageURL(v string) bool {
	if v == "" || strings.ContainsAny(v, " \t\n<>") {
		return false
	}
	l := strings.ToLower(v)
	return !strings.HasPrefix(l, "data:") && !strings.HasPrefix(l, "javascript:") && !strings.HasPrefix(l, "about:")
}

// largestSrc returns the address of the widest candidate of a srcset
// ("a.jpg 320w, b.jpg 1024w"), else its first. An address runs to white
// space and may hold commas ("/crops/w=800,q=70/a.jpg"); the commas that
// end it, or the first after its descriptors, part it from the next
// candidate.
func largestSrc(set string) string {
	best, bestW := "", -1
	for set != "" {
		set = strings.TrimLeft(set, " \t\n\r\f,")
		end := strings.IndexAny(set, " \t\n\r\f")
		if end < 0 {
			end = len(set)
		}
		u, rest := set[:end], set[end:]
		wid := 0
		if trimmed := strings.TrimRight(u, ","); trimmed != u {
			u = trimmed // no descriptors
		} else {
			desc := rest
			if c := strings.IndexByte(rest, ','); c >= 0 {
				desc, rest = rest[:c], rest[c+1:]
			} else {
				rest = ""
			}
			for _, d := range strings.Fields(desc) {
				if n, err := strconv.Atoi(strings.TrimSuffix(d, "w")); err == nil && strings.HasSuffix(d, "w") {
					wid = n
				}
			}
		}
		if u != "" && wid > bestW {
			best, bestW = u, wid
		}
		set = rest
	}
	return best
}

// pixels reads a width or height attribute; 0 when it states none.
func pixels(v string) int {
	n, err := strconv.Atoi(strings.TrimSuffix(v, "px"))
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// isJunkImage reports whether a picture is a logo, an icon, an avatar, an
// advertisement or a tracking pixel, by its format, the words of its file
// name and the class and id names of the picture and the elements around
// it.
func isJunkImage(n *html.Node, src string) bool {
	file := src
	if i := strings.IndexAny(file, "?#"); i >= 0 {
		file = file[:i]
	}
	file = file[strings.LastIndexByte(file, '/')+1:]
	if strings.HasSuffix(strings.ToLower(file), ".svg") || hasJunkWord(file) {
		return true
	}
	for p, d := n, 0; p != nil && d < figureLevels; p, d = p.Parent, d+1 {
		if p.Type != html.ElementNode {
			continue
		}
		if hasJunkWord(attr(p, "class")) || hasJunkWord(attr(p, "id")) {
			return true
		}
		if d > 0 && elementHints(p)&hintBoiler != 0 {
			return true
		}
	}
	return false
}

// hasJunkWord reports whether a class, id or file name has a word of
// imageJunkWords.
func hasJunkWord(v string) bool {
	if v == "" {
		return false
	}
	set := imageJunkSet()
	for w := range classWords(v) {
		if set[string(w)] {
			return true
		}
	}
	return false
}

// figureOf returns the element that sets an <img> with its caption: the
// nearest <figure> around it, else the nearest element named for a
// picture or caption; nil when there is none near.
func figureOf(n *html.Node) *html.Node {
	var named *html.Node
	for p, d := n.Parent, 0; p != nil && d < figureLevels; p, d = p.Parent, d+1 {
		if p.DataAtom == atom.Figure {
			return p
		}
		if named == nil && p.Type == html.ElementNode && elementHints(p)&hintCaption != 0 {
			named = p
		}
		if isBlockElement(p.DataAtom) && p.DataAtom != atom.Div && p.DataAtom != atom.Figure {
			break
		}
	}
	return named
}

// figureText returns the caption and the credit of the figure f around
// the <img> img: the text of its <figcaption> when it has one, else its
// own text, the parts named for a credit going to the credit; the labels
// of buttons left out.
func figureText(f, img *html.Node) (caption, credit string) {
	var capB, credB strings.Builder
	root := f
	if fc := findAtom(f, atom.Figcaption, 0); fc != nil {
		root = fc
	}
	collectFigureText(root, false, &capB, &credB, 0)
	if root != f {
		collectCredits(f, root, &credB, 0)
	}
	caption, credit = textutil.CleanSpace(capB.String()), textutil.CleanSpace(credB.String())
	if len(caption) > maxFigureText {
		caption = ""
	}
	if len(credit) > maxFigureText {
		credit = ""
	}
	return caption, credit
}

// collectFigureText appends the text under n to caption, or to credit
// under an element named for a credit.
func collectFigureText(n *html.Node, inCredit bool, caption, credit *strings.Builder, depth int) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild; c != nil && caption.Len()+credit.Len() <= maxFigureText; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			t := strings.TrimSpace(c.Data)
			if t == "" || isUILine(t) {
				continue
			}
			dst := caption
			if inCredit {
				dst = credit
			}
			dst.WriteString(c.Data)
			dst.WriteByte(' ')
		case html.ElementNode:
			if isSkipped(c.DataAtom) || isHidden(c) {
				continue
			}
			collectFigureText(c, inCredit || namesCredit(c), caption, credit, depth+1)
		}
	}
}

// collectCredits appends to credit the text of the elements named for a
// credit under f outside its caption.
func collectCredits(n, caption *html.Node, credit *strings.Builder, depth int) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c == caption || isSkipped(c.DataAtom) {
			continue
		}
		if namesCredit(c) {
			var skip strings.Builder
			collectFigureText(c, true, &skip, credit, depth+1)
			continue
		}
		collectCredits(c, caption, credit, depth+1)
	}
}

// namesCredit reports whether an element's class or id names a credit.
func namesCredit(n *html.Node) bool {
	set := creditSet()
	for _, k := range []string{"class", "id"} {
		for w := range classWords(attr(n, k)) {
			if set[string(w)] {
				return true
			}
		}
	}
	return false
}

// findAtom returns the first element of the kind a under n.
func findAtom(n *html.Node, a atom.Atom, depth int) *html.Node {
	if depth > maxDepth {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == a {
			return c
		}
		if f := findAtom(c, a, depth+1); f != nil {
			return f
		}
	}
	return nil
}
