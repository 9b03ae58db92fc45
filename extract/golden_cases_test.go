package extract

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/model"
)

// caseFacts are the facts a golden input is known to hold, asserted on
// their own so that a golden file rewritten with -update cannot hide a
// wrong article.
type caseFacts struct {
	name string // testdata/NAME.html or NAME.txt

	url, title, site, language string
	// published is RFC 3339, "" when the document states no date; inferred
	// and source are what the article must say about it; publishedText is
	// checked when not "".
	published, publishedText, source string
	inferred                         []string
	modified                         string // RFC 3339, "" for none
	views                            int64
	authors                          []string

	lead string // prefix of the lead, "" when there is none
	body int    // number of body paragraphs
	// notInText are strings of boilerplate that must appear in neither the
	// lead nor the body.
	notInText []string

	// quotes are "field:paragraph|speaker|cue", with "|partial" for a
	// fragment, in order. The speaker
	// matches when the one found contains it, so that a role written
	// before a name ("commission chair Linda Okafor") is accepted; an
	// empty speaker must be empty.
	quotes []string
	// docs are "symbol|kind|organ|year" (year empty when the citation does
	// not give it), or "title:TITLE|kind||" for documents named without a
	// symbol, in order of first appearance.
	docs []string
	// docMentions gives the number of mentions of some documents, by
	// symbol.
	docMentions map[string]int
	// countries are the ISO codes in order of first appearance.
	countries string

	// skip holds, for each aspect that the extraction still gets wrong,
	// why; the aspects are "meta", "date", "authors", "text", "quotes",
	// "documents" and "countries".
	skip map[string]string
}

var goldenFacts = []caseFacts{
	{
		name:     "jsonld-offset",
		url:      "https://www.coastalledger.example/business/port-of-halvern-terminal-expansion",
		title:    "Port of Halvern approves $2.1 billion terminal expansion",
		site:     "The Coastal Ledger",
		language: "en",
		// The zone is the page's own -04:00, not UTC nor the reader's.
		published: "2023-06-14T09:30:00-04:00",
		source:    model.SourceJSONLD,
		modified:  "2023-06-14T11:05:00-04:00",
		authors:   []string{"Maria Alvarez", "Thomas Nguyen"},
		lead:      "The harbour commission voted 5-2 to double the capacity",
		body:      7,
		notInText: []string{"Advertisement", "Read more", "Eastside residents deliver petition", "Share on", "Morning Briefing", "Most read", "Ferry timetable", "All rights reserved", "cookies", "The Coastal Ledger"},
		quotes: []string{
			"body:2|Linda Okafor|said",
			"body:4|Morrison|said",
			"body:4|Morrison|said",
		},
		// "Chad Morrison" is a man, not Chad.
		countries: "CA BR",
	},
	{
		name:     "byline-authors",
		title:    "Food bank volunteers brace for record winter demand",
		site:     "The Valley Post",
		language: "en",
		// The article's own <time>, not the masthead's date of the day, the
		// ticker's latest news, the related stories' or the comments'.
		published: "2022-11-03T07:45:00+01:00",
		source:    model.SourceTime,
		// The byline credits two people; the meta tag names only the first,
		// and the photographer is no author.
		authors:   []string{"Jane Doe", "John Roe"},
		lead:      "Demand has risen by a third since the spring",
		body:      6,
		notInText: []string{"Related stories", "Road closure on the A470", "Valley derby", "Latest:", "5 November 2022", "Council approves winter heating grants", "Photo:", "Alex Kim", "Volunteers sort donated tins", "comments", "drop off tins", "Join the discussion", "Registered in England", "Cost of living"},
		quotes: []string{
			"body:2|Raman|said",
			"body:2|Raman|said",
			// "he" is Tomás Herrera, the subject of "said he had already
			// doubled his donations" in the same paragraph.
			"body:4|Tomás Herrera|said",
		},
		countries: "UA AF",
	},
	{
		name:     "no-date",
		title:    "Library reopens after two-year restoration of its reading room",
		language: "en",
		// No date anywhere: "on Saturday" and "except Monday" are no
		// publication date without a reference time.
		published: "",
		body:      6,
		quotes: []string{
			"body:4|Eleanor Whitcombe|said",
			"body:4|Eleanor Whitcombe|said",
		},
		// Georgia, named beside Alabama, is the US state; Jordan Ellis is a
		// person.
		countries: "TR",
	},
	{
		name:          "bnews-ru-jcpoa-briefing",
		title:         "Казахстан призвал сохранить СВПД на брифинге в Совбезе ООН",
		site:          "BNews",
		language:      "ru",
		published:     "2018-06-28T11:40:00+06:00",
		publishedText: "28 июня, 11:40",
		source:        model.SourceVisible,
		// The year comes from S/2018/602, the latest year the text cites.
		inferred:  []string{model.InferredYear, model.InferredZone},
		views:     412,
		lead:      "Казахстанская делегация выступила за полное выполнение резолюции СБ ООН 2231 (2015)",
		body:      7,
		notInText: []string{"Похожие новости", "BNews", "28 июня", "Казахстан призвал сохранить СВПД"},
		quotes: []string{
			"body:2|Ержан Садыков|заявил",
			"body:4|представитель России|отметил",
			"body:5|Садыков|подчеркнул",
			"body:5|Садыков|подчеркнул",
		},
		docs: []string{
			"title:Joint Comprehensive Plan of Action|plan||",
			"S/RES/2231 (2015)|resolution|Security Council|2015",
			"S/PV.8277|meeting record|Security Council|",
			"S/2018/602|report|Security Council|2018",
		},
		// "резолюции 2231" in body[1] is the resolution the lead cites.
		docMentions: map[string]int{"S/RES/2231 (2015)": 2},
		countries:   "KZ IR US RU NL CI",
		skip:        map[string]string{},
	},
	{
		name:          "bnews-kk-china-trade",
		url:           "https://bnews.kz/kz/news/ekonomika/qazaqstan_men_qytai_arasyndagy_tauar_ainalymy_artty",
		title:         "Қазақстан мен Қытай арасындағы тауар айналымы артты",
		site:          "BNews",
		language:      "kk",
		published:     "2024-02-02T15:01:00+06:00",
		publishedText: "02 ақпан, 15:01",
		source:        model.SourceVisible,
		// The year comes from the fetch time in the .source.json.
		inferred:  []string{model.InferredYear, model.InferredZone},
		views:     198,
		lead:      "Өткен жылы екі ел арасындағы сауда көлемі",
		body:      8,
		notInText: []string{"Ұқсас жаңалықтар", "BNews", "02 ақпан", "тауар айналымы артты"},
		quotes: []string{
			"body:2|Айбек Нұрланов|атап өтті",
			"body:3|Айбек Нұрланов|деді",
			// "Вице-министрдің айтуынша" is "according to the vice minister".
			"body:4|министр|айтуынша|partial",
			"body:6|ведомство өкілі|мәлімдеді",
			// «Қорғас» in body[7] is a name, not a quotation.
		},
		countries: "KZ CN RU UZ",
	},
	{
		name: "interview-dash-ru",
		// The dash in the headline is part of it, not a site separator.
		title:         "Астроном Марат Жумабаев — о новом телескопе и будущем обсерватории",
		language:      "ru",
		published:     "2023-03-15T10:20:00Z",
		publishedText: "15 марта 2023, 10:20",
		source:        model.SourceVisible,
		inferred:      []string{model.InferredZone},
		lead:          "Директор Ассинской обсерватории рассказал",
		body:          10,
		notInText:     []string{"15 марта 2023"},
		quotes: []string{
			// Every turn of the dialogue is speech; its speaker is not
			// written, and "Говорят," opening a question is no attribution.
			"body:1||",
			"body:2||",
			"body:3||",
			"body:4||",
			"body:5||",
			"body:6|Жумабаев|говорит",
			"body:6|Жумабаев|говорит",
			// A question and its answer in one paragraph are two turns.
			"body:7||",
			"body:7||",
			// «темной зоне» in body[8], after "так называемой", is a term,
			// not a quotation.
			// "он" is Жумабаев, the last named speaker.
			"body:9|Жумабаев|сказал",
		},
		countries: "DE RU JP CL",
	},
	{
		name:     "unbalanced-quote",
		title:    "City council delays vote on bus fare rise after heated meeting",
		language: "en",
		// "on Thursday evening" and "next month" are no publication date.
		published: "",
		lead:      "Councillors postponed the decision by a month",
		body:      9,
		quotes: []string{
			// The mark left open in body[1] neither swallows the paragraphs
			// after it nor hides the quotations that follow.
			"body:3|Amira Haddad|said",
			"body:4|Sarah Kemp|told",
			// "he" is Transport director Paul Whelan, named just before.
			"body:5|Paul Whelan|said",
			"body:6|Whelan|added",
			"body:6|Whelan|added",
			"body:7|Lund|said",
		},
	},
	{
		name:          "un-press-release",
		title:         "Security Council Reaffirms Support for Non-Proliferation Regime, as Speakers Urge Full Implementation of Sanctions on Democratic People’s Republic of Korea",
		language:      "en",
		published:     "2018-02-02T00:00:00Z",
		publishedText: "2 February 2018",
		source:        model.SourceVisible,
		inferred:      []string{model.InferredZone, model.InferredTime}, // the release states no time
		lead:          "Speakers Stress Diplomacy, Dialogue as Only Path to Peaceful Settlement",
		body:          12,
		notInText:     []string{"8160th Meeting", "2 February 2018"},
		quotes: []string{
			"body:3|the representative of Sweden|said",
			"body:7|the representative of Georgia|said",
		},
		docs: []string{
			"S/RES/2397 (2017)|resolution|Security Council|2017",
			"S/PV.8160|meeting record|Security Council|",
			"title:Treaty on the Non-Proliferation of Nuclear Weapons|treaty||",
			"S/RES/255 (1968)|resolution|Security Council|1968",
			"S/RES/984 (1995)|resolution|Security Council|1995",
			"title:2030 Agenda for Sustainable Development|agenda||",
			"A/RES/70/1|resolution|General Assembly|",
			"S/RES/1718 (2006)|resolution|Security Council|2006",
			"S/2018/66|report|Security Council|2018",
			"title:Pelindaba Treaty|treaty||",
			"A/72/L.1|draft resolution|General Assembly|",
			"SC/13170|press release|Security Council|",
		},
		docMentions: map[string]int{"S/RES/2397 (2017)": 2},
		// Not GN for the Guineas, not NE for Nigeria's, not KR for the
		// Democratic People's Republic of Korea, not DM for the Dominican
		// Republic, and not IQ for the Islamic State in Iraq and the Levant.
		countries: "KP SE GQ CI NL DO PG NE NG GE KZ BO US CN FR GB RU ET PE PL JP KR",
	},
	{
		name:          "almaty-2024",
		title:         "Almaty opens two new metro stations in the west of the city",
		site:          "BNews",
		language:      "en",
		published:     "2024-03-02T15:01:00+05:00", // Almaty is UTC+5 from 2024-03-01
		publishedText: "02 March 2024, 15:01",
		source:        model.SourceVisible,
		inferred:      []string{model.InferredZone},
		views:         87,
		lead:          "The extension brings the metro to the Alatau and Nauryzbay districts",
		body:          5,
		notInText:     []string{"Similar news", "BNews", "02 March 2024"},
		quotes:        []string{"body:2|the administration|said"},
		countries:     "KZ CN",
	},
	{
		name:          "almaty-2024-feb",
		title:         "Almaty approves plan to plant 30,000 trees this spring",
		site:          "BNews",
		language:      "en",
		published:     "2024-02-29T15:01:00+06:00", // still UTC+6 on the leap day
		publishedText: "29 February 2024, 15:01",
		source:        model.SourceVisible,
		inferred:      []string{model.InferredZone},
		views:         154,
		lead:          "Most of the saplings will go to districts",
		body:          5,
		notInText:     []string{"Similar news", "BNews", "29 February 2024"},
		quotes:        []string{"body:2|Aigerim Sadykova|said"},
		countries:     "UZ KG",
	},
}

// TestGoldenFacts checks the key facts of golden inputs, aspect by aspect.
func TestGoldenFacts(t *testing.T) {
	for _, c := range goldenFacts {
		t.Run(c.name, func(t *testing.T) {
			a := extractGoldenInput(t, c.name)
			checkFactsLocations(t, a)
			aspects := []struct {
				name  string
				check func(*testing.T, caseFacts, *model.Article)
			}{
				{"meta", checkFactsMeta},
				{"date", checkFactsDate},
				{"authors", checkFactsAuthors},
				{"text", checkFactsText},
				{"quotes", checkFactsQuotes},
				{"documents", checkFactsDocuments},
				{"countries", checkFactsCountries},
			}
			for _, asp := range aspects {
				t.Run(asp.name, func(t *testing.T) {
					if reason := c.skip[asp.name]; reason != "" {
						t.Skip(reason)
					}
					asp.check(t, c, a)
				})
			}
		})
	}
}

// extractGoldenInput extracts testdata/NAME.html or NAME.txt with its
// Source, as TestGolden does.
func extractGoldenInput(t *testing.T, name string) *model.Article {
	t.Helper()
	for _, ext := range []string{".html", ".txt"} {
		path := "../testdata/" + name + ext
		if _, err := os.Stat(path); err == nil {
			return extractFile(t, &Extractor{}, path, goldenSource(t, path))
		}
	}
	t.Fatalf("no input for %s", name)
	return nil
}

func checkFactsMeta(t *testing.T, c caseFacts, a *model.Article) {
	if c.url != "" && a.URL != c.url {
		t.Errorf("url = %q, want %q", a.URL, c.url)
	}
	if a.Title != c.title {
		t.Errorf("title = %q, want %q", a.Title, c.title)
	}
	if a.Site != c.site {
		t.Errorf("site = %q, want %q", a.Site, c.site)
	}
	if a.Language != c.language {
		t.Errorf("language = %q, want %q", a.Language, c.language)
	}
	if a.Views != c.views {
		t.Errorf("views = %d, want %d", a.Views, c.views)
	}
}

func checkFactsDate(t *testing.T, c caseFacts, a *model.Article) {
	if c.published == "" {
		if !a.Published.IsZero() || a.PublishedText != "" || a.PublishedSource != "" {
			t.Errorf("published = %v from %q (%s), want none", a.Published, a.PublishedText, a.PublishedSource)
		}
		return
	}
	if got := factsTime(a.Published); got != c.published {
		t.Errorf("published = %s, want %s", got, c.published)
	}
	if c.publishedText != "" && a.PublishedText != c.publishedText {
		t.Errorf("published_text = %q, want %q", a.PublishedText, c.publishedText)
	}
	if a.PublishedSource != c.source {
		t.Errorf("published_source = %q, want %q", a.PublishedSource, c.source)
	}
	if !slices.Equal(a.PublishedInferred, c.inferred) {
		t.Errorf("published_inferred = %q, want %q", a.PublishedInferred, c.inferred)
	}
	if got := factsTime(a.Modified); got != c.modified {
		t.Errorf("modified = %q, want %q", got, c.modified)
	}
}

func checkFactsAuthors(t *testing.T, c caseFacts, a *model.Article) {
	if !slices.Equal(a.Authors, c.authors) {
		t.Errorf("authors = %q, want %q", a.Authors, c.authors)
	}
}

func checkFactsText(t *testing.T, c caseFacts, a *model.Article) {
	if (c.lead == "" && a.Lead != "") || !strings.HasPrefix(a.Lead, c.lead) {
		t.Errorf("lead = %q, want it to start with %q", a.Lead, c.lead)
	}
	if len(a.Body) != c.body {
		t.Errorf("body has %d paragraphs, want %d:\n%s", len(a.Body), c.body, strings.Join(a.Body, "\n"))
	}
	for _, p := range a.Body {
		if strings.TrimSpace(p) != p || p == "" {
			t.Errorf("body paragraph not clean: %q", p)
		}
	}
	for _, s := range c.notInText {
		for i, p := range append([]string{a.Lead}, a.Body...) {
			if strings.Contains(p, s) {
				t.Errorf("boilerplate %q in text block %d: %q", s, i, p)
			}
		}
	}
}

func checkFactsQuotes(t *testing.T, c caseFacts, a *model.Article) {
	var got []string
	ok := len(a.Quotes) == len(c.quotes)
	for i, q := range a.Quotes {
		g := fmt.Sprintf("%s:%d|%s|%s", q.At.Field, q.At.Paragraph, q.Speaker, q.Cue)
		if q.Partial {
			g += "|partial"
		}
		got = append(got, g)
		if strings.Contains(q.Text, "\n") {
			t.Errorf("quote %d runs over paragraphs: %q", i, q.Text)
		}
		if i < len(c.quotes) && !quoteMatches(q, c.quotes[i]) {
			ok = false
		}
	}
	if !ok {
		t.Errorf("quotes:\n got %q\nwant %q", got, c.quotes)
	}
}

// quoteMatches reports whether q is "field:paragraph|speaker|cue", with
// "|partial" when it is a fragment.
func quoteMatches(q model.Quote, want string) bool {
	parts := strings.Split(want, "|")
	partial := len(parts) == 4 && parts[3] == "partial"
	if len(parts) != 3 && !partial || q.Partial != partial ||
		fmt.Sprintf("%s:%d", q.At.Field, q.At.Paragraph) != parts[0] || q.Cue != parts[2] {
		return false
	}
	if parts[1] == "" {
		return q.Speaker == ""
	}
	return strings.Contains(q.Speaker, parts[1])
}

func checkFactsDocuments(t *testing.T, c caseFacts, a *model.Article) {
	var got []string
	for _, d := range a.Documents {
		key := d.Symbol
		if key == "" {
			key = "title:" + d.Title
		}
		year := ""
		if d.Year != 0 {
			year = fmt.Sprint(d.Year)
		}
		got = append(got, key+"|"+d.Kind+"|"+d.Organ+"|"+year)
		if n, ok := c.docMentions[d.Symbol]; ok && d.Symbol != "" && len(d.At) != n {
			t.Errorf("%s mentioned %d times, want %d", d.Symbol, len(d.At), n)
		}
	}
	if !slices.Equal(got, c.docs) {
		t.Errorf("documents:\n got %q\nwant %q", got, c.docs)
	}
}

func checkFactsCountries(t *testing.T, c caseFacts, a *model.Article) {
	var codes []string
	for _, k := range a.Countries {
		codes = append(codes, k.Code)
	}
	if got := strings.Join(codes, " "); got != c.countries {
		t.Errorf("countries = %q, want %q", got, c.countries)
	}
}

// checkFactsLocations checks that every location points at its text.
func checkFactsLocations(t *testing.T, a *model.Article) {
	t.Helper()
	check := func(what string, l model.Location) {
		t.Helper()
		var s string
		switch l.Field {
		case model.FieldTitle:
			s = a.Title
		case model.FieldLead:
			s = a.Lead
		case model.FieldBody:
			if l.Paragraph < 0 || l.Paragraph >= len(a.Body) {
				t.Errorf("%s: paragraph %d out of range", what, l.Paragraph)
				return
			}
			s = a.Body[l.Paragraph]
		default:
			t.Errorf("%s: unknown field %q", what, l.Field)
			return
		}
		if l.Field != model.FieldBody && l.Paragraph != 0 {
			t.Errorf("%s: paragraph %d in field %s", what, l.Paragraph, l.Field)
		}
		if l.Start < 0 || l.End < l.Start || l.End > len(s) || s[l.Start:l.End] != l.Text {
			t.Errorf("%s: %s[%d:%d] is not %q", what, l.Field, l.Start, l.End, l.Text)
		}
	}
	for _, q := range a.Quotes {
		check("quote "+q.Text, q.At)
		if q.At.Text == "" || !strings.HasPrefix(q.Text, q.At.Text) {
			t.Errorf("quote %q located at %q", q.Text, q.At.Text)
		}
	}
	for _, d := range a.Documents {
		for _, l := range d.At {
			check("document "+d.Symbol+d.Title, l)
		}
	}
	for _, k := range a.Countries {
		for _, l := range k.At {
			check("country "+k.Code, l)
		}
	}
}

// factsTime formats t, or "" for the zero time.
func factsTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}
