package render_test

import (
	"fmt"
	"strings"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/render"
	"github.com/newsextract/newsextract/model"
)

// sample is an article with a block of each kind.
var sample = &model.Article{
	Title: "Budget passed",
	Lead:  "The council approved the budget for 2025.",
	Body: []string{
		"What changes",
		"Bus fares fall by 5% in March.",
		"Libraries open on Sundays",
		"Parks get new lighting",
		"Year | Spending\n2024 | 1.2bn\n2025 | 1.3bn",
		"“It is a fair budget,” the mayor said.",
		"total = 1.3bn",
	},
	Blocks: []model.Block{
		{Kind: model.KindHeading, Level: 2},
		{Kind: model.KindParagraph},
		{Kind: model.KindListItem, Level: 1, Ordered: true},
		{Kind: model.KindListItem, Level: 1, Ordered: true},
		{Kind: model.KindTable, Rows: [][]string{{"Year", "Spending"}, {"2024", "1.2bn"}, {"2025", "1.3bn"}}},
		{Kind: model.KindQuote},
		{Kind: model.KindPre},
	},
}

func ExampleMarkdown() {
	fmt.Print(render.Markdown(sample))
	// Output:
	// # Budget passed
	//
	// The council approved the budget for 2025.
	//
	// ## What changes
	//
	// Bus fares fall by 5% in March.
	//
	// 1. Libraries open on Sundays
	// 2. Parks get new lighting
	//
	// | Year | Spending |
	// | --- | --- |
	// | 2024 | 1.2bn |
	// | 2025 | 1.3bn |
	//
	// > “It is a fair budget,” the mayor said.
	//
	// ```
	// total = 1.3bn
	// ```
}

func ExamplePlainText() {
	fmt.Print(render.PlainText(sample))
	// Output:
	// Budget passed
	//
	// The council approved the budget for 2025.
	//
	// What changes
	//
	// Bus fares fall by 5% in March.
	//
	// 1. Libraries open on Sundays
	// 2. Parks get new lighting
	//
	// Year | Spending
	// 2024 | 1.2bn
	// 2025 | 1.3bn
	//
	// “It is a fair budget,” the mayor said.
	//
	// total = 1.3bn
}

// A page extracted and written as Markdown.
func ExampleMarkdown_page() {
	page := `<html><body><article><h1>Ferry returns</h1>
<p>The night ferry to Port Elwyn returns in April with a refitted vessel and cheaper cabins.</p>
<h2>Timetable</h2>
<table><tr><th>Day</th><th>Departs</th></tr><tr><td>Friday</td><td>22:00</td></tr></table>
<ul><li>Cabins from £40</li><li>Cars from £60</li></ul>
</article></body></html>`
	var e extract.Extractor
	a, err := e.FromHTML(strings.NewReader(page), extract.Source{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(render.Markdown(a))
	// Output:
	// # Ferry returns
	//
	// The night ferry to Port Elwyn returns in April with a refitted vessel and cheaper cabins.
	//
	// ## Timetable
	//
	// | Day | Departs |
	// | --- | --- |
	// | Friday | 22:00 |
	//
	// - Cabins from £40
	// - Cars from £60
}
