package quote

import "testing"

func TestReads(t *testing.T) {
	for lang, want := range map[string]bool{
		"": true, "en": true, "en-GB": true, "ru": true, "kk": true, "KK-kz": true, "und": true,
		"de": false, "fr-CA": false, "uk": false, "es": false, "e": false, "english": false,
	} {
		if got := Reads(lang); got != want {
			t.Errorf("Reads(%q) = %v, want %v", lang, got, want)
		}
	}
}
