package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/model"
)

// entryPoints are the Extractor's three ways in.
var entryPoints = []struct {
	name string
	call func(e *Extractor, r io.Reader, src Source) (*model.Article, error)
}{
	{"FromHTML", (*Extractor).FromHTML},
	{"FromText", (*Extractor).FromText},
	{"From", (*Extractor).From},
}

// TestMaxBytes checks both sides of the size limit for every entry point.
func TestMaxBytes(t *testing.T) {
	para := "The Security Council met on Tuesday. "
	input := func(n int) []byte {
		return []byte(strings.Repeat(para, n/len(para)+1)[:n])
	}
	tests := []struct {
		name     string
		maxBytes int64
		size     int
		tooLarge bool
	}{
		{"exactly the limit", 1000, 1000, false},
		{"one byte over", 1000, 1001, true},
		{"one byte under", 1000, 999, false},
		{"far over", 1000, 100_000, true},
		{"limit of one byte", 1, 1, false},
		{"limit of one byte, two given", 1, 2, true},
		{"no limit", -1, 100_000, false},
		{"default limit", 0, 100_000, false},
	}
	for _, ep := range entryPoints {
		for _, tt := range tests {
			t.Run(ep.name+"/"+tt.name, func(t *testing.T) {
				e := &Extractor{MaxBytes: tt.maxBytes}
				_, err := ep.call(e, bytes.NewReader(input(tt.size)), Source{})
				if got := errors.Is(err, ErrTooLarge); got != tt.tooLarge {
					t.Fatalf("err = %v, want ErrTooLarge: %v", err, tt.tooLarge)
				}
				if !tt.tooLarge && err != nil && !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrNoArticle) {
					t.Fatalf("err = %v", err)
				}
			})
		}
	}
}

// TestDefaultMaxBytes checks the limit of the zero Extractor on both sides
// with input that is cheap to extract: white space only.
func TestDefaultMaxBytes(t *testing.T) {
	var e Extractor
	spaces := bytes.Repeat([]byte{' '}, DefaultMaxBytes)
	if _, err := e.FromText(bytes.NewReader(spaces), Source{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("DefaultMaxBytes of spaces: err = %v, want ErrEmpty", err)
	}
	over := io.MultiReader(bytes.NewReader(spaces), strings.NewReader(" "))
	if _, err := e.FromText(over, Source{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("DefaultMaxBytes+1: err = %v, want ErrTooLarge", err)
	}
}

// TestReadError checks that a failing reader's error is passed on.
func TestReadError(t *testing.T) {
	boom := errors.New("boom")
	var e Extractor
	_, err := e.From(io.MultiReader(strings.NewReader("<p>Text"), errReader{boom}), Source{})
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want it to wrap %v", err, boom)
	}
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// hostile is an input built to stress the extractor: deep, long, repetitive
// or malformed. Its size grows linearly with scale; scale 1, which the tests
// use, makes some 25 KB, and the benchmarks go from 4 to 64.
type hostile struct {
	name  string
	build func(scale int) []byte
}

var hostileInputs = []hostile{
	{"DeepNesting", func(n int) []byte { return nest("div", 1562*n) }},
	{"DeepInline", func(n int) []byte { return nest("b", 1562*n) }},
	{"DeepMixed", func(n int) []byte {
		return []byte(strings.Repeat("<div><span><p><em>", 400*n) + "text")
	}},
	{"LongLine", func(n int) []byte { return longLine(50_000 * n) }},
	{"QuoteMarks", func(n int) []byte { return []byte(strings.Repeat(`"`, 15_625*n)) }},
	{"CurlyQuotes", func(n int) []byte { return []byte(strings.Repeat("“a ", 5000*n)) }},
	{"Guillemets", func(n int) []byte { return []byte(strings.Repeat("«Said »", 2500*n)) }},
	{"QuotesInHTML", func(n int) []byte {
		return []byte("<html><body><article><p>" + strings.Repeat(`"x" said "y `, 2000*n) + "</p></article></body></html>")
	}},
	{"OnlyScripts", func(n int) []byte {
		return []byte("<html><head><title>T</title></head><body>" +
			strings.Repeat("<script>var a = '<p>not text</p>';</script>", 500*n) + "</body></html>")
	}},
	{"NestedTagLists", func(n int) []byte {
		return []byte("<html><body><article><p>" + strings.Repeat(`<div class="tags"><a href="/t">Tag</a>`, 300*n) + "</p></article></body></html>")
	}},
	{"ManyFigures", func(n int) []byte {
		return []byte("<html><body><article><h1>T</h1><div class=\"image\">" + strings.Repeat(`<figure><img src="/a.jpg"><figcaption>The quay at dawn, long before the first ferry.</figcaption></figure><p>The council met.</p>`, 500*n) + "</div></article></body></html>")
	}},
	{"BigTable", func(n int) []byte {
		return []byte("<html><body><article><table>" + strings.Repeat(`<tr><td>2023</td><td>1.2%</td><td><a href="/x">x</a></td></tr>`, 1000*n) + "</table></article></body></html>")
	}},
	{"NULs", func(n int) []byte { return make([]byte, 25_000*n) }},
	{"NULsInText", func(n int) []byte {
		return []byte(strings.Repeat("Council\x00 said\x00\n", 1500*n))
	}},
	{"TruncatedRune", func(n int) []byte {
		return []byte(strings.Repeat("Совет Безопасности ", 750*n) + "\xd0")
	}},
	{"RandomBytes", func(n int) []byte {
		r := rand.New(rand.NewPCG(1, uint64(n)))
		b := make([]byte, 25_000*n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return b
	}},
	{"InvalidUTF8", func(n int) []byte { return bytes.Repeat([]byte("a\xff\xc0\x80\xed\xa0\x80b "), 3125*n) }},
	{"ManyParagraphs", func(n int) []byte {
		return []byte("<html><body>" + strings.Repeat("<p>The Council met on 2 May 2018 in New York.</p>", 500*n) + "</body></html>")
	}},
	{"ManyLines", func(n int) []byte { return []byte(strings.Repeat("a\n", 12_500*n)) }},
	{"ManyHeadlines", func(n int) []byte {
		return []byte(strings.Repeat("<h1>Headline</h1><time datetime=\"2018-02-02\">2 Feb</time>", 500*n))
	}},
	{"ManyCells", func(n int) []byte {
		return []byte("<table><tr>" + strings.Repeat("<td>1", 5000*n) + "</table>")
	}},
	{"UnclosedComment", func(n int) []byte {
		return []byte("<html><body><!-- " + strings.Repeat("x ", 12_500*n))
	}},
	{"LongAttribute", func(n int) []byte {
		return []byte(`<html><body><div class="` + strings.Repeat("article ", 3125*n) + `">Text</div></body></html>`)
	}},
	{"Entities", func(n int) []byte {
		return []byte("<p>" + strings.Repeat("&amp;&#x201C;&quot;&nbsp;", 1000*n) + "</p>")
	}},
	{"DeepJSONLD", func(n int) []byte {
		return []byte(`<script type="application/ld+json">` + strings.Repeat("[", 2500*n) +
			`</script><h1>Headline</h1><p>Body text of the article.</p>`)
	}},
	{"ManyJSONLD", func(n int) []byte {
		return []byte(strings.Repeat(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2018-02-02T15:01:00+06:00","author":{"name":"A B"}}</script>`, 125*n) + "<p>Text.</p>")
	}},
	{"ManyMeta", func(n int) []byte {
		return []byte("<head>" + strings.Repeat(`<meta property="article:published_time" content="2018-02-02"><meta name="author" content="A B">`, 250*n) + "</head><p>Text.</p>")
	}},
	{"ManyDates", func(n int) []byte {
		return []byte(strings.Repeat("2 February 2018, 15:01. Yesterday at 10:00. ", 500*n))
	}},
	{"ManyDocuments", func(n int) []byte {
		return []byte(strings.Repeat("resolution 2231 (2015) and S/RES/1540 (2004), ", 500*n))
	}},
	{"ManyCountries", func(n int) []byte {
		return []byte(strings.Repeat("Kazakhstan, Russia, the United States and Côte d'Ivoire. ", 500*n))
	}},
	{"LongWord", func(n int) []byte { return bytes.Repeat([]byte("Ж"), 12_500*n) }},
	{"CombiningMarks", func(n int) []byte { return []byte("a" + strings.Repeat("\u0301", 7500*n)) }},
	{"UTF16Garbage", func(n int) []byte { return append([]byte{0xFF, 0xFE}, bytes.Repeat([]byte{0x00, 0xD8}, 12_500*n)...) }},
}

// nest returns n elements of the tag nested in each other, with text in
// the innermost.
func nest(tag string, n int) []byte {
	var b bytes.Buffer
	b.WriteString("<html><body>")
	for range n {
		b.WriteString("<" + tag + ">")
	}
	b.WriteString("Deep text.")
	return b.Bytes()
}

// longLine returns about n bytes of sentences with no line break.
func longLine(n int) []byte {
	const s = "The Security Council adopted resolution 2231, Kazakhstan said. "
	return []byte(strings.Repeat(s, n/len(s)+1)[:n])
}

// hostileBudget is how long one hostile input of the test's size may take;
// the real cost is milliseconds, so only a hang or a blow-up fails.
const hostileBudget = 5 * time.Second

// TestHostile runs every hostile input through every entry point, checking
// that each returns promptly, without panic, and with a sound article; and
// that doubling the input through From at most about doubles the memory
// allocated, which quadratic work would quadruple.
func TestHostile(t *testing.T) {
	for _, h := range hostileInputs {
		input := h.build(1)
		for _, ep := range entryPoints {
			t.Run(h.name+"/"+ep.name, func(t *testing.T) {
				a, err := runWithin(t, hostileBudget, func() (*model.Article, error) {
					return ep.call(&Extractor{MaxBytes: -1}, bytes.NewReader(input), Source{})
				})
				checkResult(t, a, err)
			})
		}
		t.Run(h.name+"/Growth", func(t *testing.T) {
			small, large := allocated(t, input), allocated(t, h.build(2))
			if large > 3*small+1<<20 {
				t.Errorf("allocated %d KB at 1x and %d KB at 2x: more than linear", small>>10, large>>10)
			}
		})
	}
}

// allocated returns the bytes allocated by From on input.
func allocated(t *testing.T, input []byte) uint64 {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	a, err := (&Extractor{MaxBytes: -1}).From(bytes.NewReader(input), Source{})
	runtime.ReadMemStats(&after)
	checkResult(t, a, err)
	return after.TotalAlloc - before.TotalAlloc
}

// runWithin calls f and fails the test if it takes longer than d.
func runWithin(t *testing.T, d time.Duration, f func() (*model.Article, error)) (*model.Article, error) {
	t.Helper()
	type result struct {
		a   *model.Article
		err error
	}
	done := make(chan result, 1)
	go func() {
		a, err := f()
		done <- result{a, err}
	}()
	select {
	case r := <-done:
		return r.a, r.err
	case <-time.After(d):
		t.Fatalf("no answer after %v", d)
		return nil, nil
	}
}

// TestSmallInputs covers the degenerate inputs of a few bytes.
func TestSmallInputs(t *testing.T) {
	tests := []struct {
		name  string
		input string
		empty bool // ErrEmpty expected
	}{
		{"empty", "", true},
		{"space", " ", true},
		{"white space", " \t\r\n\f\v ", true},
		{"BOM only", "\xef\xbb\xbf", true},
		{"BOM and space", "\xef\xbb\xbf \n", true},
		{"UTF-16 BOM only", "\xff\xfe", true},
		{"NUL", "\x00", false},
		{"lone lead byte", "\xd0", false},
		{"lone continuation", "\x80", false},
		{"surrogate", "\xed\xa0\x80", false},
		{"overlong", "\xc0\xaf", false},
		{"lt", "<", false},
		{"open tag", "<html", false},
		{"comment", "<!--", false},
		{"one letter", "a", false},
		{"one quote", "“", false},
	}
	for _, ep := range entryPoints {
		for _, tt := range tests {
			t.Run(ep.name+"/"+tt.name, func(t *testing.T) {
				var e Extractor
				a, err := ep.call(&e, strings.NewReader(tt.input), Source{})
				if tt.empty && !errors.Is(err, ErrEmpty) {
					t.Fatalf("err = %v, want ErrEmpty", err)
				}
				checkResult(t, a, err)
			})
		}
	}
}

// TestMaxBlocks checks that a text of more paragraphs than MaxBlocks is read
// to that bound and no further, on both sides of it.
func TestMaxBlocks(t *testing.T) {
	for _, n := range []int{MaxBlocks - 1, MaxBlocks + 500} {
		var b strings.Builder
		b.WriteString("A headline for the test\n\n")
		for i := range n {
			fmt.Fprintf(&b, "Paragraph number %d of the text says little.\n\n", i)
		}
		a, err := (&Extractor{}).FromText(strings.NewReader(b.String()), Source{})
		if err != nil {
			t.Fatal(err)
		}
		got := len(a.Body)
		if a.Lead != "" {
			got++
		}
		if want := min(n, MaxBlocks-1); got != want {
			t.Errorf("%d paragraphs: read %d, want %d", n, got, want)
		}
		if want := n > MaxBlocks-1; a.Truncated != want {
			t.Errorf("%d paragraphs: truncated %v, want %v", n, a.Truncated, want)
		}
	}
}

// TestMaxBlocksHTML checks that a page cut at MaxBlocks says so.
func TestMaxBlocksHTML(t *testing.T) {
	for _, n := range []int{100, MaxBlocks + 500} {
		var b strings.Builder
		b.WriteString("<html><body><h1>A headline for the test</h1><article>")
		for i := range n {
			fmt.Fprintf(&b, "<p>Paragraph number %d of the text says little, but it says it in words.</p>", i)
		}
		b.WriteString("</article></body></html>")
		a, err := (&Extractor{}).FromHTML(strings.NewReader(b.String()), Source{})
		if err != nil {
			t.Fatal(err)
		}
		if want := n > MaxBlocks; a.Truncated != want {
			t.Errorf("%d paragraphs: truncated %v, want %v", n, a.Truncated, want)
		}
	}
}

// TestDeepNesting checks that a page nested deeper than the HTML parser
// accepts still gives its title and text, including the text at the bottom.
func TestDeepNesting(t *testing.T) {
	for _, depth := range []int{500, 520, 100000} {
		var b strings.Builder
		b.WriteString("<html><head><title>Deep page</title></head><body><h1>Deep page</h1>")
		b.WriteString("<p>The first paragraph of the page has enough words to count as text.</p>")
		b.WriteString(strings.Repeat("<div>", depth))
		b.WriteString("<p>The last paragraph sits at the bottom of all the nested elements.</p>")
		a, err := (&Extractor{}).FromHTML(strings.NewReader(b.String()), Source{})
		if err != nil {
			t.Fatalf("depth %d: %v", depth, err)
		}
		if a.Title != "Deep page" {
			t.Errorf("depth %d: title %q", depth, a.Title)
		}
		text := strings.Join(a.Body, "\n")
		if !strings.Contains(text, "first paragraph") || !strings.Contains(text, "last paragraph") {
			t.Errorf("depth %d: body %q", depth, a.Body)
		}
	}
}

// TestDeepImplied checks a page whose nesting goes over the parser's limit
// only with the elements the parser adds itself (<tbody> in each table):
// it still gives its headline and paragraphs.
func TestDeepImplied(t *testing.T) {
	for _, n := range []int{128, 200, 1000} {
		var b strings.Builder
		b.WriteString("<html><head><title>Tables page</title></head><body><h1>Tables page</h1>")
		b.WriteString("<p>The first paragraph of the page has enough words to count as text.</p>")
		b.WriteString("<p>The second paragraph of the page has enough words to count as well.</p>")
		b.WriteString(strings.Repeat("<table><tr><td>", n))
		b.WriteString("cell")
		a, err := (&Extractor{}).FromHTML(strings.NewReader(b.String()), Source{})
		if err != nil {
			t.Fatalf("%d tables: %v", n, err)
		}
		text := strings.Join(a.Body, "\n")
		if a.Title != "Tables page" || !strings.Contains(text, "first paragraph") || !strings.Contains(text, "second paragraph") {
			t.Errorf("%d tables: title %q, body %q", n, a.Title, a.Body)
		}
	}
}

// TestBinary checks that data that is not text is refused as such, while
// text with a stray control character is read.
func TestBinary(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	gzipHeader := append([]byte{0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3}, random[:200]...)
	for name, in := range map[string][]byte{"random": random, "gzip": gzipHeader} {
		if _, err := (&Extractor{}).From(bytes.NewReader(in), Source{}); !errors.Is(err, ErrBinary) {
			t.Errorf("%s: err = %v, want ErrBinary", name, err)
		}
	}
	text := "A headline\n\nThe council met on Monday\x07 and agreed the budget for the year.\n"
	a, err := (&Extractor{}).FromText(strings.NewReader(text), Source{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Body) != 1 || strings.ContainsRune(a.Body[0], '\x07') {
		t.Errorf("body = %q, want one paragraph without the control character", a.Body)
	}
}

// TestEmptyElementFlood checks that a page of millions of <br> costs a small
// multiple of its size, not the parser's node for each of them.
func TestEmptyElementFlood(t *testing.T) {
	page := "<html><body><h1>Head</h1><p>Text of the page with enough words in it to be read.</p>" +
		strings.Repeat("<br>", 1<<20) + "<p>The last paragraph of the page, after all the breaks.</p></body></html>"
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	a, err := (&Extractor{}).FromHTML(strings.NewReader(page), Source{})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(a.Body, "\n"), "last paragraph") {
		t.Errorf("body %q lacks the last paragraph", a.Body)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8*uint64(len(page)) {
		t.Errorf("allocated %d bytes for a page of %d", alloc, len(page))
	}
}
