package byline

import "testing"

// TestEndsWithCredit checks the credits that tell a caption, with
// near-misses.
func TestEndsWithCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Foto: Jane Roe":                           true,
		"Der Hafen am Morgen. Foto: Jane Roe":      true,
		"Der Hafen am Morgen (Foto: Jane Roe/AFP)": true,
		"Der Hafen am Morgen. Bild: Jane Roe":      true,
		"The port at dawn | Photo: Jane Roe":       true,
		"Порт утром. Фото: Иван Петров":            true,
		"Der Hafen am Morgen.":                     false,
		"Der Hafen am Morgen (Archiv)":             false,
		"Die Quelle im Wald. Quelle: dpa, und viel mehr Text, der weiterläuft und länger ist als jede Angabe": false,
		"Das Bild zeigt den Hafen": false,
		"":                         false,
	} {
		if got := EndsWithCredit(s); got != want {
			t.Errorf("EndsWithCredit(%q) = %v, want %v", s, got, want)
		}
	}
}
