package charset

import (
	"bytes"
	"encoding/binary"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	xunicode "golang.org/x/text/encoding/unicode"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Decode turns raw bytes into valid UTF-8, whatever they are;
// chooseEncoding tells how it reads them. contentType is the HTTP
// Content-Type header, if any; isHTML lets a page's own declarations count.
// The result is not normalised: the front ends put the text they take from
// it in Unicode normalisation form C as they clean it, which spares the
// markup that work.
func Decode(raw []byte, contentType string, isHTML bool) []byte {
	enc, valid := chooseEncoding(raw, contentType, isHTML)
	out := raw
	if enc == nil {
		out = bytes.TrimPrefix(raw, utf8BOM)
	} else if b, err := enc.NewDecoder().Bytes(raw); err == nil {
		out, valid = b, false
	}
	if !valid && !utf8.Valid(out) {
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
//
// valid reports whether raw is valid UTF-8, when that was found.
func chooseEncoding(raw []byte, contentType string, isHTML bool) (e encoding.Encoding, valid bool) {
	if bytes.HasPrefix(raw, utf8BOM) {
		return nil, false
	}
	if e := utf16Encoding(raw); e != nil {
		return e, false
	}
	valid = utf8.Valid(raw)
	if valid && !isASCII(raw) {
		return nil, true // by rule 4, whatever is declared
	}
	e, name := declared(raw, contentType, isHTML)
	switch {
	case e == nil, name == "utf-8":
		if valid || scanUTF8(raw).mostlyUTF8() {
			return nil, valid
		}
		return guessSingleByte(raw), valid
	case isCyrillicOrWestern(name):
		return confirmSingleByte(raw, e), valid
	}
	return e, valid
}

// isASCII reports whether b is all ASCII, eight bytes at a time.
func isASCII(b []byte) bool {
	const highs = 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&highs != 0 {
			return false
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
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
