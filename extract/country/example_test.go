package country_test

import (
	"fmt"

	"github.com/newsextract/newsextract/extract/country"
)

func ExampleFind() {
	text := "The Kazakh presidency welcomed Equatorial Guinea, Ivory Coast and the Netherlands."
	for _, m := range country.Find(text) {
		fmt.Printf("%s %q at %d..%d (%s)\n", m.Code, m.Text, m.Start, m.End, m.Name)
	}
	// Output:
	// KZ "Kazakh" at 4..10 (Kazakhstan)
	// GQ "Equatorial Guinea" at 31..48 (Equatorial Guinea)
	// CI "Ivory Coast" at 50..61 (Côte d’Ivoire)
	// NL "Netherlands" at 70..81 (Netherlands)
}

func ExampleFind_russianAndKazakh() {
	for _, m := range country.Find("Президент Казахстана прибыл в Нидерланды. Қазақстанның елшісі Ресейге барды.") {
		fmt.Println(m.Code, m.Text)
	}
	// Output:
	// KZ Казахстана
	// NL Нидерланды
	// KZ Қазақстанның
	// RU Ресейге
}

func ExampleFind_context() {
	for _, text := range []string{
		"Railway maps of Georgia and Alabama.",
		"Georgia's governor signed the bill.",
		"Georgia's president met the Armenian envoy.",
		"Affiliates of the Islamic State in Iraq and the Levant were active in Iraq.",
	} {
		var found []string
		for _, m := range country.Find(text) {
			found = append(found, m.Code+" "+m.Text)
		}
		fmt.Printf("%q\n", found)
	}
	// Output:
	// []
	// []
	// ["GE Georgia" "AM Armenian"]
	// ["IQ Iraq"]
}

func ExampleLookup() {
	c, ok := country.Lookup("civ")
	fmt.Println(c.Alpha2, c.Alpha3, c.Name, ok)
	_, ok = country.Lookup("EU")
	fmt.Println(ok)
	// Output:
	// CI CIV Côte d’Ivoire true
	// false
}
