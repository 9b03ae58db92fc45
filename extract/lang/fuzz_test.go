package lang

import (
	"testing"
	"unicode/utf8"
)

func FuzzDetectHint(f *testing.F) {
	for _, p := range paragraphs[:8] {
		f.Add(p.text[:min(len(p.text), 200)], p.code)
	}
	f.Add("", "utf")
	f.Add("\xff\xfe Привет", "ru_RU")
	f.Add("政府周二宣布", "zh-Hant-TW")
	f.Fuzz(func(t *testing.T, text, declared string) {
		code, conf := Detect(text)
		if conf < 0 || conf > 1 || (code == "") != (conf == 0) && code == "" {
			t.Fatalf("Detect = %q, %v", code, conf)
		}
		for _, c := range []string{code, DetectHint(text, declared), Normalize(declared)} {
			if c != "" && (Normalize(c) != c || !utf8.ValidString(c)) {
				t.Fatalf("%q is not a language code", c)
			}
		}
	})
}
