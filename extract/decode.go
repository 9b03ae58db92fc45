package extract

import (
	"bytes"
	"math"
	"mime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
)

// sniffLen is how much of the input is looked at to tell HTML from text and
// to find a charset declared in the page.
const sniffLen = 8 << 10

// sniff reports whether raw looks like HTML rather than plain text: after
// white space it starts with '<' and its first bytes hold a tag that HTML
// pages have.
func sniff(raw []byte) format {
	head := raw[:min(len(raw), sniffLen)]
	if e := utf16Encoding(head); e != nil {
		// Markup in UTF-16 is told by its characters, not its bytes.
		if b, err := e.NewDecoder().Bytes(head); err == nil {
			head = b
		}
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	head = bytes.TrimLeft(head, " \t\r\n\f")
	head = head[:min(len(head), sniffTagLen)]
	if len(head) == 0 || head[0] != '<' {
		return formatText
	}
	var buf [sniffTagLen]byte
	lower := buf[:len(head)]
	for i, c := range head {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	for _, tag := range htmlMarkers {
		if bytes.Contains(lower, tag) {
			return formatHTML
		}
	}
	return formatText
}

// sniffTagLen is how far into a document sniff looks for a tag.
const sniffTagLen = 1024

var htmlMarkers = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"),
	[]byte("<meta"), []byte("<title"), []byte("<div"), []byte("<p>"), []byte("<p "),
	[]byte("<article"), []byte("<!--"),
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decode turns raw bytes into valid UTF-8, whatever they are;
// chooseEncoding tells how it reads them. The text taken from the result is
// put in Unicode normalisation form C as it is cleaned (cleanBytes), which
// spares the markup that work.
func decode(raw []byte, contentType string, isHTML bool) []byte {
	var out []byte
	if enc := chooseEncoding(raw, contentType, isHTML); enc == nil {
		out = bytes.TrimPrefix(raw, utf8BOM)
	} else if b, err := enc.NewDecoder().Bytes(raw); err == nil {
		out = b
	} else {
		out = raw
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return out
}

// chooseEncoding returns the encoding of raw, or nil for UTF-8. The rule,
// first match wins:
//
//  1. A byte-order mark (UTF-8, UTF-16LE, UTF-16BE) is obeyed.
//  2. UTF-16 without a mark is recognised by its zero bytes.
//  3. A declared charset is found: the Content-Type header, else (for HTML)
//     a <meta> or XML declaration in the first 8 KB. A header that names the
//     Western default (ISO-8859-1, US-ASCII, windows-1252) yields to a page
//     that declares something else, since servers send that label for
//     pages they know nothing about.
//  4. A declaration is checked against the bytes. A body that is valid
//     UTF-8 and has multi-byte characters in it is UTF-8 whatever it
//     declares, for no page in a legacy encoding passes that test by
//     chance. A body declared UTF-8 that is not mostly valid UTF-8 is
//     treated as undeclared. A body declared as one of windows-1251,
//     KOI8-R or windows-1252 is read as whichever of the three its letter
//     statistics favour clearly. Any other declaration is obeyed.
//  5. Undeclared: UTF-8 when the body is mostly valid UTF-8, else the
//     single-byte encoding its letters favour (guessSingleByte).
func chooseEncoding(raw []byte, contentType string, isHTML bool) encoding.Encoding {
	if bytes.HasPrefix(raw, utf8BOM) {
		return nil
	}
	if e := utf16Encoding(raw); e != nil {
		return e
	}
	valid := utf8.Valid(raw)
	e, name := declared(raw, contentType, isHTML)
	switch {
	case e == nil, name == "utf-8":
		if valid || scanUTF8(raw).mostlyUTF8() {
			return nil
		}
		return guessSingleByte(raw)
	case valid && !isASCII(raw):
		return nil // mislabeled UTF-8
	case isCyrillicOrWestern(name):
		return confirmSingleByte(raw, e)
	}
	return e
}

// isASCII reports whether b is all ASCII.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// utf16Encoding returns the UTF-16 encoding of raw when it starts with a
// UTF-16 byte-order mark, or when its first bytes have zeros in one of the
// two byte positions often (as the ASCII characters of UTF-16 text do: white
// space, digits, markup) and in the other hardly ever; nil otherwise.
func utf16Encoding(raw []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM)
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM)
	}
	head := raw[:min(len(raw), sniffLen)&^1]
	if len(head) < 16 {
		return nil
	}
	var zeroEven, zeroOdd int
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			zeroEven++
		}
		if head[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := len(head) / 2
	switch {
	case zeroEven*10 >= pairs && zeroOdd*50 < pairs:
		return xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
	case zeroOdd*10 >= pairs && zeroEven*50 < pairs:
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	}
	return nil
}

// utf8Stats counts the well-formed multi-byte sequences and the bytes that
// are not part of one in a byte string.
type utf8Stats struct {
	multi   int // well-formed sequences of two to four bytes
	invalid int // bytes that start no well-formed sequence
}

func scanUTF8(raw []byte) utf8Stats {
	var st utf8Stats
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size == 1 {
			st.invalid++
		} else {
			st.multi++
		}
		i += size
	}
	return st
}

// mostlyUTF8 reports whether a body is best read as UTF-8: it is valid, or
// its well-formed multi-byte sequences outnumber the stray bytes, as in a
// UTF-8 page with a few bytes of another encoding pasted into it or cut off
// at its end. Text in a legacy encoding forms such sequences rarely and by
// chance.
func (st utf8Stats) mostlyUTF8() bool {
	return st.invalid == 0 || st.multi > st.invalid
}

// declared returns the encoding declared for raw and its canonical WHATWG
// name; nil when none is declared, or the label is unknown or names the
// replacement encoding, which would decode the page to nothing.
func declared(raw []byte, contentType string, isHTML bool) (encoding.Encoding, string) {
	e, name := headerCharset(contentType)
	if e != nil && name != "windows-1252" {
		return e, name
	}
	if isHTML {
		if pe, pname := pageCharset(raw[:min(len(raw), sniffLen)]); pe != nil {
			return pe, pname
		}
	}
	return e, name
}

// headerCharset returns the encoding named by the charset parameter of an
// HTTP Content-Type header.
func headerCharset(contentType string) (encoding.Encoding, string) {
	if contentType == "" {
		return nil, ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil, ""
	}
	return lookupCharset(params["charset"])
}

// lookupCharset maps a charset label to its encoding by the WHATWG table.
func lookupCharset(label string) (encoding.Encoding, string) {
	if label == "" {
		return nil, ""
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(e)
	if err != nil || name == "replacement" {
		return nil, ""
	}
	if strings.HasPrefix(name, "utf-16") {
		// A page whose bytes can be read for a declaration is not UTF-16;
		// real UTF-16 was recognised by its zero bytes before this.
		return xunicode.UTF8, "utf-8"
	}
	if name == "x-user-defined" {
		return charmap.Windows1252, "windows-1252"
	}
	return e, name
}

// pageCharset returns the encoding declared in the head of a page: by an
// XML declaration, <meta charset>, or <meta http-equiv=Content-Type>.
func pageCharset(head []byte) (encoding.Encoding, string) {
	z := html.NewTokenizer(bytes.NewReader(head))
	first := true
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.CommentToken:
			// The tokenizer reads "<?xml ...?>" as a bogus comment.
			if first {
				if e, name := lookupCharset(xmlEncoding(string(z.Text()))); e != nil {
					return e, name
				}
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			if e, name := metaCharset(z); e != nil {
				return e, name
			}
		}
		first = false
	}
}

// metaCharset returns the encoding declared by the tag the tokenizer is on,
// when it is a <meta> that declares one.
func metaCharset(z *html.Tokenizer) (encoding.Encoding, string) {
	tag, hasAttr := z.TagName()
	if string(tag) != "meta" {
		return nil, ""
	}
	var label, content string
	pragma := false
	for hasAttr {
		var key, val []byte
		key, val, hasAttr = z.TagAttr()
		switch string(key) {
		case "charset":
			label = string(val)
		case "http-equiv":
			pragma = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
		case "content":
			content = string(val)
		}
	}
	if label == "" && pragma {
		label = charsetParam(content)
	}
	return lookupCharset(label)
}

// charsetParam returns the value of "charset=" in a Content-Type value,
// leniently: browsers accept "text/html; charset=windows-1251" with any
// spacing, quoting and case.
func charsetParam(s string) string {
	i := strings.Index(strings.ToLower(s), "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t\r\n\f")
	s, ok := strings.CutPrefix(s, "=")
	if !ok {
		return ""
	}
	s = strings.TrimLeft(s, " \t\r\n\f")
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		q := s[0]
		s = s[1:]
		if j := strings.IndexByte(s, q); j >= 0 {
			return s[:j]
		}
		return ""
	}
	if j := strings.IndexAny(s, "; \t\r\n\f\"'"); j >= 0 {
		return s[:j]
	}
	return s
}

// xmlEncoding returns the encoding pseudo-attribute of an XML declaration
// (the text between "<" and ">"), or "".
func xmlEncoding(decl string) string {
	if !strings.HasPrefix(decl, "?xml") {
		return ""
	}
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	s := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	s, ok := strings.CutPrefix(s, "=")
	if !ok {
		return ""
	}
	s = strings.TrimLeft(s, " \t\r\n")
	if s == "" || (s[0] != '"' && s[0] != '\'') {
		return ""
	}
	q := s[0]
	s = s[1:]
	if j := strings.IndexByte(s, q); j >= 0 {
		return s[:j]
	}
	return ""
}

// isCyrillicOrWestern reports whether name is one of the single-byte
// encodings that are told apart by letter statistics.
func isCyrillicOrWestern(name string) bool {
	switch name {
	case "windows-1251", "koi8-r", "koi8-u", "windows-1252":
		return true
	}
	return false
}

// confirmSingleByte returns the declared encoding e, unless the bytes
// clearly belong to another of windows-1251, KOI8-R and windows-1252: a
// server's Western default sent for a Russian page, or a Russian page
// labelled with the wrong Cyrillic encoding.
func confirmSingleByte(raw []byte, e encoding.Encoding) encoding.Encoding {
	st := scanLetters(raw)
	if st.letters < minCyrillicLetters {
		return e // too little text to argue with the declaration
	}
	guess := st.guess()
	if guess == charmap.Windows1252 {
		return e // a Latin page, or nothing clear: keep the declaration
	}
	if name, _ := htmlindex.Name(e); name == "windows-1252" {
		return guess
	}
	// e is windows-1251 or a KOI8. Switch only on a clear margin: the
	// wrong Cyrillic reading turns most small letters into capitals.
	declaredScore, otherScore := st.cp1251, st.koi8
	if guess == charmap.Windows1251 {
		declaredScore, otherScore = st.koi8, st.cp1251
	}
	if otherScore-declaredScore > marginPerLetter*st.letters {
		return guess
	}
	return e
}

// minCyrillicLetters is how many high-byte letters a body must have before
// its statistics override a declaration.
const minCyrillicLetters = 20

// marginPerLetter is the score difference per letter, in the units of
// letterWeights, that makes one Cyrillic reading clearly better.
const marginPerLetter = 10

// guessSingleByte chooses among windows-1251, KOI8-R and windows-1252 for a
// body that is not UTF-8 and declares nothing usable.
func guessSingleByte(raw []byte) encoding.Encoding {
	return scanLetters(raw).guess()
}

// letterStats is what the high bytes of a body say about its encoding.
type letterStats struct {
	letters int // bytes 0xC0-0xFF: letters in all three encodings
	runs    int // such bytes that follow another one
	cp1251  int // log-likelihood of the body as Russian in windows-1251
	koi8    int // the same in KOI8-R
}

func scanLetters(raw []byte) letterStats {
	w := letterWeights()
	var st letterStats
	prevLetter := false
	for _, c := range raw {
		if c < 0x80 {
			prevLetter = false
			continue
		}
		st.cp1251 += int(w.cp1251[c])
		st.koi8 += int(w.koi8[c])
		letter := c >= 0xC0
		if letter {
			st.letters++
			if prevLetter {
				st.runs++
			}
		}
		prevLetter = letter
	}
	return st
}

// guess returns the encoding the statistics favour. Cyrillic words are
// runs of high bytes in both Cyrillic encodings, while the accented letters
// of Western languages stand mostly alone between ASCII letters; between
// windows-1251 and KOI8-R, which map the same bytes to letters of the other
// case in nearly reverse order, the frequencies of Russian letters decide.
func (st letterStats) guess() encoding.Encoding {
	if st.letters < 2 || st.runs*2 < st.letters {
		return charmap.Windows1252
	}
	if st.koi8 > st.cp1251 {
		return charmap.KOI8R
	}
	return charmap.Windows1251
}

// byteWeights holds, for each byte of an encoding, the log-likelihood
// (scaled by ten) of the character it decodes to in Russian text.
type byteWeights struct {
	cp1251, koi8 [256]int8
}

// letterWeights is built on first use.
var letterWeights = sync.OnceValue(func() *byteWeights {
	return &byteWeights{
		cp1251: weightsFor(charmap.Windows1251),
		koi8:   weightsFor(charmap.KOI8R),
	}
})

// russianFreq is the frequency of the small Russian letters, per mille, in
// running text.
var russianFreq = map[rune]float64{
	'о': 109.7, 'е': 84.5, 'а': 80.1, 'и': 73.5, 'н': 67.0, 'т': 62.6, 'с': 54.7,
	'р': 47.3, 'в': 45.4, 'л': 44.0, 'к': 34.9, 'м': 32.1, 'д': 29.8, 'п': 28.1,
	'у': 26.2, 'я': 20.1, 'ы': 19.0, 'ь': 17.4, 'г': 17.0, 'з': 16.5, 'б': 15.9,
	'ч': 14.4, 'й': 12.1, 'х': 9.7, 'ж': 9.4, 'ш': 7.3, 'ю': 6.4, 'ц': 4.8,
	'щ': 3.6, 'э': 3.2, 'ф': 2.6, 'ъ': 0.4, 'ё': 0.4,
}

// Weights of characters other than small Russian letters, on the scale of
// ten times the natural logarithm of a per-mille frequency.
const (
	capitalPenalty = -30 // a capital: about one letter in twenty
	punctWeight    = 0   // dashes, guillemets, quotes, № and the like
	otherWeight    = -60 // box drawing, other scripts' letters, controls
)

func weightsFor(cm *charmap.Charmap) [256]int8 {
	var w [256]int8
	for b := 0x80; b < 0x100; b++ {
		w[b] = runeWeight(cm.DecodeByte(byte(b)))
	}
	return w
}

// runeWeight is the weight of one decoded character.
func runeWeight(r rune) int8 {
	lower := unicode.ToLower(r)
	f, russian := russianFreq[lower]
	if !russian && unicode.Is(unicode.Cyrillic, r) {
		f, russian = 1, true // Ukrainian and Belarusian letters: rare but sound
	}
	switch {
	case russian && r == lower:
		return int8(math.Round(10 * math.Log(f)))
	case russian:
		return int8(math.Round(10*math.Log(f)) + capitalPenalty)
	case unicode.IsPunct(r) || unicode.IsSpace(r),
		unicode.IsSymbol(r) && !unicode.Is(unicode.Sm, r) && !isBoxDrawing(r):
		return punctWeight
	}
	return otherWeight
}

// isBoxDrawing reports whether r is a box-drawing or block character, which
// KOI8-R puts where windows-1251 has punctuation.
func isBoxDrawing(r rune) bool {
	return r >= 0x2500 && r <= 0x25FF
}

// binarySample is how many bytes of decoded text isBinary reads.
const binarySample = 16 << 10

// isBinary reports whether more than one character in twenty of the start
// of text, which is valid UTF-8, is a control character or a replacement
// character: what binary data decodes to, and text never does. It reads the
// bytes without decoding them: a control character is a byte below 0x20 or
// 0x7F, or C2 80-9F; a replacement character is EF BF BD.
func isBinary(text []byte) bool {
	sample := text[:min(len(text), binarySample)]
	runes, bad := 0, 0
	for i, c := range sample {
		switch {
		case c < 0x20:
			if c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' {
				bad++
			}
		case c == 0x7F:
			bad++
		case c == 0xC2:
			if i+1 < len(sample) && sample[i+1] >= 0x80 && sample[i+1] < 0xA0 && sample[i+1] != 0x85 {
				bad++
			}
		case c == 0xEF:
			if i+2 < len(sample) && sample[i+1] == 0xBF && sample[i+2] == 0xBD {
				bad++
			}
		case c >= 0x80 && c < 0xC0:
			continue // a continuation byte: not a character of its own
		}
		runes++
	}
	return bad*20 > runes
}
