package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/extract/internal/pagetest"
	"github.com/newsextract/newsextract/model"
)

// TestPublishedStatedTimeAndZone checks that a time or zone the page states
// is kept, whether the date comes from the visible line, a meta tag or
// JSON-LD.
func TestPublishedStatedTimeAndZone(t *testing.T) {
	ref := time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, url, value, want string
	}{
		{"BST with a dotted time", "https://news.example.com/a", "Wednesday 13 May 2026 15.44 BST", "2026-05-13T15:44:00+01:00"},
		{"French hour mark", "https://news.example.com/a", "13 May 2026 15h44", "2026-05-13T15:44:00Z"},
		{"US site, month first", "https://www.nytimes.com/2026/05/06/us/x.html", "05/06/2026", "2026-05-06"},
		{"US site, ET", "https://www.nytimes.com/2026/05/06/us/x.html", "5/6/2026 12:30 PM ET", "2026-05-06T12:30:00-04:00"},
		{"CST in China", "https://news.example.cn/a", "2026-05-13 15:44 CST", "2026-05-13T15:44:00+08:00"},
		{"zoneless on a German site", "https://www.zeitung.example.de/a", "13.05.2026, 15:44 Uhr", "2026-05-13T15:44:00+02:00"},
	}
	for _, tt := range tests {
		for _, form := range datePageForms(tt.value) {
			t.Run(tt.name+"/"+form.name, func(t *testing.T) {
				e := &Extractor{Reference: ref}
				a, err := e.FromHTML(strings.NewReader(form.page), Source{URL: tt.url})
				if err != nil {
					t.Fatal(err)
				}
				got := a.Published.Format(time.RFC3339)
				if len(tt.want) == len("2006-01-02") {
					got = a.Published.Format("2006-01-02")
				}
				if got != tt.want {
					t.Errorf("published %s (%q, from %s), want %s", got, a.PublishedText, a.PublishedSource, tt.want)
				}
			})
		}
	}
}

// datePageForm is a page that states a date one way.
type datePageForm struct{ name, page string }

// datePageForms returns pages that give the date value v in the visible
// line, in a meta tag and in JSON-LD.
func datePageForms(v string) []datePageForm {
	body := `<h1>Council votes on the budget</h1>%s<article><p>` + pagetest.Prose("budget", 3) + `</p><p>` + pagetest.Prose("vote", 3) + `</p></article>`
	page := func(head, line string) string {
		return "<html><head><title>Council votes on the budget</title>" + head + "</head><body>" + strings.Replace(body, "%s", line, 1) + "</body></html>"
	}
	return []datePageForm{
		{"visible", page("", `<div class="date">`+v+`</div>`)},
		{"meta", page(`<meta property="article:published_time" content="`+v+`">`, "")},
		{"json-ld", page(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"`+v+`"}</script>`, "")},
	}
}

// TestPageLineLabel checks what the words of a date line say of its date.
func TestPageLineLabel(t *testing.T) {
	tests := []struct {
		line  string
		label int
		part  string
	}{
		{"13 May 2026", labelNone, "13 May 2026"},
		{"Published 13 May 2026", labelPublished, "Published 13 May 2026"},
		{"Updated 15 May 2026", labelOther, "Updated 15 May 2026"},
		{"Aktualisiert: 15.05.2026. Erstellt: 13.05.2026", labelPublished, ": 13.05.2026"},
		{"Veröffentlicht: 13.05.2026, aktualisiert: 15.05.2026", labelPublished, ": 13.05.2026, "},
		{"Опубликовано 13 мая 2026, обновлено 15 мая 2026", labelPublished, " 13 мая 2026, "},
		{"Comment posted 14 May 2026", labelOther, "Comment posted 14 May 2026"},
		{"Updated and published 13 May 2026", labelOther, "Updated and published 13 May 2026"},
		{"Von Jane Holt publiziert am 13. Mai 2026", labelPublished, " am 13. Mai 2026"},
		{"By Jane Holt, posted 13 May 2026", labelPublished, " 13 May 2026"},
		{"Issue 12 published 13 May 2026", labelPublished, "Issue 12 published 13 May 2026"},
		{"Jane Holt publicerad 13 maj 2026", labelPublished, " 13 maj 2026"},
	}
	for _, tt := range tests {
		label, part := pageLineLabel(tt.line)
		if label != tt.label || part != tt.part {
			t.Errorf("pageLineLabel(%q) = %d, %q; want %d, %q", tt.line, label, part, tt.label, tt.part)
		}
	}
}

// TestPublishedCandidates checks the choice among the dates a page gives.
func TestPublishedCandidates(t *testing.T) {
	prose := `<article><p>` + pagetest.Prose("budget", 3) + `</p><p>` + pagetest.Prose("vote", 3) + `</p></article>`
	tests := []struct {
		name, url, head, body, want string
	}{
		{"meta name with colons", "", `<meta property="article:published:time" content="2026-05-13T15:44:00+02:00">`, prose, "2026-05-13T15:44:00+02:00"},
		{"time beats a date-only value of the same day", "",
			`<meta name="date" content="2026-05-13"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-05-13T15:44:00+02:00"}</script>`, prose, "2026-05-13T15:44:00+02:00"},
		{"a value years from the URL's date loses", "https://news.example.com/2026/05/13/budget",
			`<meta property="article:published_time" content="2016-02-01T10:00:00Z">`, prose, "2026-05-13T00:00:00Z"},
		{"a related story's <time> yields to the date line", "",
			"", `<h1>Council votes on the budget</h1><div class="date">13 May 2026, 15:44</div>` + prose + `<aside class="related"><time datetime="2016-02-01T10:00:00Z">1 Feb 2016</time></aside>`, "2026-05-13T15:44:00Z"},
		{"a labelled date in a sidebar", "",
			"", `<h1>Council votes on the budget</h1>` + prose + `<ul class="meta"><li><strong>Datum</strong> 13.05.2026</li></ul>`, "2026-05-13T00:00:00Z"},
		{"the page title's date", "", "", prose, "2026-05-13T00:00:00Z"},
		{"a byline's labelled date above the headline", "",
			"", `<p class="about"><span>Von</span> <a class="author-link" href="/author/jane-holt">Jane Holt</a> <span>publiziert am 13. Mai 2026</span></p><h1>Council votes on the budget</h1>` + prose, "2026-05-13T00:00:00Z"},
		{"a byline with an unlabelled number is no date line", "",
			"", `<p class="about">Von Jane Holt, 13 Kommentare</p><h1>Council votes on the budget</h1>` + prose, "0001-01-01T00:00:00Z"},
		{"a value stating its zone beats one of the same time that does not", "",
			`<meta name="date" content="2026-05-13 15:44"><meta property="article:published_time" content="2026-05-13T15:44:00+02:00">`, prose, "2026-05-13T15:44:00+02:00"},
		{"an rnews meta name", "", `<meta name="rnews:datePublished" content="2026-05-13T15:44:00+02:00">`, prose, "2026-05-13T15:44:00+02:00"},
		{"a record's creation is no publication", "", `<meta itemprop="dateCreated" content="2026-05-14T10:00:00+02:00"><meta itemprop="datePublished" content="2026-05-13T15:44:00+02:00">`, prose, "2026-05-13T15:44:00+02:00"},
		{"an update's date line yields to the publication's further on", "",
			"", `<h1>Council votes on the budget</h1><p>Aktualisiert am 15. Mai 2026</p>` + prose + `<p>Geschrieben am 13. Mai 2026</p>`, "2026-05-13T00:00:00Z"},
		{"a line with the update's date and the publication's", "",
			"", `<h1>Council votes on the budget</h1>` + prose + `<div class="info">Zuletzt aktualisiert: 15. Mai 2026. Erstellt: 13. Mai 2026</div>`, "2026-05-13T00:00:00Z"},
		{"an update's date line when nothing else dates the page", "",
			"", `<h1>Council votes on the budget</h1><div class="date">Updated 15 May 2026</div>` + prose, "2026-05-15T00:00:00Z"},
		{"a date line of the day gives the time a date-only value lacks", "",
			`<meta property="article:published_time" content="2026-05-13">`, `<h1>Council votes on the budget</h1><div class="date">13 May 2026, 15:44 BST</div>` + prose, "2026-05-13T15:44:00+01:00"},
		{"a date line gives the zone of the JSON-LD's time of day", "",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-05-13T15:44:00"}</script>`, `<h1>Council votes on the budget</h1><div class="date">13.05.2026, 15:44 Uhr MESZ</div>` + prose, "2026-05-13T15:44:00+02:00"},
		{"an update's line of the day gives no time", "",
			`<meta property="article:published_time" content="2026-05-13">`, `<h1>Council votes on the budget</h1><div class="date">Updated 13 May 2026, 18:00 BST</div>` + prose, "2026-05-13T00:00:00Z"},
		{"a line of another time of day gives no zone", "",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-05-13T15:44:00"}</script>`, `<h1>Council votes on the budget</h1><div class="date">13 May 2026, 18:00 BST</div>` + prose, "2026-05-13T15:44:00Z"},
		{"a line of another day gives no time", "",
			`<meta property="article:published_time" content="2026-05-13">`, `<h1>Council votes on the budget</h1><div class="date">14 May 2026, 15:44 BST</div>` + prose, "2026-05-13T00:00:00Z"},
		{"a <time> keeps its year, time and zone against a date line of its month and day without a year", "",
			"", `<h1>Council votes on the budget</h1><div class="date"><time datetime="2025-05-13T15:44:00+02:00">13 May</time></div>` + prose, "2025-05-13T15:44:00+02:00"},
		{"an abbr's title keeps its year against its visible month and day", "",
			"", `<h1>Council votes on the budget</h1><span class="entry-date"><abbr class="published" title="2025-05-13T15:44:00+02:00">May 13</abbr></span>` + prose, "2025-05-13T15:44:00+02:00"},
		{"a date line without a year of another day still beats a <time>", "",
			"", `<h1>Council votes on the budget</h1><div class="date">14 May</div>` + prose + `<aside class="related"><time datetime="2025-05-13T15:44:00+02:00">13 May</time></aside>`, "2026-05-14T00:00:00+02:00"},
		{"an abbr's title keeps the time and zone the visible day leaves out", "",
			"", `<h1>Council votes on the budget</h1><span class="entry-date"><abbr class="published" title="2026-05-13T15:44:00+02:00">13 May 2026</abbr></span>` + prose, "2026-05-13T15:44:00+02:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := "Council votes on the budget"
			if tt.name == "the page title's date" {
				title += " | Ledger | 13.05.2026"
			}
			page := "<html><head><title>" + title + "</title>" + tt.head + "</head><body>" + tt.body + "</body></html>"
			e := &Extractor{Reference: time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC)}
			a, err := e.FromHTML(strings.NewReader(page), Source{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.Format(time.RFC3339); got != tt.want {
				t.Errorf("published %s (%q, from %s), want %s", got, a.PublishedText, a.PublishedSource, tt.want)
			}
		})
	}
}

// TestPublishedYearEvidence checks that a date without a year, read
// without a reference time, takes the year of the page's own dates, not of
// an old year the text mentions.
func TestPublishedYearEvidence(t *testing.T) {
	text := "Council votes on the budget\n\n13 May, 15:44\n\nThe council voted on Tuesday on the budget for 2026, the first since the crisis of 2015 that it passed without a fight.\n\n© 2026 Ledger\n"
	a, err := (&Extractor{}).FromText(strings.NewReader(text), Source{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published.Year() != 2026 {
		t.Errorf("published %v, want the year 2026", a.Published)
	}
}

// TestPublishedTimeInferred checks that a date without a time of day says
// so, and one with a time does not.
func TestPublishedTimeInferred(t *testing.T) {
	for value, want := range map[string]bool{"2026-05-13": true, "2026-05-13T15:44:00+02:00": false, "13 May 2026 15h44": false} {
		page := `<html><head><meta property="article:published_time" content="` + value + `"></head><body><h1>Council votes</h1><article><p>` + pagetest.Prose("vote", 3) + `</p></article></body></html>`
		a, err := (&Extractor{}).FromHTML(strings.NewReader(page), Source{})
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(a.PublishedInferred, model.InferredTime); got != want {
			t.Errorf("%q: inferred %q, want time inferred %v", value, a.PublishedInferred, want)
		}
	}
}
