package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

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
		{"lang", m.lang, "en-GB"},
		{"title", m.title, "Storm hits coast | Ledger"},
		{"ogTitle", m.ogTitle, "Storm hits coast"},
		{"siteName", m.siteName, "Ledger"},
		{"publisher", m.publisher, "The Ledger"},
		{"canonical", m.canonical, "https://ledger.example/storm"},
		{"description", m.description, "Gusts of 80mph."},
		{"headline", m.headline, "Storm hits the coast"},
		{"articleBody", m.articleBody, "First.\n\nSecond."},
		{"views", m.views, int64(1200)},
		{"authors", strings.Join(m.authors, "|"), "Priya N|Tom E|Priya N"},
		{"authorOrgs", strings.Join(m.authorOrgs, "|"), "Ledger Staff"},
		{"published[0]", m.published[0], dateValue{"2024-01-21T07:05:00Z", model.SourceJSONLD}},
		{"published[1]", m.published[1], dateValue{"2024-01-21T07:05:00+00:00", model.SourceTime}},
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := metaOf(t, "<html><body>"+tt.body+"</body></html>")
			got := ""
			if len(m.published) > 0 {
				got = m.published[0].value
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

// TestAuthors checks the choice and cleaning of the authors.
func TestAuthors(t *testing.T) {
	tests := []struct {
		name         string
		marked, orgs []string
		bylines      []string
		want         []string
	}{
		{"markup", []string{"Jane Doe"}, nil, nil, []string{"Jane Doe"}},
		{"byline extends markup", []string{"Jane Doe"}, nil, []string{"By Jane Doe and John Roe"}, []string{"Jane Doe", "John Roe"}},
		{"byline disagrees", []string{"Jane Doe"}, nil, []string{"By Max Mustermann"}, []string{"Jane Doe"}},
		{"byline only", nil, nil, []string{"Автор: Мария Соколова"}, []string{"Мария Соколова"}},
		{"role and date dropped", nil, nil, []string{"By Owen Pritchard, Transport Correspondent", "2 hours ago"}, []string{"Owen Pritchard"}},
		{"people before organisations", []string{"Staff Reports", "Ann Lee"}, []string{"Ledger"}, nil, []string{"Ann Lee"}},
		{"organisation when no person", nil, []string{"Ledger"}, []string{"By Staff Reports"}, []string{"Ledger", "Staff Reports"}},
		{"duplicates", []string{"Ann Lee", "ann lee"}, nil, nil, []string{"Ann Lee"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &document{meta: pageMeta{authors: tt.marked, authorOrgs: tt.orgs}}
			for _, b := range tt.bylines {
				d.blocks = append(d.blocks, block{text: b, role: roleByline})
			}
			s := (&Extractor{}).newState(Source{}, d)
			if got := s.authors(); !slices.Equal(got, tt.want) {
				t.Errorf("authors = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCanonicalURL checks the article's URL.
func TestCanonicalURL(t *testing.T) {
	tests := []struct {
		canonical, src, want string
	}{
		{"https://a.example/x", "https://b.example/y", "https://a.example/x"},
		{"/news/x?utm=1", "https://a.example/amp/x", "https://a.example/news/x?utm=1"},
		{"", "https://a.example/y", "https://a.example/y"},
		{"/news/x", "", ""},
	}
	for _, tt := range tests {
		d := &document{meta: pageMeta{canonical: tt.canonical}}
		s := (&Extractor{}).newState(Source{URL: tt.src}, d)
		if got := s.url(); got != tt.want {
			t.Errorf("url(%q, %q) = %q, want %q", tt.canonical, tt.src, got, tt.want)
		}
	}
}

// TestAuthorNames checks what the author pass keeps of the names it is
// given: people, cleaned; organisations only when no person is credited.
func TestAuthorNames(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{[]string{"Posted by Jane Roe"}, []string{"Jane Roe"}},
		{[]string{"JANE ROE"}, []string{"Jane Roe"}},
		{[]string{"Jane L. Roe", "Jane Roe"}, []string{"Jane L. Roe"}},
		{[]string{"About the Author", "Jane Roe"}, []string{"Jane Roe"}},
		{[]string{"The suspect confessed", "Jane Roe"}, []string{"Jane Roe"}},
		{[]string{"jdadmin"}, nil},
		{[]string{"Jane Roe", "CNN"}, []string{"Jane Roe"}},
		{[]string{"Jane Roe", "Example.com"}, []string{"Jane Roe"}},
		{[]string{"Reuters"}, []string{"Reuters"}},
		{[]string{"Ludwig van Beethoven"}, []string{"Ludwig van Beethoven"}},
		{[]string{"By Jane Roe and John Doe, 2 hours ago"}, []string{"Jane Roe", "John Doe"}},
	}
	for _, tt := range tests {
		s := &state{doc: &document{meta: pageMeta{authors: tt.in}}, a: &model.Article{}}
		if got := s.authors(); !slices.Equal(got, tt.want) {
			t.Errorf("authors(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
