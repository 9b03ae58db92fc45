package names

import "testing"

func TestResolve(t *testing.T) {
	ps := []string{
		"Kazakh President Kassym-Jomart Tokayev met Hillary Clinton and Bill Clinton at the Ministry of Foreign Affairs (MFA).",
		"Президент Касым-Жомарт Токаев выступил.",
	}
	es := Find(ps)
	name := func(i int) string {
		if i < 0 {
			return ""
		}
		return es[i].Name
	}
	for _, tt := range []struct{ speaker, want string }{
		{"President Tokayev", "Kassym-Jomart Tokayev"},
		{"Tokayev's", "Kassym-Jomart Tokayev"},
		{"Токаеву", "Касым-Жомарт Токаев"},
		{"the MFA", "Ministry of Foreign Affairs"},
		{"Foreign Affairs", "Ministry of Foreign Affairs"},
		{"Bill Clinton", "Bill Clinton"},
		{"Clinton", ""}, // two people of that surname
		{"he", ""},
		{"", ""},
	} {
		if got := name(Resolve(es, tt.speaker)); got != tt.want {
			t.Errorf("Resolve(%q) = %q, want %q", tt.speaker, got, tt.want)
		}
	}
}
