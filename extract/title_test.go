package extract

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/layout"
	"github.com/newsextract/newsextract/extract/internal/pagetest"
)

// TestTitleChoice checks the choice among the headline block, the JSON-LD
// headline, og:title and <title>, with near-misses.
func TestTitleChoice(t *testing.T) {
	tests := []struct {
		name                 string
		h1, ld, og, pageTitl string
		want                 string
	}{
		{"h1 confirmed by the page title", "Rail strike called off", "", "", "Rail strike called off - The Daily", "Rail strike called off"},
		{"h1 confirmed over a social title", "Chelsea win at Cobham in battling display", "Chelsea win at Cobham in battling display", "Chelsea win at Cobham", "", "Chelsea win at Cobham in battling display"},
		{"kicker glued on the h1", "Eskalation im Nahen Osten «Die Zurückhaltung hat viel mit den USA zu tun»", "", "Iranischer Angriff auf Israel: «Die Zurückhaltung hat viel mit den USA zu tun»", "", "«Die Zurückhaltung hat viel mit den USA zu tun»"},
		{"kicker printed as one", "Iranischer Angriff: Die Zurückhaltung hat viel mit den USA zu tun", "Iranischer Angriff: Die Zurückhaltung hat viel mit den USA zu tun", "", "", "Iranischer Angriff: Die Zurückhaltung hat viel mit den USA zu tun"},
		{"og and ld agree over the page title", "", "Business Brief: Nvidia builds nations", "Business Brief: Nvidia builds nations", "Business Brief: Nvidia builds nations - The Globe and Mail", "Business Brief: Nvidia builds nations"},
		{"og and page title agree over ld", "", "49-Euro-Ticket: Pendler sparen bei Bus und Bahn", "49-Euro-Ticket: Pendler zahlen weniger", "49-Euro-Ticket: Pendler zahlen weniger - FAZ", "49-Euro-Ticket: Pendler zahlen weniger"},
		{"ld alone", "", "Ampeln tot: Wie sicher ist das Stromnetz?", "", "", "Ampeln tot: Wie sicher ist das Stromnetz?"},
		{"site suffix", "", "", "", "Rail strike called off | The Daily", "Rail strike called off"},
		{"soft hyphen and word joiner", "Bundes\u00adverfassungs\u00adgericht urteilt \u2060heute", "", "", "Bundesverfassungsgericht urteilt heute", "Bundesverfassungsgericht urteilt heute"},
		{"character reference in ld", "", "Kohberger&#8217;s lawyers speak", "", "", "Kohberger\u2019s lawyers speak"},
		{"kicker in the heading, colon in the titles", "Hafenumbau in Kiel Fähre fährt wieder ab Montag", "Hafenumbau in Kiel - Fähre fährt wieder ab Montag", "Hafenumbau in Kiel: Fähre fährt wieder ab Montag", "Hafenumbau in Kiel: Fähre fährt wieder ab Montag - Politik", "Hafenumbau in Kiel: Fähre fährt wieder ab Montag"},
		{"near-miss: another kicker in the titles", "Meinung Fähre fährt wieder ab Montag und bleibt", "", "Hafenumbau: Fähre fährt wieder ab Montag und bleibt", "", "Fähre fährt wieder ab Montag und bleibt"},
		{"near-miss: a shared tail too short", "Wetter heute Sonne satt", "", "Morgen: Sonne satt", "", "Morgen: Sonne satt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Markup: true, Meta: blocks.Meta{Headline: tt.ld, OGTitle: tt.og, Title: tt.pageTitl}}
			if tt.pageTitl != "" {
				d.Blocks = append(d.Blocks, blocks.Block{Text: tt.pageTitl, Role: blocks.PageTitle})
			}
			if tt.h1 != "" {
				d.Blocks = append(d.Blocks, blocks.Block{Text: tt.h1, Role: blocks.Headline})
			}
			s := (&Extractor{}).newState(Source{}, d)
			if got := s.title(layout.TopMatter{}); got != tt.want {
				t.Errorf("title = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTitleSiteName checks that a page title loses the site's name of
// four words or more where the page or its address names the site.
func TestTitleSiteName(t *testing.T) {
	tests := []struct {
		name, url, siteName, pageTitle, want string
	}{
		{"og:site_name", "", "The Globe and Mail", "Rates hold steady - The Globe and Mail", "Rates hold steady"},
		{"the host written out", "https://www.theglobeandmail.com/a", "", "Rates hold steady - The Globe and Mail", "Rates hold steady"},
		{"the site before the headline", "https://www.theglobeandmail.com/a", "", "The Globe and Mail | Rates hold steady at the bank", "Rates hold steady at the bank"},
		{"near-miss: a long part that is not the site", "https://news.example.com/a", "", "Interest rates hold steady again - What the Bank of Canada said", "Interest rates hold steady again - What the Bank of Canada said"},
		{"near-miss: a headline naming the site", "https://www.theglobeandmail.com/a", "", "Why The Globe and Mail changed its paywall", "Why The Globe and Mail changed its paywall"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Markup: true, Meta: blocks.Meta{Title: tt.pageTitle, SiteName: tt.siteName}}
			d.Blocks = append(d.Blocks, blocks.Block{Text: tt.pageTitle, Role: blocks.PageTitle})
			s := (&Extractor{}).newState(Source{URL: tt.url}, d)
			s.a.URL = tt.url
			if got := s.title(layout.TopMatter{}); got != tt.want {
				t.Errorf("title = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTitleShownPart checks that the part of a page title the page prints
// as a block of its own is the headline, whatever stands beside it.
func TestTitleShownPart(t *testing.T) {
	tests := []struct {
		name, pageTitle string
		shown           []string
		want            string
	}{
		{"a long site name beside it", "Rates hold steady | Berliner Morgenpost Online Nachrichten", []string{"Rates hold steady"}, "Rates hold steady"},
		{"the site first", "Berliner Morgenpost Online Nachrichten | Rates hold steady", []string{"Menu", "Rates hold steady"}, "Rates hold steady"},
		{"near-miss: both parts printed", "Interest rates hold steady again | Berliner Morgenpost Online Nachrichten", []string{"Interest rates hold steady again", "Berliner Morgenpost Online Nachrichten"}, "Interest rates hold steady again | Berliner Morgenpost Online Nachrichten"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Markup: true, Meta: blocks.Meta{Title: tt.pageTitle}}
			d.Blocks = append(d.Blocks, blocks.Block{Text: tt.pageTitle, Role: blocks.PageTitle})
			for _, b := range tt.shown {
				d.Blocks = append(d.Blocks, blocks.Block{Text: b, Role: blocks.Paragraph})
			}
			s := (&Extractor{}).newState(Source{}, d)
			if got := s.title(layout.TopMatter{}); got != tt.want {
				t.Errorf("title = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHeadlineInH2 checks that an <h2> printing the JSON-LD headline is
// the headline where the <h1> is a breadcrumb repeating the <title>.
func TestHeadlineInH2(t *testing.T) {
	page := `<html><head><title>Stromausfall Berlin: Wie sicher ist unser Netz?</title>` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ampeln tot: Wie sicher ist Deutschlands Stromnetz?"}</script></head><body>` +
		`<h1>Stromausfall Berlin: Wie sicher ist unser Netz?</h1><article><hgroup><h2>Ampeln tot: Wie sicher ist Deutschlands Stromnetz?</h2></hgroup>` +
		`<p>In Berlin brennen zwei Strommasten, und Zehntausende sind seit dem Morgen ohne Strom in ihren Wohnungen.</p>` +
		`<p>Der mutmaßliche Anschlag wirft Fragen an die Versorgungssicherheit auf, sagen Fachleute der Netzbetreiber.</p></article></body></html>`
	a, err := (&Extractor{}).FromHTML(strings.NewReader(page), Source{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Ampeln tot: Wie sicher ist Deutschlands Stromnetz?"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
}

// TestTitleSpaces checks that the no-break and ideographic spaces a page
// sets its title with stay where two of its titles write them, and that
// other white space is folded.
func TestTitleSpaces(t *testing.T) {
	tests := []struct {
		name string
		page string
		want string
	}{
		{"no-break space", `<title>Jak rychle teď bude postupovat Babiš a&nbsp;Hrad - Seznam Zprávy</title><meta property="og:title" content="Jak rychle teď bude postupovat Babiš a&nbsp;Hrad">`,
			"Jak rychle teď bude postupovat Babiš a\u00a0Hrad"},
		{"ideographic space", `<title>南海トラフ、一時調査　巨大地震、基準達せず</title><meta property="og:title" content="南海トラフ、一時調査　巨大地震、基準達せず">`,
			"南海トラフ、一時調査\u3000巨大地震、基準達せず"},
		{"near-miss: one place alone writes it", `<title>Guerre en Ukraine : la Russie avance</title><meta property="og:title" content="Guerre en Ukraine : la Russie avance"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Guerre en Ukraine\u00a0: la Russie avance"}</script>`,
			"Guerre en Ukraine : la Russie avance"},
		{"near-miss: a run of spaces", `<title>Rail  strike&nbsp;&nbsp;called off</title><meta property="og:title" content="Rail  strike&nbsp;&nbsp;called off">`,
			"Rail strike called off"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head>` + tt.page + `</head><body><article><p>` + pagetest.Prose("strike", 3) + `</p><p>` + pagetest.Prose("wages", 3) + `</p></article></body></html>`
			a, err := (&Extractor{}).FromHTML(strings.NewReader(page), Source{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.want {
				t.Errorf("title %q, want %q", a.Title, tt.want)
			}
		})
	}
}

// TestTitleSiteHeading checks that a heading that is the site's name (a
// logo set in an <h1>) is no headline, and that one naming more is.
func TestTitleSiteHeading(t *testing.T) {
	tests := []struct {
		name, siteName, h1, og, want string
	}{
		{"the site's name as the heading", "Harbour Daily", "Harbour Daily", "Ferry service resumes after storm", "Ferry service resumes after storm"},
		{"in another case", "Harbour Daily", "HARBOUR DAILY", "Ferry service resumes after storm", "Ferry service resumes after storm"},
		{"near-miss: a headline naming the site", "Harbour Daily", "Harbour Daily wins press award", "Harbour Daily wins press award", "Harbour Daily wins press award"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pt := tt.og + " | " + tt.siteName
			d := &blocks.Document{Markup: true, Meta: blocks.Meta{Title: pt, OGTitle: tt.og, SiteName: tt.siteName}}
			d.Blocks = append(d.Blocks, blocks.Block{Text: pt, Role: blocks.PageTitle}, blocks.Block{Text: tt.h1, Role: blocks.Headline})
			s := (&Extractor{}).newState(Source{}, d)
			if got := s.title(layout.TopMatter{}); got != tt.want {
				t.Errorf("title = %q, want %q", got, tt.want)
			}
		})
	}
}
