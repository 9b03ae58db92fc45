package extract_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/newsextract/newsextract/extract"
)

// A plain-text article: page title, headline, date line, then paragraphs.
const exampleText = `Parliament passes the water bill - News | Daily Courier

Parliament passes the water bill

14 March 2023, 10:30

The bill sets limits on water use by industry in dry years.

Parliament passed the bill on Tuesday after two days of debate, with 61 votes for and 12 against.

“The law protects farmers in the driest years,” the minister said.
`

func ExampleExtractor_FromText() {
	e := extract.Extractor{Location: time.UTC}
	a, err := e.FromText(strings.NewReader(exampleText), extract.Source{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("title:", a.Title)
	fmt.Println("site:", a.Site)
	fmt.Println("published:", a.Published.Format(time.RFC3339), a.PublishedInferred)
	fmt.Println("lead:", a.Lead)
	fmt.Println("paragraphs:", len(a.Body))
	for _, q := range a.Quotes {
		fmt.Printf("quote: %q by %s (%s)\n", q.Text, q.Speaker, q.Cue)
	}
	// Output:
	// title: Parliament passes the water bill
	// site: Daily Courier
	// published: 2023-03-14T10:30:00Z [zone]
	// lead: The bill sets limits on water use by industry in dry years.
	// paragraphs: 2
	// quote: "The law protects farmers in the driest years," by the minister (said)
}

func ExampleExtractor_FromHTML() {
	page := `<html lang="en"><head><title>Storm closes ports - Coast News</title>
<meta property="og:site_name" content="Coast News">
<meta property="article:published_time" content="2024-11-05T08:15:00+01:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Storm closes ports</h1>
<p>A winter storm closed three ports on the northern coast on Tuesday, stopping ferries and freight.</p>
<p>Harbour officials said the ports would reopen once the wind dropped below gale force.</p></article>
<footer>© Coast News</footer></body></html>`
	var e extract.Extractor
	a, err := e.FromHTML(strings.NewReader(page), extract.Source{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title, "|", a.Site, "|", a.Language)
	fmt.Println(a.Published.Format(time.RFC3339), a.PublishedSource)
	fmt.Println(len(a.Body), "paragraphs")
	// Output:
	// Storm closes ports | Coast News | en
	// 2024-11-05T08:15:00+01:00 meta
	// 2 paragraphs
}

func ExampleExtractor_FromDocument() {
	page := `<html><head><title>Rail link opens - Valley Post</title></head>
<body><article><h1>Rail link opens</h1>
<p>The new rail link between the two valley towns opened on Monday, cutting the journey to twenty minutes.</p>
</article></body></html>`
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	var e extract.Extractor
	a, err := e.FromDocument(doc, extract.Source{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title, "|", a.Site)
	fmt.Println(a.Body[0])
	// Output:
	// Rail link opens | Valley Post
	// The new rail link between the two valley towns opened on Monday, cutting the journey to twenty minutes.
}

// The body's structure, links, images and topics of a page.
func ExampleExtractor_Links() {
	page := `<html><head><meta property="article:tag" content="Ferries"><meta property="og:image" content="/img/ferry.jpg"></head>
<body><article><h1>Ferry returns</h1>
<p>The night ferry to Port Elwyn returns in April with a <a href="/refit">refitted vessel</a>, the operator said.</p>
<h2>Fares</h2><table><tr><th>Cabin</th><th>Car</th></tr><tr><td>£40</td><td>£60</td></tr></table>
</article></body></html>`
	e := extract.Extractor{Links: true}
	a, err := e.FromHTML(strings.NewReader(page), extract.Source{URL: "https://gazette.example/news/ferry"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, text := range a.Body {
		b := a.BlockAt(i)
		fmt.Printf("%s %d %q %q\n", b.Kind, b.Level, text, b.Rows)
	}
	for _, l := range a.Links {
		fmt.Printf("link %q %s at body[%d][%d:%d]\n", l.Text, l.URL, l.At.Paragraph, l.At.Start, l.At.End)
	}
	fmt.Println("cover:", a.Images[0].URL, a.Images[0].Cover)
	fmt.Println("topics:", a.Topics)
	// Output:
	// paragraph 0 "The night ferry to Port Elwyn returns in April with a refitted vessel, the operator said." []
	// heading 2 "Fares" []
	// table 0 "Cabin | Car\n£40 | £60" [["Cabin" "Car"] ["£40" "£60"]]
	// link "refitted vessel" https://gazette.example/refit at body[0][54:69]
	// cover: https://gazette.example/img/ferry.jpg true
	// topics: [Ferries]
}
