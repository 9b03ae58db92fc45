package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/model"
)

const ruTitle = "Казахстан завершил председательство в Совете Безопасности ООН"

// encodingFixtures lists the files of testdata/encoding and what each must
// decode to; the name tells the encoding and how it is declared.
var encodingFixtures = map[string]struct {
	contentType string
	title, body string // the article's title and a phrase of its lead or body
}{
	"ru-windows-1251-meta.html":            {title: ruTitle, body: "тридцати заседаний"},
	"ru-windows-1251-undeclared.html":      {title: ruTitle, body: "тридцати заседаний"},
	"ru-windows-1251-undeclared.txt":       {title: ruTitle, body: "тридцати заседаний"},
	"ru-windows-1251-header.txt":           {contentType: "text/plain; charset=windows-1251", title: ruTitle, body: "тридцати заседаний"},
	"ru-koi8-r-http-equiv.html":            {title: ruTitle, body: "тридцати заседаний"},
	"ru-koi8-r-undeclared.txt":             {title: ruTitle, body: "тридцати заседаний"},
	"ru-utf-8-bom.txt":                     {title: ruTitle, body: "тридцати заседаний"},
	"ru-utf-8-labelled-windows-1251.html":  {title: ruTitle, body: "тридцати заседаний"},
	"ru-windows-1251-labelled-utf-8.html":  {title: ruTitle, body: "тридцати заседаний"},
	"ru-utf-16le-bom.html":                 {title: ruTitle, body: "тридцати заседаний"},
	"ru-utf-16be-bom.txt":                  {title: ruTitle, body: "тридцати заседаний"},
	"fr-windows-1252-undeclared.html":      {title: frTitle, body: "sécurité régionale"},
	"fr-windows-1252-labelled-latin-1.txt": {contentType: "text/plain; charset=iso-8859-1", title: frTitle, body: "sécurité régionale"},
}

const frTitle = "Le Conseil de sécurité prolonge la mission à Genève"

// TestEncodingFixtures runs each fixture through the whole pipeline.
func TestEncodingFixtures(t *testing.T) {
	files, err := filepath.Glob("../testdata/encoding/*")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(encodingFixtures) {
		t.Errorf("found %d fixtures, want %d", len(files), len(encodingFixtures))
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			want, ok := encodingFixtures[name]
			if !ok {
				t.Fatal("fixture not listed in encodingFixtures")
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var e Extractor
			a, err := e.From(bytes.NewReader(raw), Source{ContentType: want.contentType})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != want.title {
				t.Errorf("title = %q, want %q", a.Title, want.title)
			}
			if text := a.Lead + "\n" + strings.Join(a.Body, "\n"); !strings.Contains(text, want.body) {
				t.Errorf("lead and body %q lack %q", shorten(text), want.body)
			}
		})
	}
}

// TestNFC checks that the article's text is in normalisation form C even
// when the input is not.
func TestNFC(t *testing.T) {
	text := "Cafe\u0301 owners protest rents\n\nThe owners of the cafe\u0301s on the square protested on Monday against higher rents, which the council raised by a third this year.\n"
	for _, c := range []struct {
		name string
		call func(*Extractor, string) (*model.Article, error)
	}{
		{"text", func(e *Extractor, s string) (*model.Article, error) {
			return e.FromText(strings.NewReader(s), Source{})
		}},
		{"html", func(e *Extractor, s string) (*model.Article, error) {
			page := "<html><body><h1>" + strings.SplitN(s, "\n", 2)[0] + "</h1><p>" + strings.TrimSpace(strings.SplitN(s, "\n\n", 2)[1]) + "</p></body></html>"
			return e.FromHTML(strings.NewReader(page), Source{})
		}},
	} {
		a, err := c.call(&Extractor{}, text)
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Café owners protest rents" || len(a.Body) != 1 || !strings.Contains(a.Body[0], "cafés") {
			t.Errorf("%s: title %q, body %q; want them in NFC", c.name, a.Title, a.Body)
		}
	}
}

func shorten(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}
