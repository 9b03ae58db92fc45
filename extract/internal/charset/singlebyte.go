package charset

import (
	"math"
	"sync"
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

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
