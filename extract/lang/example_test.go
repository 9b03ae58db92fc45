package lang_test

import (
	"fmt"

	"github.com/newsextract/newsextract/extract/lang"
)

func ExampleDetect() {
	code, _ := lang.Detect("Die Bundesregierung hat am Dienstag angekündigt, den Mindestlohn im kommenden Jahr zu erhöhen.")
	fmt.Println(code)
	// Output: de
}

func ExampleDetectHint() {
	text := "Уряд у вівторок оголосив про підвищення мінімальної зарплати в наступному році."
	fmt.Println(lang.DetectHint(text, "ru"))    // the text overrules the page
	fmt.Println(lang.DetectHint("OK", "en-US")) // too short: the page's word stands
	fmt.Println(lang.DetectHint("OK", "utf-8")) // never a code that is not one
	// Output:
	// uk
	// en
	//
}

func ExampleNormalize() {
	fmt.Println(lang.Normalize("pt_BR"), lang.Normalize("iw"), lang.Normalize("utf") == "")
	// Output: pt he true
}
