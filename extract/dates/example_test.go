package dates_test

import (
	"fmt"
	"time"
	_ "time/tzdata"

	"github.com/newsextract/newsextract/extract/dates"
)

func ExampleParser_Parse() {
	almaty, _ := time.LoadLocation("Asia/Almaty")
	p := dates.Parser{Location: almaty, YearHint: 2018}
	d, err := p.Parse("02 February, 15:01 233")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Time.Format(time.RFC3339), d.Text, d.HasTime, d.Inferred)
	// Output: 2018-02-02T15:01:00+06:00 02 February, 15:01 true [year zone]
}

func ExampleParser_Parse_relative() {
	p := dates.Parser{Reference: time.Date(2018, 2, 5, 12, 0, 0, 0, time.UTC)}
	d, _ := p.Parse("Вчера в 10:00")
	fmt.Println(d.Time.Format(time.RFC3339))
	_, err := dates.Parser{}.Parse("Вчера в 10:00")
	fmt.Println(err)
	// Output:
	// 2018-02-04T10:00:00Z
	// dates: no date: "Вчера в 10:00" is relative and the reference time is unknown
}

func ExampleParser_Parse_zones() {
	almaty, _ := time.LoadLocation("Asia/Almaty")
	p := dates.Parser{Location: almaty}
	for _, s := range []string{
		"02 February 2024, 15:01",
		"02 March 2024, 15:01",
		"2 февраля 2018 г. в 15:01 мск",
		"February 2, 2018 3:01 PM EST",
	} {
		d, _ := p.Parse(s)
		fmt.Println(d.Time.Format(time.RFC3339), d.Inferred)
	}
	// Output:
	// 2024-02-02T15:01:00+06:00 [zone]
	// 2024-03-02T15:01:00+05:00 [zone]
	// 2018-02-02T15:01:00+03:00 []
	// 2018-02-02T15:01:00-05:00 []
}

func ExampleParser_Find() {
	p := dates.Parser{YearHint: 2018}
	d, ok := p.Find("The Statement (S/PRST/2018/1) was adopted after the briefing held on January 18.")
	fmt.Println(d.Text, d.Time.Format(time.DateOnly), ok)
	// Output: January 18 2018-01-18 true
}

func ExampleFromURL() {
	d, ok := dates.FromURL("https://example.com/news/2018/02/02/kazakhstan-presidency")
	fmt.Println(d.Text, d.Time.Format(time.DateOnly), ok)
	// Output: 2018/02/02 2018-02-02 true
}

func ExampleYears() {
	fmt.Println(dates.Years("Adopted on January 18, 2018, the code aims at a terrorism-free world by 2045."))
	fmt.Println(dates.Years("В 2017 году рост продолжился; до 2030 года планируется удвоение."))
	fmt.Println(dates.Years("2018 жылғы есеп: 2030 жылға дейін."))
	// Output:
	// [2018]
	// [2017]
	// [2018]
}

func ExampleParser_Parse_languages() {
	var p dates.Parser
	for _, s := range []string{
		"5. November 2021, 14:30 Uhr",
		"le 5 novembre 2021 à 14h30",
		"5 de noviembre de 2021",
		"2026年5月13日 15:44",
		"2026년 5월 13일",
		"١٣ مايو ٢٠٢٦",
		"Wednesday 13 May 2026 15.44 BST",
	} {
		d, _ := p.Parse(s)
		fmt.Println(d.Time.Format(time.RFC3339), d.HasTime)
	}
	// Output:
	// 2021-11-05T14:30:00Z true
	// 2021-11-05T14:30:00Z true
	// 2021-11-05T00:00:00Z false
	// 2026-05-13T15:44:00Z true
	// 2026-05-13T00:00:00Z false
	// 2026-05-13T00:00:00Z false
	// 2026-05-13T15:44:00+01:00 true
}

func ExampleParser_Parse_hints() {
	for _, p := range []dates.Parser{
		{},                  // no hint: day first
		{Language: "en-US"}, // month first
		{Region: "GB"},      // day first
		{Language: "hr"},    // Croatian "listopad" is October
	} {
		a, _ := p.Parse("05/06/2026")
		b, _ := p.Parse("5. listopada 2021.")
		fmt.Println(a.Time.Format("2006-01-02"), b.Time.Format("2006-01-02"))
	}
	cst, _ := dates.Parser{Region: "CN"}.Parse("2026-05-13 15:44 CST")
	fmt.Println(cst.Time.Format(time.RFC3339))
	// Output:
	// 2026-06-05 2021-11-05
	// 2026-05-06 2021-11-05
	// 2026-06-05 2021-11-05
	// 2026-06-05 2021-10-05
	// 2026-05-13T15:44:00+08:00
}

func ExampleYearEvidence() {
	var e dates.YearEvidence
	e.Add("The plant was closed in 2015.")
	e.Add("Updated 14 May 2026, 09:12")
	d, _ := dates.Parser{YearHint: e.Year()}.Parse("13 May, 15:44")
	fmt.Println(e.Year(), d.Time.Format(time.RFC3339))
	// Output: 2026 2026-05-13T15:44:00Z
}
