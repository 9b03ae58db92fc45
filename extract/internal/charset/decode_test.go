package charset

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Texts used to build inputs in every encoding.
const (
	ruTitle = "Казахстан завершил председательство в Совете Безопасности ООН"
	ruBody  = "Министерство иностранных дел Республики Казахстан подвело итоги " +
		"председательства страны в Совете Безопасности ООН в январе 2018 года. " +
		"\"За время председательства было проведено около тридцати заседаний\", - " +
		"сообщил официальный представитель министерства."
	// ruQuote has the punctuation of windows-1251 that KOI8-R lacks.
	ruQuote = "«Мы провели около тридцати заседаний», — сообщил представитель министерства…"
	ruWord  = "Привет"
	frBody  = "Le président a déclaré que la sécurité régionale était une priorité. " +
		"Les négociations reprendront à Genève après les élections."
	deBody = "Die Außenminister trafen sich in Zürich, um über die Lage in der Region " +
		"zu beraten. Größere Fortschritte wurden nicht erzielt."
	ptBody = "A reunião do Conselho de Segurança terminou sem acordo sobre as sanções. " +
		"O porta-voz disse que as negociações continuarão na próxima semana."
	jaBody = "国連安全保障理事会は決議を採択した。"
)

// encode returns s in the encoding e.
func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

// page returns an HTML page with the given head markup and a Russian
// article, in the encoding e.
func page(t testing.TB, e encoding.Encoding, head string) []byte {
	return encode(t, e, htmlPage(head))
}

func htmlPage(head string) string {
	return "<!DOCTYPE html><html><head>" + head + "<title>" + ruTitle + "</title></head>" +
		"<body><article><h1>" + ruTitle + "</h1><p>" + ruBody + "</p></article></body></html>"
}

var (
	utf16LE    = xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
	utf16BE    = xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM)
	utf16NB    = xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	utf8BOMEnc = xunicode.UTF8BOM
)

func TestDecode(t *testing.T) {
	cp1251, koi8, cp1252 := charmap.Windows1251, charmap.KOI8R, charmap.Windows1252
	plain := encoding.Nop
	metaCharset := func(cs string) string { return `<meta charset="` + cs + `">` }
	httpEquiv := func(cs string) string {
		return `<meta http-equiv="Content-Type" content="text/html; charset=` + cs + `">`
	}
	// A declaration past the first kilobyte, as on pages whose head opens
	// with scripts and styles.
	lateMeta := func(cs string) string {
		return "<style>" + strings.Repeat("p { margin: 0 }\n", 200) + "</style>" + metaCharset(cs)
	}
	tests := []struct {
		name        string
		raw         []byte
		contentType string
		isHTML      bool
		want        string // the decoded text, or a part of it when contains
		contains    bool
	}{
		// By byte-order mark.
		{name: "utf-8", raw: []byte(ruBody), want: ruBody},
		{name: "utf-8 BOM", raw: encode(t, utf8BOMEnc, ruBody), want: ruBody},
		{name: "utf-16le BOM", raw: encode(t, utf16LE, ruBody), want: ruBody},
		{name: "utf-16be BOM", raw: encode(t, utf16BE, ruBody), want: ruBody},
		{name: "utf-16le BOM html", raw: page(t, utf16LE, ""), isHTML: true, want: htmlPage("")},
		{name: "utf-16be BOM beats header", raw: encode(t, utf16BE, ruBody),
			contentType: "text/plain; charset=windows-1251", want: ruBody},
		{name: "utf-16le no BOM html", raw: page(t, utf16NB, ""), isHTML: true, want: htmlPage("")},
		{name: "utf-16le no BOM russian text", raw: encode(t, utf16NB, ruBody), want: ruBody},

		// Declared and true.
		{name: "meta charset windows-1251", raw: page(t, cp1251, metaCharset("windows-1251")),
			isHTML: true, want: htmlPage(metaCharset("windows-1251"))},
		{name: "http-equiv koi8-r", raw: page(t, koi8, httpEquiv("KOI8-R")),
			isHTML: true, want: htmlPage(httpEquiv("KOI8-R"))},
		{name: "meta past 1 KB", raw: page(t, cp1251, lateMeta("cp1251")),
			isHTML: true, want: htmlPage(lateMeta("cp1251"))},
		{name: "xml declaration", raw: encode(t, cp1251, `<?xml version="1.0" encoding="windows-1251"?>`+htmlPage("")),
			isHTML: true, want: ruTitle, contains: true},
		{name: "header windows-1251", raw: encode(t, cp1251, ruBody),
			contentType: "text/plain; charset=windows-1251", want: ruBody},
		{name: "header koi8-r quoted", raw: encode(t, koi8, ruBody),
			contentType: `text/html; charset="koi8-r"`, want: ruBody},
		{name: "header beats meta", raw: page(t, koi8, metaCharset("windows-1251")),
			contentType: "text/html; charset=koi8-r", isHTML: true, want: ruTitle, contains: true},
		{name: "shift_jis obeyed", raw: encode(t, japanese.ShiftJIS, jaBody),
			contentType: "text/plain; charset=Shift_JIS", want: jaBody},
		{name: "windows-1252 declared", raw: encode(t, cp1252, frBody),
			contentType: "text/plain; charset=windows-1252", want: frBody},
		{name: "meta in text is ignored", raw: encode(t, cp1251, `<meta charset="koi8-r"> `+ruBody),
			want: ruBody, contains: true},

		// Undeclared.
		{name: "windows-1251 text", raw: encode(t, cp1251, ruBody), want: ruBody},
		{name: "windows-1251 guillemets", raw: encode(t, cp1251, ruQuote), want: ruQuote},
		{name: "koi8-r text", raw: encode(t, koi8, ruBody), want: ruBody},
		{name: "windows-1251 html", raw: page(t, cp1251, ""), isHTML: true, want: htmlPage("")},
		{name: "koi8-r html", raw: page(t, koi8, ""), isHTML: true, want: htmlPage("")},
		{name: "windows-1251 one word", raw: encode(t, cp1251, ruWord), want: ruWord},
		{name: "koi8-r one word", raw: encode(t, koi8, ruWord), want: ruWord},
		{name: "windows-1251 title", raw: encode(t, cp1251, ruTitle), want: ruTitle},
		{name: "koi8-r title", raw: encode(t, koi8, ruTitle), want: ruTitle},
		{name: "windows-1252 french", raw: encode(t, cp1252, frBody), want: frBody},
		{name: "windows-1252 german", raw: encode(t, cp1252, deBody), want: deBody},
		{name: "windows-1252 portuguese", raw: encode(t, cp1252, ptBody), want: ptBody},
		{name: "unknown label ignored", raw: encode(t, cp1251, ruBody),
			contentType: "text/plain; charset=x-no-such-thing", want: ruBody},
		{name: "replacement label ignored", raw: encode(t, koi8, ruBody),
			contentType: "text/plain; charset=iso-2022-kr", want: ruBody},

		// Mislabeled.
		{name: "utf-8 labelled windows-1251", raw: page(t, plain, metaCharset("windows-1251")),
			isHTML: true, want: htmlPage(metaCharset("windows-1251"))},
		{name: "utf-8 labelled koi8-r by header", raw: []byte(ruBody),
			contentType: "text/plain; charset=koi8-r", want: ruBody},
		{name: "utf-8 labelled iso-8859-1", raw: []byte(frBody),
			contentType: "text/html; charset=ISO-8859-1", want: frBody},
		{name: "windows-1251 labelled utf-8", raw: page(t, cp1251, metaCharset("utf-8")),
			isHTML: true, want: htmlPage(metaCharset("utf-8"))},
		{name: "koi8-r labelled utf-8 by header", raw: encode(t, koi8, ruBody),
			contentType: "text/plain; charset=utf-8", want: ruBody},
		{name: "windows-1251 labelled koi8-r", raw: encode(t, cp1251, ruBody),
			contentType: "text/plain; charset=koi8-r", want: ruBody},
		{name: "koi8-r labelled windows-1251", raw: page(t, koi8, metaCharset("windows-1251")),
			isHTML: true, want: ruTitle, contains: true},
		{name: "windows-1251 under a western header", raw: encode(t, cp1251, ruBody),
			contentType: "text/plain; charset=iso-8859-1", want: ruBody},
		{name: "western header yields to meta", raw: page(t, koi8, metaCharset("koi8-r")),
			contentType: "text/html; charset=iso-8859-1", isHTML: true, want: ruTitle, contains: true},
		{name: "utf-16 meta means utf-8", raw: page(t, plain, metaCharset("utf-16")),
			isHTML: true, want: ruTitle, contains: true},
		{name: "windows-1252 labelled windows-1251 stays", raw: encode(t, cp1252, frBody+" "+deBody),
			contentType: "text/plain; charset=windows-1251",
			want:        string(mustDecode(t, cp1251, encode(t, cp1252, frBody+" "+deBody)))},

		// Damaged.
		{name: "utf-8 with a stray byte", raw: []byte(ruBody[:20] + "\x92" + ruBody[20:]),
			want: ruBody[:20] + "\uFFFD" + ruBody[20:]},
		{name: "utf-8 truncated at the end", raw: []byte(ruBody + "\xd0"), want: ruBody + "\uFFFD"},
		{name: "utf-8 BOM then invalid", raw: []byte("\xef\xbb\xbfab\xffc"), want: "ab\uFFFDc"},
		{name: "empty", raw: nil, want: ""},
		{name: "nul bytes", raw: []byte("a\x00b\x00\x00c"), want: "a\x00b\x00\x00c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(Decode(tt.raw, tt.contentType, tt.isHTML))
			if !utf8.ValidString(got) {
				t.Fatalf("output is not valid UTF-8: %q", got)
			}
			if tt.contains && !strings.Contains(got, tt.want) || !tt.contains && got != tt.want {
				t.Errorf("decode = %q\nwant %q (contains: %v)", shorten(got), shorten(tt.want), tt.contains)
			}
		})
	}
}

func mustDecode(t *testing.T, e encoding.Encoding, b []byte) []byte {
	t.Helper()
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func shorten(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

func TestSniffUTF16(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		want bool
	}{
		{"utf-16le BOM html", page(t, utf16LE, ""), true},
		{"utf-16be BOM html", page(t, utf16BE, ""), true},
		{"utf-16le no BOM html", page(t, utf16NB, ""), true},
		{"utf-16le text", encode(t, utf16LE, ruBody), false},
		{"utf-8 BOM html", encode(t, utf8BOMEnc, htmlPage("")), true},
		{"text starting with <", []byte("<<Breaking>> " + ruBody), false},
	}
	for _, tt := range tests {
		if got := IsHTML(tt.raw); got != tt.want {
			t.Errorf("%s: sniff = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCharsetParam(t *testing.T) {
	tests := []struct{ in, want string }{
		{"text/html; charset=windows-1251", "windows-1251"},
		{"text/html;charset=KOI8-R", "KOI8-R"},
		{`text/html; charset = "utf-8"`, "utf-8"},
		{"text/html; CHARSET='cp1251'; x=y", "cp1251"},
		{"text/html; charset", ""},
		{`text/html; charset="utf-8`, ""},
		{"text/html", ""},
	}
	for _, tt := range tests {
		if got := charsetParam(tt.in); got != tt.want {
			t.Errorf("charsetParam(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestXMLEncoding(t *testing.T) {
	tests := []struct{ in, want string }{
		{`?xml version="1.0" encoding="windows-1251"?`, "windows-1251"},
		{`?xml version='1.0' encoding = 'koi8-r' ?`, "koi8-r"},
		{`?xml version="1.0"?`, ""},
		{`?xml encoding=utf-8?`, ""},
		{` comment encoding="utf-8"`, ""},
	}
	for _, tt := range tests {
		if got := xmlEncoding(tt.in); got != tt.want {
			t.Errorf("xmlEncoding(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLetterWeights checks the tables the Cyrillic guess rests on.
func TestLetterWeights(t *testing.T) {
	w := letterWeights()
	o1251, o1251Cap := byte(0xEE), byte(0xCE) // о, О in windows-1251
	oKOI8, oKOI8Cap := byte(0xCF), byte(0xEF) // о, О in KOI8-R
	if w.cp1251[o1251] <= w.cp1251[o1251Cap] || w.koi8[oKOI8] <= w.koi8[oKOI8Cap] {
		t.Error("a capital weighs as much as its small letter")
	}
	if w.cp1251[o1251] != w.koi8[oKOI8] {
		t.Errorf("о weighs %d in windows-1251 and %d in KOI8-R", w.cp1251[o1251], w.koi8[oKOI8])
	}
	if w.cp1251[0xAB] != punctWeight || w.koi8[0xAB] != otherWeight {
		t.Errorf("0xAB weighs %d, %d; want guillemet %d, box drawing %d",
			w.cp1251[0xAB], w.koi8[0xAB], punctWeight, otherWeight)
	}
	for b := range 0x80 {
		if w.cp1251[b] != 0 || w.koi8[b] != 0 {
			t.Fatalf("ASCII byte %#x has a weight", b)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	body := strings.Repeat(ruBody+"\n\n", 200)
	inputs := []struct {
		name string
		raw  []byte
	}{
		{"utf-8", []byte(body)},
		{"windows-1251", encode(b, charmap.Windows1251, body)},
		{"koi8-r", encode(b, charmap.KOI8R, body)},
		{"utf-16le", encode(b, utf16LE, body)},
		{"windows-1252", encode(b, charmap.Windows1252, strings.Repeat(frBody+"\n\n", 200))},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.raw)))
			b.ReportAllocs()
			for b.Loop() {
				Decode(in.raw, "", false)
			}
		})
	}
}
