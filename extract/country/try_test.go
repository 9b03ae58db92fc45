package country

import (
	"fmt"
	"testing"
)

func TestTry(t *testing.T) {
	for _, s := range []string{
		"Michael Jordan visited Jordan. Jordan Peterson spoke.", "In Jordan, King Abdullah", "Atlanta, Georgia is hot. Russia, Georgia and Armenia.", "Georgia, USA", "Tbilisi, Georgia", "the state of Georgia", "Georgia state senator",
		"a woman from Oman", "New Mexico and Mexico", "Papua New Guinea, New Guinea, Guinea-Bissau, Guinea", "Niger and Nigeria", "Dominica and the Dominican Republic", "turkey dinner in Turkey", "Chad and Lake Chad", "china plates from China",
		"the US and U.S. and USA and us", "UK, Britain, Great Britain, British, Britons", "Côte d'Ivoire, Cote d’Ivoire, Ivorian", "DPRK, North Korea, ROK, South Korea, Korean Peninsula", "Iran (Islamic Republic of)", "Islamic State in Iraq and the Levant",
		"Казахстан, Казахстана, Казахстане, Казахстаном; Россия, России, Россией; Нидерланды, Нидерландов, Нидерландах", "Того же мнения. Президент Того прибыл.", "казахстанская делегация, российского, американскими", "Қазақстан Қазақстанның Қазақстанда Қазақстанға Қазақстандық Ресейдің АҚШ-тың",
		"Kazakhstan’s, KAZAKHSTAN", "Central Asia, Central Asian, Europe, Africa, the EU", "South Sudan and Sudan", "Türkiye and Turkiye and Turkey", "Czechia, Czech Republic, Eswatini, Swaziland, North Macedonia",
		"Соединенные Штаты, Соединённых Штатов Америки, США, Южной Кореи, Экваториальной Гвинеи, Папуа — Новой Гвинее, Кот-д’Ивуаре", "Перу и Польша, Польши, Кувейте",
	} {
		fmt.Printf("%s\n   ", s)
		for _, m := range Find(s) {
			fmt.Printf("%s=%q ", m.Code, m.Text)
		}
		fmt.Println()
	}
}
