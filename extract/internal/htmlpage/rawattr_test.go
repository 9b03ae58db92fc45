package htmlpage

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestUnreadAttrs checks which attributes are cut and which are kept, the
// near-misses first.
func TestUnreadAttrs(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<div class="c" onclick="f()" data-x='{"a":1}' id=i>t</div>`, `<div class="c" id=i>t</div>`},
		{`<DIV CLASS=c ONCLICK=f() Data-X=y>t</DIV>`, `<DIV CLASS=c>t</DIV>`},
		{`<img data-src=/a.jpg data-sizes=auto loading=lazy src=/b.jpg alt="A" width=1>`, `<img data-src=/a.jpg src=/b.jpg alt="A" width=1>`},
		{`<img src=/b.jpg data-x=a/>`, `<img src=/b.jpg>`},
		{`<img src=/b.jpg data-x="a"/>`, ``},
		{`<img src=/b.jpg data-x="a" />`, `<img src=/b.jpg />`},
		{`<p / data-x=1>t</p><p / data-x=1 data-y=2>u</p><p / data-x=1 >v</p>`, `<p / data-x=1>t</p><p / data-y=2>u</p><p / >v</p>`},
		{`<p a data-x=1 =b>t</p><p a data-x=1 = b>u</p>`, `<p data-x=1>t</p><p data-x=1>u</p>`},
		{`<p title="T" aria-label="L" aria-hidden="true" hidden>t</p>`, `<p aria-hidden="true" hidden>t</p>`},
		// Some attributes are read on some elements only.
		{`<iframe src=/v width=640 height=360 name=f title=t></iframe>`, `<iframe></iframe>`},
		{`<abbr class=published title="2019-07-03T09:15:00+02:00" lang=it>3 luglio</abbr>`, `<abbr class=published title="2019-07-03T09:15:00+02:00">3 luglio</abbr>`},
		{`<link rel=stylesheet href=/a.css type="text/css">`, `<link rel=stylesheet href=/a.css>`},
		{`<script src=/a.js type="text/javascript" async></script>`, `<script></script>`},
		{`<script type="application/ld+json" src=/a.js>{}</script>`, `<script type="application/ld+json">{}</script>`},
		{`<input type=hidden name=x value=1>`, `<input type=hidden>`},
		{`<html lang=de><meta name=description content=x lang=de><p lang=en>t</p>`, `<html lang=de><meta name=description content=x><p>t</p>`},
		{`<source srcset=/a.jpg type=image/webp media="(min-width: 1px)">`, `<source srcset=/a.jpg>`},
		{`<image src=/a.jpg alt=A>`, ``},
		{`<a href=/t data-type="topic" data-k="x" data-t=" TAG " data-u="tags2">t</a>`, `<a href=/t data-type="topic" data-t=" TAG ">t</a>`},
		{`<a href=/t data-src="tag" data-lazy="/a.jpg" data-a-name-longer-than-any-read="topic">t</a>`, `<a href=/t data-src="tag" data-a-name-longer-than-any-read="topic">t</a>`},
		// A style is kept where it may hide its element.
		{`<p style="color:red">t</p><p style="DISPLAY: NONE">u</p>`, `<p>t</p><p style="DISPLAY: NONE">u</p>`},
		// The parser keeps the first of two attributes of one name: a second is
		// cut with the first, or the tag is left whole.
		{`<p style="color:red" style="display:none">t</p>`, `<p>t</p>`},
		{`<p onclick=f style="color:red" STYLE="display:none"/>t</p>`, ``},
		{`<p style="border:none">t</p><p style="visibility:h&#105;dden">u</p>`, ``},
		{"<p style=\"visibility:H\u0130DDEN\">u</p>", ``},
		// A link keeps the data attributes short enough to name a tag.
		{`<a href=/t data-type="topic" data-track='{"event":"click","label":"some link"}'>t</a>`, `<a href=/t data-type="topic">t</a>`},
		{`<a data-t='{"event":"click","label":"some link here"}' data-t="tag">t</a>`, `<a>t</a>`},
		{`<a href=/ data-t='{"event":"click","label":"some link here"}' data-t="tag"/>t</a>`, ``},
		{`<a data-t='&#116;ag                                  '>t</a>`, ``},
		// Formatting elements, foreign content and unspaced attributes keep all.
		{`<b data-x="1">t</b><font color=red face=x>u</font>`, ``},
		{`<svg data-x="1"><g data-y="2"/></svg>`, `<svg></svg>`},
		{`<math><mi data-x="1">x</mi></math>`, ``},
		{`<p/data-x=1>t</p><p class="a"data-x=1>u</p>`, ``},
		{`<p a b=c>t</p>`, `<p>t</p>`},
		{`<p a = "b" class=c>t</p>`, `<p class=c>t</p>`},
		{`<p a= >t</p>`, `<p>t</p>`},
		// End tags and unclosed tags.
		{`</p data-x=1><p data-x="unclosed`, ``},
	}
	long := `="a value longer than a tag's name"`
	many := `<a href="/"`
	for k := range maxCutKeys {
		many += fmt.Sprintf(" data-k%d%s", k, long)
	}
	tests = append(tests,
		struct{ in, want string }{many + ">t</a>", `<a href="/">t</a>`},
		struct{ in, want string }{many + " data-x" + long + ">t</a>", ""})
	checkCuts(t, tests, true)
}

// TestReadAttrsListed checks that every attribute the package's code names
// where it reads one is named by scopeOf: the string given to attr or
// attrOK, a string compared with an attribute's Key, or an element of a
// list of strings that a loop passes to attr.
func TestReadAttrsListed(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	named := map[string]bool{}
	lists := map[string][]string{} // package-level lists of strings
	var ranged [][]string          // lists a loop passes to attr
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				if len(n.Names) == 1 && len(n.Values) == 1 {
					lists[n.Names[0].Name] = stringsOf(n.Values[0])
				}
			case *ast.CallExpr:
				if id, ok := n.Fun.(*ast.Ident); ok && (id.Name == "attr" || id.Name == "attrOK") && len(n.Args) == 2 {
					addString(named, n.Args[1])
				}
			case *ast.BinaryExpr:
				if isKey(n.X) {
					addString(named, n.Y)
				}
			case *ast.SwitchStmt:
				if isKey(n.Tag) {
					for _, c := range n.Body.List {
						for _, e := range c.(*ast.CaseClause).List {
							addString(named, e)
						}
					}
				}
			case *ast.RangeStmt:
				if passesToAttr(n) {
					if id, ok := n.X.(*ast.Ident); ok {
						ranged = append(ranged, []string{id.Name})
					} else {
						ranged = append(ranged, stringsOf(n.X))
					}
				}
			}
			return true
		})
	}
	for _, r := range ranged {
		if len(r) == 1 && lists[r[0]] != nil {
			r = lists[r[0]]
		}
		for _, s := range r {
			named[s] = true
		}
	}
	if len(named) < 20 {
		t.Fatalf("found %d attribute names in the code; the test no longer finds them", len(named))
	}
	for k := range named {
		if scopeOf(k) == scopeNone && !strings.HasSuffix(k, "-") {
			t.Errorf("the package reads the attribute %q, which scopeOf does not name", k)
		}
	}
}

// isKey reports whether e is the Key of an attribute.
func isKey(e ast.Expr) bool {
	s, ok := e.(*ast.SelectorExpr)
	return ok && s.Sel.Name == "Key"
}

// addString adds e to set when it is a string literal.
func addString(set map[string]bool, e ast.Expr) {
	if l, ok := e.(*ast.BasicLit); ok && l.Kind == token.STRING {
		s, _ := strconv.Unquote(l.Value)
		set[s] = true
	}
}

// stringsOf returns the strings of a literal list of them.
func stringsOf(e ast.Expr) []string {
	c, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []string
	for _, el := range c.Elts {
		if l, ok := el.(*ast.BasicLit); ok && l.Kind == token.STRING {
			s, _ := strconv.Unquote(l.Value)
			out = append(out, s)
		}
	}
	return out
}

// passesToAttr reports whether a loop passes its value to attr.
func passesToAttr(r *ast.RangeStmt) bool {
	v, ok := r.Value.(*ast.Ident)
	if !ok {
		return false
	}
	found := false
	ast.Inspect(r.Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "attr" && len(c.Args) == 2 {
				if a, ok := c.Args[1].(*ast.Ident); ok && a.Name == v.Name {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// TestUnreadAttrsCorpus checks that the pages of the corpora give the same
// document with the attributes never read cut as with all of them.
func TestUnreadAttrsCorpus(t *testing.T) {
	pages := corpusPages(t)
	kept, cut := 0, 0
	for i, src := range pages {
		whole := scanUnread(src, false)
		less := unread(src)
		kept += len(without(src, whole))
		cut += len(without(src, less))
		if len(src) >= minCollapseBytes {
			continue
		}
		a, errA := html.Parse(&cutReader{src: src, cut: whole})
		b, errB := html.Parse(&cutReader{src: src, cut: less})
		if errA != nil || errB != nil {
			continue
		}
		if da, db := FromRoot(a), FromRoot(b); !reflect.DeepEqual(da, db) {
			t.Errorf("page %d reads otherwise with its unread attributes cut", i)
		}
	}
	t.Logf("%d bytes after the scripts are cut, %d after the attributes too", kept, cut)
	if cut > kept*95/100 {
		t.Errorf("%d of %d bytes kept; want at most 95%%", cut, kept)
	}
}

// TestUnreadSpace checks which runs of white space between tags are cut
// to one byte, the near-misses first.
func TestUnreadSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<div>\n    <p>a</p>\r\n\t</div>", "<div>\n<p>a</p>\r</div>"},
		{"<p>a  b</p> \n<!-- c -->  \n<p>d</p>", "<p>a  b</p> <!-- c --> <p>d</p>"},
		{"<p>a</p>  x  <p>b</p>", ""},
		{"  <p>a</p> <  <p>b</p>", ""},
		{"<p>a</p>  <pre>\n  <b>x</b>\n</pre>  <p>b</p>", "<p>a</p> <pre>\n  <b>x</b>\n</pre>  <p>b</p>"},
		{"<listing>\n  <b>x</b></listing>", ""},
		{"<select>  <option>a</option>  </select>", ""},
		{"<math>  <mi>x</mi>  </math>  <p>a</p>", "<math>  <mi>x</mi>  </math> <p>a</p>"},
	}
	checkCuts(t, tests, true)
}
