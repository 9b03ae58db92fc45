package country

import (
	"slices"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// Match is one mention of a country in a text.
type Match struct {
	// Code is the ISO 3166-1 alpha-2 code.
	Code string
	// Name is the country's English short name, such as "Kazakhstan",
	// "Côte d’Ivoire" or "Netherlands".
	Name string
	// Start and End are the byte offsets of the mention in the text.
	Start, End int
	// Text is text[Start:End]: the mention as written, such as "Kazakh",
	// "Ivory Coast" or "Казахстане". A leading article is not part of it
	// ("the Netherlands" gives "Netherlands").
	Text string
}

// Find returns the mentions of countries in text, in order. Mentions do
// not overlap: at each word the longest phrase of the table wins, so
// "Equatorial Guinea" is one mention of GQ, not also one of Guinea, and
// "Central Asian" is a region, not a country. Time is linear in the length
// of text, and only the matches take memory; any input, including invalid
// UTF-8, is safe.
func Find(text string) []Match {
	if len(text) <= smallWindow {
		var ring [smallWindow]token
		s := newScanner(text, ring[:])
		return s.run(text)
	}
	var ring [windowSize]token
	s := newScanner(text, ring[:])
	return s.run(text)
}

// keyBufSize bounds the folded form of a phrase that the scanner builds;
// every phrase of the table is shorter (see TestKeyBufSize), so a longer
// one is none.
const keyBufSize = 256

// scanner holds the state of one Find.
type scanner struct {
	t       *table
	text    string
	win     window
	key     [keyBufSize]byte // the phrase being looked up
	lastEnd int              // token after the last accepted mention
	probes  int              // index look-ups, which bound the work
	line    lineCase         // the letter case of the line last asked about
	doc     docState         // what the text has shown so far
}

// newScanner returns a scanner of text that holds its tokens in ring,
// whose length is a power of two: windowSize, or smallWindow when text
// has no more bytes, and so no more tokens, than that.
func newScanner(text string, ring []token) scanner {
	return scanner{t: theTable(), text: text, win: window{Ring: textutil.NewRing(ring, maxBehind), text: text}, line: lineCase{start: -1}}
}

// run returns the mentions in text, the scanner's text, left to right.
// The mentions take their Text from the argument rather than from the
// scanner, which then stays on the caller's stack. They are gathered as
// hits, a third of the size of a Match, and the result is made once at
// the right length.
func (s *scanner) run(text string) []Match {
	var buf [8]hit
	hits := buf[:0]
	for i := 0; s.win.ok(i); {
		s.win.MoveTo(i)
		n, e, idx := s.longest(i)
		if n == 0 {
			s.datelineAt(i, 1)
			i++
			continue
		}
		if e.country == blocked {
			s.signal(i, n, e, idx)
		} else if s.accept(i, i+n, e, idx) {
			if len(hits) == cap(hits) {
				hits = slices.Grow(hits, len(hits)) // double, where append grows long slices by a quarter
			}
			hits = append(hits, hit{start: s.tok(i).start, end: s.tok(i + n - 1).end, country: e.country, entry: idx, marks: e.marks})
			s.lastEnd = i + n
		}
		i += n
	}
	hits = s.doc.filter(hits)
	if len(hits) == 0 {
		return nil
	}
	out := make([]Match, len(hits))
	for k, h := range hits {
		c := countryAt(h.country)
		out[k] = Match{Code: c.Alpha2, Name: c.Name, Start: h.start, End: h.end, Text: text[h.start:h.end]}
	}
	return out
}

// hit is a mention found: its bytes, its country, and the entry of the
// table it matched with that entry's marks.
type hit struct {
	start, end int
	entry      int32
	country    int16
	marks      uint16
}

// exists reports whether the text has a token k.
func (s *scanner) exists(k int) bool { return k >= 0 && s.win.ok(k) }

// tok returns token k, which must exist.
func (s *scanner) tok(k int) *token { return s.win.At(k) }

// word returns the text of token k, which must exist.
func (s *scanner) word(k int) string {
	t := s.win.At(k)
	return s.text[t.start:t.end]
}

// fold writes the folded form of token k into buf; ok is false when
// there is no token k or its form does not fit.
func (s *scanner) fold(k int, buf []byte) ([]byte, bool) {
	if !s.exists(k) {
		return nil, false
	}
	return foldInto(buf, s.word(k))
}

// longest returns the number of tokens, the entry and the index of that
// entry of the longest phrase of the table that starts at token i and
// whose letter case fits, or 0 when there is none.
func (s *scanner) longest(i int) (int, entry, int32) {
	if !s.exists(i) || s.tok(i).kind != kindWord {
		return 0, entry{}, -1
	}
	best, bestEntry, bestIdx := 0, entry{}, int32(-1)
	key, ok := foldInto(s.key[:], s.word(i))
	if ok && !s.t.filter.mayHave(key) {
		return 0, entry{}, -1 // no phrase starts with the word
	}
	for j := i; ok; {
		v := s.t.index[string(key)]
		s.probes++
		if v>>1 != 0 {
			if e := s.t.entries[v>>1-1]; s.caseOK(e, i) {
				best, bestEntry, bestIdx = j-i+1, e, int32(v>>1-1)
			}
		}
		j++
		if v&1 == 0 || j-i >= maxPhraseTokens || !s.exists(j) {
			break
		}
		if s.tok(j).space != spaceNone {
			if len(key) == cap(key) {
				break
			}
			key = append(key, ' ')
		}
		var more []byte
		more, ok = foldInto(key[len(key):cap(key)], s.word(j))
		key = key[:len(key)+len(more)]
	}
	return best, bestEntry, bestIdx
}

// caseOK reports whether the tokens of the text from i have the letter
// case that entry e needs: a capital where the phrase has one, all
// capitals where the phrase is an abbreviation.
func (s *scanner) caseOK(e entry, i int) bool {
	for k := 0; k < int(e.ntok); k++ {
		need := uint8(e.caps>>(2*k)) & 3
		if need == capsLower {
			continue
		}
		if !s.exists(i + k) {
			return false
		}
		got := s.tok(i + k).caps
		switch need {
		case capsTitle:
			if got == capsLower {
				return false
			}
		case capsUpper:
			if got != capsUpper {
				return false
			}
		}
	}
	return true
}
