package htmlpage

import (
	"reflect"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
)

// TestCovers checks the lead images the markup names, JSON-LD first.
func TestCovers(t *testing.T) {
	page := `<html><head>
<meta property="og:image" content="https://a.example/og.jpg">
<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">
<meta name="twitter:image" content="https://a.example/tw.jpg">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","image":[{"@type":"ImageObject","url":"https://a.example/ld.jpg","width":{"@type":"QuantitativeValue","value":1600},"height":"900","caption":"The quay."}],
 "publisher":{"@type":"Organization","name":"P","logo":{"@type":"ImageObject","url":"https://a.example/logo.png"}}}</script>
</head><body></body></html>`
	want := []blocks.Picture{
		{URL: "https://a.example/ld.jpg", Width: 1600, Height: 900, Caption: "The quay."},
		{URL: "https://a.example/og.jpg", Width: 1200, Height: 630},
		{URL: "https://a.example/tw.jpg"},
	}
	if got := metaOf(t, page).Covers; !reflect.DeepEqual(got, want) {
		t.Errorf("covers = %+v, want %+v", got, want)
	}
}

// TestCoverOfGallery checks that a JSON-LD image that lists several
// pictures gives the cover only through the one og:image names, and that
// renditions of one picture in several shapes are one picture.
func TestCoverOfGallery(t *testing.T) {
	head := func(og, image string) string {
		return `<html><head><meta property="og:image" content="` + og + `">` +
			`<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"H","image":` + image + `}}</script></head><body></body></html>`
	}
	gallery := `[{"url":"https://a.example/chart.png"},{"url":"https://a.example/quay.jpg","caption":"The quay."},{"url":"https://a.example/map.png"}]`
	renditions := `["https://a.example/1x1/quay.jpg","https://a.example/16x9/quay.jpg?w=1200"]`
	tests := []struct {
		name, page string
		want       []string
	}{
		{"the one og:image names", head("https://cdn.example/w800/quay.jpg", gallery), []string{"https://a.example/quay.jpg", "https://cdn.example/w800/quay.jpg"}},
		{"none og:image names", head("https://a.example/og.jpg", gallery), []string{"https://a.example/og.jpg"}},
		{"renditions", head("https://a.example/og.jpg", renditions), []string{"https://a.example/1x1/quay.jpg", "https://a.example/og.jpg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range metaOf(t, tt.page).Covers {
				got = append(got, p.URL)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("covers = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTopicSources checks each source of topics and how it is split and
// cleaned.
func TestTopicSources(t *testing.T) {
	page := `<html><head>
<meta name="keywords" content="Budget, Town council , ,100312362">
<meta name="news_keywords" content="Roads">
<meta property="article:tag" content="Spain,Europe,World news">
<meta property="article:tag" content="Business, Finance, &amp; Economics">
<meta property="article:section" content="Politics">
<script type="application/ld+json">[{"@type":"NewsArticle","keywords":["Budget",{"@type":"DefinedTerm","name":"Coastal Planning &amp; Harbour Affairs"},"8ae9ab2d-fe1b-4230-acb8-a59b52877682"],"articleSection":["Local"]},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":2,"name":"News"},{"@type":"ListItem","position":1,"item":{"@id":"/","name":"Home"}}]}]</script>
</head><body><nav class="topics"><a href="/t/a">Sport</a></nav>
<div class="article-tags"><a href="/t/b">#Harbour</a> <a href="/t/c" class="sr-only">Skip the tags</a> <a href="#end">Skip</a> <a href="/t/g">(3) Quay</a> <a href="/t/h">Tides (12)</a> <a href="/t/i">G(7)</a></div><a rel="tag" href="/t/d">Ferries</a>
<ul><li><a data-track-label="tag" href="/t/e"> Energie </a></li><li><a data-track-label="teaser" href="/t/f">Other story</a></li></ul></body></html>`
	m := metaOf(t, page)
	want := blocks.Topics{
		Tags:       []string{"Spain", "Europe", "World news", "Business, Finance, & Economics"},
		Keywords:   []string{"Budget", "Town council", "Roads"},
		LDKeywords: []string{"Budget", "Coastal Planning & Harbour Affairs"},
		Visible:    []string{"Harbour", "Quay", "Tides", "G(7)", "Ferries", "Energie"},
	}
	if !reflect.DeepEqual(m.Topics, want) {
		t.Errorf("topics = %+v, want %+v", m.Topics, want)
	}
	if m.Section != "Politics" {
		t.Errorf("section = %q, want the meta tag's, Politics", m.Section)
	}
	if want := []string{"Home", "News"}; !reflect.DeepEqual(m.Breadcrumbs, want) {
		t.Errorf("breadcrumbs = %q, want %q", m.Breadcrumbs, want)
	}
}

// TestSubjectsOf checks that of a list several taxonomies label, the
// subjects are kept, and that other lists are kept whole.
func TestSubjectsOf(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"Day: Friday", "Page Type: Article", "Medium", "Subject: Justice", "subject: Politics", "Partner: Factiva"}, []string{"Subject: Justice", "subject: Politics"}},
		{[]string{"Thema: Energie", "Ort: Berlin", "Ressort: Politik"}, []string{"Thema: Energie"}},
		// Near-misses: one taxonomy, no subject among several, no labels.
		{[]string{"Category: Public Service", "Category: Health"}, []string{"Category: Public Service", "Category: Health"}},
		{[]string{"Day: Friday", "Partner: Factiva"}, []string{"Day: Friday", "Partner: Factiva"}},
		{[]string{"Budget", "Town council"}, []string{"Budget", "Town council"}},
		{[]string{"Brexit: what next", "Tags: EU"}, []string{"Brexit: what next", "Tags: EU"}},
		{[]string{"Day: Friday", "Partner: Factiva", "Tags: EU"}, []string{"Tags: EU"}},
	}
	for _, tt := range tests {
		if got := subjectsOf(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("subjectsOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestIsTopicWord checks what can name a topic.
func TestIsTopicWord(t *testing.T) {
	for v, want := range map[string]bool{
		"Budget": true, "COVID-19": true, "G7": true, "beef": true, "Ärzte": true,
		"100312362": false, "2024": false, "8ae9ab2d-fe1b-4230-acb8-a59b52877682": false, "--": false,
		"autoplay_video": false, "Jane Roe SOME_LABEL": false, "@top-stories": false, "@post-id:123": false, "AT&T": true, "e-mail": true,
	} {
		if got := isTopicWord(v); got != want {
			t.Errorf("isTopicWord(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestWithoutLabel checks that the label of a taxonomy goes and other
// colons stay.
func TestWithoutLabel(t *testing.T) {
	for in, want := range map[string]string{
		"Category: Public Service":           "Public Service",
		"NLP Category: Politics":             "Politics",
		"Ferries":                            "Ferries",
		"COVID-19: what we know":             "COVID-19: what we know",
		"Time:11.00":                         "Time:11.00",
		"A very long label of many words: x": "A very long label of many words: x",
		"Label: ":                            "Label: ",
	} {
		if got := withoutLabel(in); got != want {
			t.Errorf("withoutLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestVisibleCrumbs checks that a visible breadcrumb trail serves when
// the JSON-LD gives none.
func TestVisibleCrumbs(t *testing.T) {
	page := `<html><body><nav class="breadcrumbs"><a href="/">Home</a> › <a href="/business">Business</a></nav></body></html>`
	if got, want := metaOf(t, page).Breadcrumbs, []string{"Home", "Business"}; !reflect.DeepEqual(got, want) {
		t.Errorf("breadcrumbs = %q, want %q", got, want)
	}
	ld := `<html><head><script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"position":1,"name":"Start"},{"position":2,"name":"Travel"}]}</script></head>` + page[6:]
	if got, want := metaOf(t, ld).Breadcrumbs, []string{"Start", "Travel"}; !reflect.DeepEqual(got, want) {
		t.Errorf("breadcrumbs with JSON-LD = %q, want %q", got, want)
	}
}

// TestListWordParts checks that every word naming a list of tags or a
// breadcrumb trail passes the quick test, so that none is missed.
func TestListWordParts(t *testing.T) {
	for _, w := range append(append([]string{}, tagListWords...), crumbWords...) {
		if !mayNameList(w) {
			t.Errorf("%q has none of listWordParts", w)
		}
	}
	if mayNameList("article-body main") {
		t.Error("an unrelated class passes the quick test")
	}
	for k, p := range listWordParts {
		first := int(listPartStart[p[0]]) - 1
		if first < 0 || first > k {
			t.Errorf("listPartStart misses the first byte of %q", p)
			continue
		}
		for _, q := range listWordParts[first:k] {
			if q[0] != p[0] || q[1] != p[1] {
				t.Errorf("%q and %q share a first byte but not the second, or others come between", q, p)
			}
		}
	}
}
