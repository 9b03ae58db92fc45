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
		checkEntities(t, text, Find(strings.Split(text, "\n\n")))
	})
}

// FuzzFindWith reads text in the languages whose function words and
// given names the options bring, and in none.
func FuzzFindWith(f *testing.F) {
	f.Add("Die Stadt liegt am Meer. Gestern traf sich die Gruppe mit Rianne Kolbeck.\n\nDort sprach Kolbeck lange.", "de")
	f.Add("Het kabinet van Mark Rutte viel.", "nl")
	f.Add("Der Der Der Die", "de-AT")
	f.Add("Ивана Сомова и Иван Сомов", "")
	f.Fuzz(func(t *testing.T, text, lang string) {
		checkEntities(t, text, FindWith(strings.Split(text, "\n\n"), Options{Language: lang}))
	})
}

// checkEntities checks what Find gives for the paragraphs of text: every
// entity named, of a kind, with mentions whose offsets and text agree,
// and a valid name from valid text.
func checkEntities(t *testing.T, text string, es []Entity) {
	t.Helper()
	ps := strings.Split(text, "\n\n")
	for _, e := range es {
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
