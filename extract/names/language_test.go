package names

import "testing"

// TestBaseLanguage checks the keys of the tables by language and the
// languages that capitalise every noun.
func TestBaseLanguage(t *testing.T) {
	for tag, want := range map[string]string{"de": "de", "DE-at": "de", "nb": "no", "nn-NO": "no", "": "", "und": "und"} {
		if got := baseLanguage(tag); got != want {
			t.Errorf("baseLanguage(%q) = %q, want %q", tag, got, want)
		}
	}
	for base, want := range map[string]bool{"de": true, "lb": true, "en": false, "": false, "nl": false} {
		if got := capitalisesNouns(base); got != want {
			t.Errorf("capitalisesNouns(%q) = %v, want %v", base, got, want)
		}
	}
}
