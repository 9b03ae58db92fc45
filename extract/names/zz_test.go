package names

import (
	"fmt"
	"testing"
)

func TestZZ(t *testing.T) {
	for _, ps := range [][]string{
		{"Neera Tanden, a Clinton supporter and president of the Center for American Progress, said so."},
		{"A number of the email exchanges released Tuesday included Huma Abedin, who was a top adviser to Mrs. Clinton at the State Department."},
		{"Mark Cuban, the billionaire owner of the Dallas Mavericks who rebuffed, said."},
		{"Silverman was joined on stage again by Minnesota Sen. Al Franken and joked."},
		{"It was less than three years ago that Michael Bloomberg, who's thinking about running for president, said it was."},
		{"Former Arizona governor Jan Brewer, an early supporter of Trump, calls the issue of security."},
		{"The jumbled field. Jeb Bush fired at Trump, Ted Cruz, John Kasich and Marco Rubio."},
	} {
		for _, e := range FindWith(ps, Options{Language: "en"}) {
			fmt.Printf("%v %q\n", e.Kind, e.Name)
		}
		fmt.Println("--")
	}
}
