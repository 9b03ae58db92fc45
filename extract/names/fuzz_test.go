package names

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(strings.Join(tt.ps, "\n\n"))
	}
	f.Add("Mr. . . Smith (")
	f.Add("«»«» компания «")
	f.Add("J. J. J. J. J. J. J. J. J. J. J. J. J.")
	f.Fuzz(func(t *testing.T, text string) {
		ps := strings.Split(text, "\n\n")
		for _, e := range Find(ps) {
			if e.Name == "" || len(e.Mentions) == 0 || e.Kind != Person && e.Kind != Organization {
				t.Fatalf("bad entity %+v", e)
			}
			for _, m := range e.Mentions {
				if m.Paragraph < 0 || m.Paragraph >= len(ps) || m.Start < 0 || m.End > len(ps[m.Paragraph]) || m.Start >= m.End {
					t.Fatalf("bad mention %+v", m)
				}
				if m.Text != ps[m.Paragraph][m.Start:m.End] {
					t.Fatalf("mention text %q", m.Text)
				}
			}
			if utf8.ValidString(text) && !utf8.ValidString(e.Name) {
				t.Fatalf("invalid name %q from valid text", e.Name)
			}
		}
	})
}

func FuzzResolve(f *testing.F) {
	f.Add("Kazakh President Kassym-Jomart Tokayev met the MFA.", "President Tokayev")
	f.Add("Встреча с Сергеем Лавровым.", "Лаврову")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, text, name string) {
		es := Find([]string{text})
		if i := Resolve(es, name); i < -1 || i >= len(es) {
			t.Fatalf("Resolve gives %d for %d entities", i, len(es))
		}
	})
}
