package htmlpage

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"testing"

	"golang.org/x/net/html"
)

func TestDebugImages(t *testing.T) {
	f, err := os.Open(os.Getenv("PAGE"))
	if err != nil {
		t.Skip()
	}
	z, _ := gzip.NewReader(f)
	b, _ := io.ReadAll(z)
	root, _ := html.Parse(bytes.NewReader(b))
	m := readMeta(root)
	w := &walker{}
	w.walkBody(findBody(root))
	chosen := selectContent(w)
	bs := classify(w, chosen, &m)
	h := -1
	for i, b := range bs {
		if b.Role == 5 {
			h = i
		}
	}
	t.Logf("headline %d", h)
	for _, im := range w.images {
		p, ok := picture(im.node)
		t.Logf("pos %d elem %d in %v junk-ok %v boiler %v %s", im.pos, im.elem, w.inArticle(im.elem, bs), ok, w.elems[im.elem].all&hintBoiler != 0, p.URL)
	}
}

func TestDebugAround(t *testing.T) {
	f, err := os.Open(os.Getenv("PAGE"))
	if err != nil {
		t.Skip()
	}
	z, _ := gzip.NewReader(f)
	b, _ := io.ReadAll(z)
	root, _ := html.Parse(bytes.NewReader(b))
	m := readMeta(root)
	w := &walker{}
	w.walkBody(findBody(root))
	chosen := selectContent(w)
	bs := classify(w, chosen, &m)
	for _, im := range w.images[:3] {
		for e := im.elem; e >= 0; e = w.elems[e].parent {
			t.Logf("elem %d %s class=%q blocks %d-%d", e, w.elems[e].node.Data, attr(w.elems[e].node, "class"), w.elems[e].first, w.elems[e].end)
			if w.elems[e].first < w.elems[e].end {
				break
			}
		}
	}
	for i := 215; i < 240 && i < len(bs); i++ {
		t.Logf("%d role %d chosen %v %.60q", i, bs[i].Role, chosen[i], bs[i].Text)
	}
}
