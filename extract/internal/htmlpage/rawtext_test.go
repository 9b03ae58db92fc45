package htmlpage

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/hostile"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestUnreadScripts checks what text is left out and what is kept, the
// near-misses first: "<script" where the parser sees no tag.
func TestUnreadScripts(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<p>a</p><script>var x = 1;</script><p>b</p>`, `<p>a</p><script></script><p>b</p>`},
		{`<style>p{color:red}</style><p>b</p>`, `<style></style><p>b</p>`},
		{`<SCRIPT type="text/javascript">x()</SCRIPT >`, `<SCRIPT type="text/javascript"></SCRIPT >`},
		{`<script>a = "</scripts>"; b()</script>`, `<script></script>`},
		{`<script>a("<script>")</script><p>b</p>`, `<script></script><p>b</p>`},
		// JSON-LD is kept, and what a reference may make it; other data goes.
		{`<script type="application/ld+json">{"a":1}</script>`, ``},
		{`<script type="application/LD+JSON">{"a":1}</script>`, ``},
		{`<script type="application/ld&#43;json">{"a":1}</script>`, ``},
		{`<script id=data type=application/json>{"a":1}</script>`, `<script id=data type=application/json></script>`},
		// Not a tag: in a comment, an attribute, raw text, a bogus comment.
		{`<!-- <script>x</script> --><p>b</p><!-- </script> -->`, ``},
		{`<a title="<script>">t</a><p>b</p></script>`, ``},
		{`<a title='x>y' data-x='<script>'>t</a>b</script>`, ``},
		{`<title>On <script> tags</title><p>b</p></script>`, ``},
		{`<textarea><script>x</textarea><p>b</p></script>`, ``},
		{`<noscript><script>x</noscript><p>b</p></script>`, ``},
		{`<!DOCTYPE html><? <script> ?><p>b</p></script>`, ``},
		{`</a title="<script>">b</script>`, ``},
		// Comments end where the tokenizer ends them.
		{`<!--><script>x</script>`, `<!--><script></script>`},
		{`<!--a--!><script>x</script>`, `<!--a--!><script></script>`},
		{`<!--a-!><script>x</script>-->`, ``},
		// Foreign content reads <script> and <style> as markup.
		// The content of <svg> goes whole.
		{`<svg><style>.a{}</style><script>x</script></svg><script>y</script>`, `<svg></svg><script></script>`},
		{`<svg/><script>y</script>`, `<svg/><script></script>`},
		{`<svg><title>Share</title><g><path d="M0"/></g><style>.a{}</style></svg><script>y</script>`, `<svg></svg><script></script>`},
		{`<svg><svg><path/></svg><g></g></svg>`, `<svg></svg>`},
		{`<math><svg><path/></svg></math>`, ``},
		// Inside <select> the parser leaves out <svg>, and nothing is cut.
		{`<select><svg><script>x</script></svg><style>a</style></select><script>y</script>`, `<select><svg><script>x</script></svg><style>a</style></select><script></script>`},
		{`<math><mi>x</mi></math><script>y</script>`, `<math><mi>x</mi></math><script></script>`},
		// Foreign content left otherwise than by its end tags stops the scan.
		{`<svg><p>b<script>y</script>`, ``},
		{`<div><svg></div><script>y</script>`, ``},
		{`<svg><title>0<title></svg><script>y</script>`, ``},
		{`<svg><foreignObject><div></svg><style>a</style></foreignObject><script>y</script>`, ``},
		{`<svg a=b/><script>y</script></svg>`, `<svg a=b/></svg>`},
		// Byzantine rules stop the scan; the rest is kept.
		// A script's text hidden in "<!--" ends where the tokenizer ends it.
		{`<script>x</script><script><!-- a </script>b</script><script>y</script>`, `<script></script><script></script>b</script><script></script>`},
		{`<script><!--<script>x</script>y--></script><p>b</p>`, `<script></script><p>b</p>`},
		{`<script><!--<SCRIPT/>x</scripts></script>-->y</script><p>b</p>`, `<script></script><p>b</p>`},
		{`<script><!--<scriptx></script><p>b</p>`, `<script></script><p>b</p>`},
		{`<script><!--->x</script><p>b</p>`, `<script></script><p>b</p>`},
		{`<script><!--<script>x</script><p>b</p>`, ``},
		{`<script>x</script><style>unclosed`, `<script></script><style>unclosed`},
		{`<script>x</script><plaintext><script>y</script>`, `<script></script><plaintext><script>y</script>`},
		{`<script>x</script><a href="unclosed`, `<script></script><a href="unclosed`},
		{``, ``},
		{`<`, ``},
		{`</`, ``},
		{`<!`, ``},
		{`<!--`, ``},
	}
	checkCuts(t, tests, false)
}

// checkCuts checks each input of tests against what is left of it once
// scanUnread(in, all) is cut (the input itself when want is empty), and
// that it parses as it does whole.
func checkCuts(t *testing.T, tests []struct{ in, want string }, all bool) {
	t.Helper()
	for _, tt := range tests {
		want := tt.want
		if want == "" {
			want = tt.in
		}
		src := []byte(tt.in)
		if got := string(without(src, scanUnread(src, all))); got != want {
			t.Errorf("cut %q\n got %q\nwant %q", tt.in, got, want)
		}
		checkSameParse(t, src)
	}
}

// TestUnreadDeepForeign checks the bound on the nesting of SVG the
// scan follows: past it the rest of the page is read whole.
func TestUnreadDeepForeign(t *testing.T) {
	for _, depth := range []int{maxForeignDepth, maxForeignDepth + 1} {
		src := []byte("<svg>" + strings.Repeat("<g>", depth-1) + "<path/>" + strings.Repeat("</g>", depth-1) + "</svg><script>x</script>")
		cut := unread(src)
		if want := depth <= maxForeignDepth; (len(cut) == 2) != want {
			t.Errorf("nesting %d: cuts %v, want the svg and the script cut: %v", depth, cut, want)
		}
		checkSameParse(t, src)
	}
}

// TestUnreadPages checks the test pages: each parses as it would whole.
func TestUnreadPages(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "*.html"))
	if len(paths) == 0 {
		t.Fatal("no test pages")
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkSameParse(t, src)
	}
}

// FuzzUnread checks that any page parses with what the package never reads
// left out as it parses whole, but for that.
func FuzzUnread(f *testing.F) {
	for _, s := range []string{
		`<p>a</p><script>x</script><style>y</style>`,
		`<!-- <script>x</script> --><a title="<script>">t</a><title><script></title>`,
		`<svg><title>t</title><style>s</style><foreignObject><script>x</script></foreignObject></svg><script>y</script>`,
		`<math><mi><script>x</script></mi></math><table><script>y</script><tr><td>z</table>`,
		`<script><!--<script>x</script>--></script><p>b</p>`,
		`<script><!-- a </script>b<script><!--<SCRIPT/>x</scripts></script>-->y</script><p>b</p>`,
		`<head><noscript><noscript><script>x</script></noscript></noscript></head>`,
		`<svg><![CDATA[<script>]]><script>x</script></svg>`,
		`<div data-x='{"a":1}' onclick="f()" class=c style="color:red"><a data-t="tag" data-u=">" href=/x>t</a><b data-b=1>b</b></div>`,
		"<div>\n  <p>a</p>\n  <pre>\n <b>x</b>\n</pre>\n</div>\n  <table> <tr> <td> b </td> </tr> </table>",
		`<p style="color:red" style="display:none" title=t>a</p><a data-a="a longer value than a tag's" DATA-A=tag>b</a>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		checkSameParse(t, src)
	})
}

// checkSameParse fails when src parses otherwise with what the package
// never reads left out than whole, or when cutReader reads other bytes
// than without.
func checkSameParse(t *testing.T, src []byte) {
	t.Helper()
	cut := unread(src)
	read, err := io.ReadAll(&cutReader{src: src, cut: cut})
	if err != nil || !bytes.Equal(read, without(src, cut)) {
		t.Fatalf("%q: cutReader reads %q, %v; want %q", src, read, err, without(src, cut))
	}
	want, got := dumpTree(bytes.NewReader(src)), dumpTree(&cutReader{src: src, cut: cut})
	if got != want {
		t.Errorf("%q parses otherwise without what is never read:\n got %s\nwant %s", src, got, want)
	}
}

// dumpTree writes the parse of src, leaving out the text of HTML <script>
// and <style> elements, the content of <svg>, and the attributes that the
// package never reads, as mayRead tells them, with each run of white space
// outside <pre> and <listing> as one space.
func dumpTree(src io.Reader) string {
	root, err := html.Parse(src)
	if err != nil {
		return "error: " + err.Error()
	}
	var b strings.Builder
	var walk func(n *html.Node, depth int, pre bool)
	walk = func(n *html.Node, depth int, pre bool) {
		if n.Type == html.ElementNode || n.Type == html.DocumentNode {
			fmt.Fprintf(&b, "\n%s%d %s:%s", strings.Repeat(" ", depth), n.Type, n.Namespace, n.Data)
			for _, a := range n.Attr {
				if mayRead(n, a) {
					fmt.Fprintf(&b, " %s:%s=%q", a.Namespace, a.Key, a.Val)
				}
			}
		} else if n.Type == html.TextNode && !pre {
			fmt.Fprintf(&b, "\n%s%d %q", strings.Repeat(" ", depth), n.Type, strings.Join(spaceRuns.Split(n.Data, -1), " "))
		} else {
			fmt.Fprintf(&b, "\n%s%d %q", strings.Repeat(" ", depth), n.Type, n.Data)
		}
		pre = pre || n.Type == html.ElementNode && (n.DataAtom == atom.Pre || n.DataAtom == atom.Listing)
		if n.Type == html.ElementNode && (n.Namespace == "" && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) ||
			n.Namespace == "svg" && n.Data == "svg") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1, pre)
		}
	}
	walk(root, 0, false)
	return b.String()
}

// spaceRuns matches the runs of white space of HTML.
var spaceRuns = regexp.MustCompile(`[ \t\n\f\r]+`)

// mayRead reports whether the package may read an attribute of n, as the
// code reads them: one that scopeOf names for n, a style that hides n,
// the type of a script that is JSON-LD, a data attribute of a link that
// dataNamesTag takes, and any attribute of a formatting element or inside
// SVG and MathML.
func mayRead(n *html.Node, a html.Attribute) bool {
	if n.Type != html.ElementNode || n.Namespace != "" && n.Parent != nil && n.Parent.Namespace != "" {
		return true
	}
	switch n.DataAtom {
	case atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
		return n.Namespace == ""
	}
	inHTML := n.Namespace == ""
	if inHTML && n.DataAtom == atom.A && strings.HasPrefix(a.Key, "data-") {
		return dataNamesTag(&html.Node{Attr: []html.Attribute{a}})
	}
	switch scopeOf(a.Key) {
	case scopeAll:
		return a.Key != "style" || hidesStyle(a.Val)
	case scopeImage:
		return inHTML && (n.DataAtom == atom.Img || n.DataAtom == atom.Source)
	case scopeMeta:
		return inHTML && n.DataAtom == atom.Meta
	case scopeRoot:
		return inHTML && n.DataAtom == atom.Html
	case scopeType:
		return inHTML && (n.DataAtom == atom.Input || n.DataAtom == atom.Script && strings.Contains(a.Val, "ld+json"))
	}
	return false
}

// BenchmarkUnreadScaling shows the scan linear in its input on shapes
// that could make it look back or ahead: the same MB/s at each size. The
// last unit is one comment of many dashes and many '>'.
func BenchmarkUnreadScaling(b *testing.B) {
	units := []string{
		`<div class="a" id=b data-x='>'>t</div>`,
		`<script>x</script><style>y</style>`,
		`<svg><g>`,
		`<script><!--<script>x`,
		`<!---->`,
		`</a title=">">`,
		`<a data-x="a long value of the kind a tracker leaves" onclick="f()" href=/>`,
	}
	hostile.BenchScaling(b, units, func(s string) { unread([]byte(s)) })
	hostile.BenchScaling(b, []string{">"}, func(s string) {
		unread([]byte("<!--" + strings.Repeat("-", len(s)) + "x" + s))
	})
	// One tag of many attributes, of one name cut for its value, and
	// runs of white space between tags.
	hostile.BenchScaling(b, []string{` style="color:red" data-x="a long value of the kind a tracker leaves"`}, func(s string) {
		unread([]byte("<a" + s + ">t</a>"))
	})
	hostile.BenchScaling(b, []string{"<p>\n\t\t  </p>   \n"}, func(s string) { unread([]byte(s)) })
}

// TestScriptEnd checks scriptEnd against the tokenizer on scripts made of
// the pieces its states turn on, drawn at random.
func TestScriptEnd(t *testing.T) {
	pieces := []string{"<", "!", "-", "--", "/", "script", "SCRIPT", "scripts", ">", " ", "x", "<!--", "-->", "</script>", "<script>", "</script"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		src := []byte("<script>" + text)
		want := -1 // the text runs to the end of the page
		z := html.NewTokenizer(bytes.NewReader(src))
		z.Next() // the start tag
		switch z.Next() {
		case html.TextToken:
			if end := len("<script>") + len(z.Raw()); end < len(src) {
				want = end
			}
		case html.EndTagToken: // no text at all
			want = len("<script>")
		case html.ErrorToken: // no text, and an end tag the page ends inside
			if strings.HasPrefix(strings.ToLower(text), "</script") && len(text) > 8 && strings.ContainsRune(" \t\n\r\f/>", rune(text[8])) {
				want = len("<script>")
			}
		}
		if got := scriptEnd(src, len("<script>")); got != want {
			t.Fatalf("scriptEnd(%q) = %d, want %d", text, got, want)
		}
	}
}
