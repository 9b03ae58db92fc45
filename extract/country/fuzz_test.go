package country

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.text)
	}
	f.Add("Того. «Того» Того")
	f.Add("Michael Jordan, Georgia, US")
	f.Add("\xff\xfe Kazakh\u2028stan ’ 's")
	f.Fuzz(func(t *testing.T, text string) {
		ms := Find(text)
		prevEnd := 0
		for _, m := range ms {
			if m.Start < prevEnd || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("bad offsets %d..%d after %d in %q", m.Start, m.End, prevEnd, text)
			}
			if m.Text != text[m.Start:m.End] {
				t.Fatalf("Text %q != text[%d:%d] %q", m.Text, m.Start, m.End, text[m.Start:m.End])
			}
			if !utf8.ValidString(m.Text) {
				t.Fatalf("Text %q is not valid UTF-8", m.Text)
			}
			c, ok := Lookup(m.Code)
			if !ok || c.Name != m.Name {
				t.Fatalf("match %+v: Lookup gives %+v, %v", m, c, ok)
			}
			prevEnd = m.End
		}
	})
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"KZ", "kaz", "Nl", "civ", "EU", "", "K", "\xff\xfe", "ZZZ", "usa"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		c, ok := Lookup(code)
		if !ok {
			if c != (Country{}) {
				t.Fatalf("Lookup(%q) = %+v with false", code, c)
			}
			return
		}
		if !strings.EqualFold(code, c.Alpha2) && !strings.EqualFold(code, c.Alpha3) {
			t.Fatalf("Lookup(%q) = %+v", code, c)
		}
	})
}
