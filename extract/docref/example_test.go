package docref_test

import (
	"fmt"

	"github.com/newsextract/newsextract/extract/docref"
)

func ExampleFind() {
	text := "The Council adopted presidential statement S/PRST/2018/1, recalling " +
		"resolutions 1540 (2004) and 2231(2015), and the draft Code of Conduct " +
		"for the Achievement of a Terrorism-Free World."
	for _, r := range docref.Find(text) {
		fmt.Printf("%q symbol=%q title=%q kind=%q organ=%q year=%d\n",
			r.Text, r.Symbol, r.Title, r.Kind, r.Organ, r.Year)
	}
	// Output:
	// "S/PRST/2018/1" symbol="S/PRST/2018/1" title="" kind="presidential statement" organ="Security Council" year=2018
	// "resolutions 1540 (2004)" symbol="S/RES/1540 (2004)" title="" kind="resolution" organ="Security Council" year=2004
	// "2231(2015)" symbol="S/RES/2231 (2015)" title="" kind="resolution" organ="Security Council" year=2015
	// "Code of Conduct for the Achievement of a Terrorism-Free World" symbol="" title="Code of Conduct for the Achievement of a Terrorism-Free World" kind="code" organ="" year=0
}

func ExampleFind_russian() {
	for _, r := range docref.Find("Совет Безопасности ООН принял резолюцию 2397.") {
		fmt.Println(r.Text, "→", r.Symbol)
	}
	// Output:
	// резолюцию 2397 → S/RES/2397
}

func ExampleParseSymbol() {
	r, ok := docref.ParseSymbol("A/73/L.1/Rev.1/add.1")
	fmt.Println(ok, r.Symbol, r.Kind, r.Organ)
	r, _ = docref.ParseSymbol("S/2018/123")
	fmt.Println(r.Kind, r.Year)
	// Output:
	// true A/73/L.1/Rev.1/Add.1 draft General Assembly
	// document 2018
}

func ExampleRef_Key() {
	a := docref.Find("S/RES/2231 (2015)")[0]
	b := docref.Find("Security Council resolution 2231")[0]
	fmt.Println(a.Key() == b.Key(), a.Key())
	// Output:
	// true symbol:S/RES/2231
}
