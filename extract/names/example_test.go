package names_test

import (
	"fmt"

	"github.com/newsextract/newsextract/extract/names"
)

func ExampleFind() {
	paragraphs := []string{
		"Kazakh President Kassym-Jomart Tokayev met officials of the Ministry of Foreign Affairs (MFA) in Astana.",
		"Tokayev said the MFA would report to him.",
	}
	for _, e := range names.Find(paragraphs) {
		fmt.Printf("%s %q %q %d mentions\n", e.Kind, e.Name, e.Acronym, len(e.Mentions))
	}
	// Output:
	// person "Kassym-Jomart Tokayev" "" 2 mentions
	// organization "Ministry of Foreign Affairs" "MFA" 3 mentions
}

func ExampleFind_russian() {
	paragraphs := []string{
		"Встреча с Сергеем Лавровым прошла в Министерстве иностранных дел.",
		"Лаврову задали вопрос.",
	}
	for _, e := range names.Find(paragraphs) {
		fmt.Println(e.Kind, e.Name)
		for _, m := range e.Mentions {
			fmt.Printf("  %d %q\n", m.Paragraph, m.Text)
		}
	}
	// Output:
	// person Сергей Лавров
	//   0 "Сергеем Лавровым"
	//   1 "Лаврову"
	// organization Министерство иностранных дел
	//   0 "Министерстве иностранных дел"
}

func ExampleResolve() {
	paragraphs := []string{"Foreign Minister Murat Nurtleu met the press. “We are ready,” Nurtleu said."}
	es := names.Find(paragraphs)
	if i := names.Resolve(es, "Minister Nurtleu"); i >= 0 {
		fmt.Println(es[i].Name)
	}
	// Output:
	// Murat Nurtleu
}
