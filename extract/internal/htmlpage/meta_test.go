package htmlpage

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/model"
)

func metaOf(t *testing.T, src string) pageMeta {
	t.Helper()
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return readMeta(root)
}

// TestReadMeta checks what is read from the page's head and microdata.
func TestReadMeta(t *testing.T) {
	src := `<html lang="en-GB"><head><title> Storm  hits coast | Ledger </title>
<meta property="og:title" content="Storm hits coast">
<meta property="og:site_name" content="Ledger">
<meta name="description" content="Gusts of 80mph.">
<link rel="canonical" href="https://ledger.example/storm">
<script type="application/ld+json">
// a comment
{"@context":"https://schema.org","@graph":[
 {"@type":"WebPage","name":"ignored"},
 {"@type":["NewsArticle"],"headline":"Storm hits the coast","datePublished":"2024-01-21T07:05:00Z",
  "author":[{"@type":"Person","name":"Priya N"},{"@type":"Organization","name":"Ledger Staff"},"Tom E"],
  "publisher":{"@type":"Organization","name":"The Ledger"},
  "articleBody":"First.\n\nSecond.",
  "interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/ReadAction","userInteractionCount":"1200"},}
]}
</script></head><body>
<div class="masthead"><time datetime="2024-01-22">Today</time></div>
<article><time class="published" datetime="2024-01-21T07:05:00+00:00">21 January</time>
<span itemprop="author" itemscope><span itemprop="name">Priya N</span></span></article>
</body></html>`
	m := metaOf(t, src)
	checks := []struct {
		field     string
		got, want any
	}{
		{"lang", m.Lang, "en-GB"},
		{"title", m.Title, "Storm hits coast | Ledger"},
		{"ogTitle", m.OGTitle, "Storm hits coast"},
		{"siteName", m.SiteName, "Ledger"},
		{"publisher", m.Publisher, "The Ledger"},
		{"canonical", m.Canonical, "https://ledger.example/storm"},
		{"description", m.Description, "Gusts of 80mph."},
		{"headline", m.Headline, "Storm hits the coast"},
		{"articleBody", m.ArticleBody, "First.\n\nSecond."},
		{"views", m.Views, int64(1200)},
		{"authors", strings.Join(m.Authors, "|"), "Priya N|Tom E|Priya N"},
		{"authorOrgs", strings.Join(m.AuthorOrgs, "|"), "Ledger Staff"},
		{"published[0]", m.Published[0], blocks.DateValue{Value: "2024-01-21T07:05:00Z", Source: model.SourceJSONLD}},
		{"published[1]", m.Published[1], blocks.DateValue{Value: "2024-01-21T07:05:00+00:00", Source: model.SourceTime}},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %#v, want %#v", c.field, c.got, c.want)
		}
	}
}

// TestTimeRank checks which <time> is taken for the publication.
func TestTimeRank(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"first on the page", `<time datetime="2024-01-01">a</time><time datetime="2024-01-02">b</time>`, "2024-01-01"},
		{"inside the article", `<div><time datetime="2024-01-01">a</time></div><article><time datetime="2024-01-02">b</time></article>`, "2024-01-02"},
		{"named published", `<article><time datetime="2024-01-01">a</time><time class="entry-date published" datetime="2024-01-03">c</time></article>`, "2024-01-03"},
		{"pubdate", `<time datetime="2024-01-01">a</time><time pubdate datetime="2024-01-04">d</time>`, "2024-01-04"},
		{"modified apart", `<time itemprop="dateModified" datetime="2024-01-05">e</time>`, ""},
		{"abbr title", `<abbr class="published" title="2019-07-03T09:15:00+02:00">3 luglio 2019</abbr>`, "2019-07-03T09:15:00+02:00"},
		{"abbr title named published", `<time datetime="2024-01-01">a</time><abbr class="published" title="2024-01-06">f</abbr>`, "2024-01-06"},
		{"abbr title not a date", `<abbr title="United Nations">UN</abbr>`, ""},
		{"abbr title of digits not a date", `<abbr title="2019-7-3">x</abbr><abbr title="2019-07-03x">y</abbr>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := metaOf(t, "<html><body>"+tt.body+"</body></html>")
			got := ""
			if len(m.Published) > 0 {
				got = m.Published[0].Value
			}
			if got != tt.want {
				t.Errorf("published = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestParseJSONLD checks the tolerance of the JSON-LD reader.
func TestParseJSONLD(t *testing.T) {
	tests := []struct {
		src  string
		want int // values decoded
	}{
		{`{"a":1}`, 1},
		{`{"a":1,}`, 1},
		{`/* c */ {"a":[1,2,],} // end`, 1},
		{"{\"a\":\"line\nbreak\"}", 1},
		{`<![CDATA[{"a":1}]]>`, 1},
		{`{"a":1} {"b":2}`, 2},
		{`{"a":`, 0},
		{`{"url":"http://x.example/a//b"}`, 1},
	}
	for _, tt := range tests {
		if got := parseJSONLD(tt.src); len(got) != tt.want {
			t.Errorf("parseJSONLD(%q) decoded %d values, want %d", tt.src, len(got), tt.want)
		}
	}
}

// TestLDParagraphs checks the splitting of an articleBody.
func TestLDParagraphs(t *testing.T) {
	tests := []struct {
		body string
		want []string
	}{
		{"One.\n\nTwo.\n", []string{"One.", "Two."}},
		{"<p>One &amp; all.</p><p>Two<br>three</p>", []string{"One & all.", "Two", "three"}},
		{"No tags here < or >", []string{"No tags here < or >"}},
		{"  ", nil},
	}
	for _, tt := range tests {
		if got := ldParagraphs(tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("ldParagraphs(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}

// TestBodyClassNamesNoList checks that a page whose <body> or <main> class
// names a feature with a list's word ("share_tag_on", "crumbs-on") still
// has the markup inside it read, and no topics made of its links; a tag
// list inside it is read.
func TestBodyClassNamesNoList(t *testing.T) {
	for _, tc := range []struct{ name, page string }{
		{"body", `<html><body class="f_share_tag_on"><a href="/x">Home</a><time datetime="2024-01-02T10:00:00Z">b</time><ul class="tags"><li><a href="/t/ports">Ports</a></li></ul></body></html>`},
		{"main", `<html><body><main class="page-tags breadcrumb-on"><a href="/x">Home</a><time datetime="2024-01-02T10:00:00Z">b</time><ul class="tags"><li><a href="/t/ports">Ports</a></li></ul></main></body></html>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := metaOf(t, tc.page)
			if len(m.Published) == 0 || m.Published[0].Value != "2024-01-02T10:00:00Z" {
				t.Errorf("published = %v, want the <time>", m.Published)
			}
			if got := strings.Join(m.Topics.Visible, "|"); got != "Ports" {
				t.Errorf("topics = %q, want Ports", got)
			}
		})
	}
}

// TestMetaAuthorNames checks the meta names that credit an author, and
// near-misses that do not: an app's publisher, a link to a profile.
func TestMetaAuthorNames(t *testing.T) {
	for _, c := range []struct{ tag, want string }{
		{`<meta name="author" content="Ann Orr">`, "Ann Orr"},
		{`<meta name="articleAuthor" content="Harbour Wire">`, "Harbour Wire"},
		{`<meta name="cXenseParse:author" content="Tom Hale">`, "Tom Hale"},
		{`<meta property="article:author_name" content="Ilse Varkon">`, "Ilse Varkon"},
		{`<meta name="dcterms.creator" content="Ann Orr">`, "Ann Orr"},
		{`<meta property="og:author" content="Tom Hale">`, "Tom Hale"},
		{`<meta name="smartbanner:author" content="Harbour Daily Ltd">`, ""},
		{`<meta property="article:author" content="https://harbour.example/people/ann-orr">`, ""},
	} {
		m := metaOf(t, `<html><head>`+c.tag+`</head><body></body></html>`)
		if got := strings.Join(m.Authors, "|"); got != c.want {
			t.Errorf("%s: authors %q, want %q", c.tag, got, c.want)
		}
	}
}
