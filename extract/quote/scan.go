package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// maxDepth bounds the nesting of quotations the scanner follows; an
// opening mark beyond it forgets the outermost open quotation.
const maxDepth = 8

// frame is a quotation opened and not yet closed.
type frame struct {
	open      int  // offset of the opening mark
	textStart int  // offset just after it
	opener    rune // the opening mark
	pairMark  int  // number of spans found before it opened
}

// span is a quotation closed within one paragraph.
type span struct {
	open, textStart int // opening mark and start of the text
	textEnd         int // start of the closing mark
	closeEnd        int // end of the closing mark
	opener          rune
}

// orphan is a closing mark that closes nothing opened in its paragraph.
type orphan struct {
	pos, end int
	r        rune
}

// marks is what one paragraph's quotation marks give.
type marks struct {
	spans   []span   // outermost closed quotations, in order
	tail    frame    // outermost quotation left open at the end
	hasTail bool     // whether tail is set
	pushed  bool     // whether any quotation opened
	orphans []orphan // first orphan of each closing mark
}

// scanMarks pairs the quotation marks of one paragraph in one pass.
// Marks that close nothing are orphans; quotations still open at the end
// leave the outermost as the tail; closed quotations nested in another
// closed one are dropped, so spans holds the outermost ones.
func scanMarks(s string) marks {
	var (
		m  marks
		st [maxDepth]frame
		n  int
	)
	push := func(i, w int, r rune) {
		if n == maxDepth {
			copy(st[:], st[1:])
			n--
		}
		st[n] = frame{open: i, textStart: i + w, opener: r, pairMark: len(m.spans)}
		n++
		m.pushed = true
	}
	find := func(r rune) int {
		for k := n - 1; k >= 0; k-- {
			if closes(st[k].opener, r) {
				return k
			}
		}
		return -1
	}
	closeAt := func(k, i, w int) {
		f := st[k]
		n = k
		if m.spans == nil {
			m.spans = make([]span, 0, spanRoom(s))
		}
		m.spans = append(m.spans[:f.pairMark], span{f.open, f.textStart, i, i + w, f.opener})
	}
	addOrphan := func(i, w int, r rune) {
		for _, o := range m.orphans {
			if o.r == r {
				return
			}
		}
		m.orphans = append(m.orphans, orphan{i, i + w, r})
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != '`' || c >= utf8.RuneSelf && c != 0xC2 && c != 0xE2 {
			i++ // no mark starts here: the marks beyond ASCII start with 0xC2 or 0xE2 (see TestMarksLead)
			continue
		}
		if strings.HasPrefix(s[i:], "'''") && !isSpace(textutil.RuneBefore(s, i)) && i > 0 {
			i++ // a single mark closing before the pair that closes too
			continue
		}
		r, w, opening := markAt(s, i)
		if r < 0 {
			_, w = textutil.DecodeRune(s[i:])
			i += w
			continue
		}
		ctx := contextAt(s, i, w)
		if opening {
			push(i, w, r)
			i += w
			continue
		}
		switch r {
		case '«', '‹', '„':
			push(i, w, r)
		case '‚':
			if ctx.pureOpener() {
				push(i, w, r)
			}
		case '»', '›':
			if k := find(r); k >= 0 {
				closeAt(k, i, w)
			} else {
				addOrphan(i, w, r)
			}
		case '’':
			if ctx.inWord {
				break
			}
			if k := find(r); k >= 0 {
				closeAt(k, i, w)
			}
		case '”':
			if k := find(r); k >= 0 {
				closeAt(k, i, w)
			} else if ctx.pureOpener() {
				push(i, w, r)
			} else {
				addOrphan(i, w, r)
			}
		case '“', '‟':
			if n > 0 && st[n-1].opener == '„' {
				closeAt(n-1, i, w)
			} else if ctx.pureCloser() {
				if k := find(r); k >= 0 {
					closeAt(k, i, w)
				} else {
					addOrphan(i, w, r)
				}
			} else {
				push(i, w, r)
			}
		case '‘':
			switch {
			case n > 0 && st[n-1].opener == '‚':
				closeAt(n-1, i, w)
			case ctx.inWord:
			case ctx.pureCloser():
				if k := find(r); k >= 0 {
					closeAt(k, i, w)
				}
			default:
				push(i, w, r)
			}
		case '"':
			k := find(r)
			switch {
			case k >= 0 && !ctx.pureOpener():
				closeAt(k, i, w)
			case ctx.opener:
				push(i, w, r)
			case ctx.closer:
				addOrphan(i, w, r)
			}
		}
		i += w
	}
	if n == 1 && closesBoth(s, st[0], m.spans) {
		last := m.spans[len(m.spans)-1]
		m.spans = append(m.spans[:st[0].pairMark], span{st[0].open, st[0].textStart, last.textEnd, last.closeEnd, st[0].opener})
		n = 0
	}
	if n > 0 {
		m.tail, m.hasTail = st[0], true
	}
	return m
}

// spanRoom returns the room to make for the quotations of s: for a long
// text, half the bytes that may start a mark, so that a text dense with
// quotations fills its spans without copying them as they grow.
func spanRoom(s string) int {
	if len(s) < minSpanRoomText {
		return 4
	}
	n := strings.Count(s, "\"") + strings.Count(s, "\xe2") + strings.Count(s, "\xc2")
	return min(n/2+1, len(s)/minSpanBytes)
}

// A text shorter than minSpanRoomText makes its spans room as they grow;
// a quotation with its marks takes at least minSpanBytes.
const (
	minSpanRoomText = 4096
	minSpanBytes    = 3
)

// closesBoth reports whether the last closed quotation of spans, nested
// in the quotation f left open, closes f too: a guillemet that ends the
// paragraph, but for its punctuation, closes both quotations, as writers
// who set one mark for two do («… «…»).
func closesBoth(s string, f frame, spans []span) bool {
	if f.opener != '«' || len(spans) == 0 {
		return false
	}
	last := spans[len(spans)-1]
	if last.opener != '«' || last.open < f.textStart {
		return false
	}
	return strings.TrimRight(s[last.closeEnd:], " .,!?…") == ""
}

// orphanFor returns the first orphan closing mark that may close a
// quotation opened by opener.
func (m *marks) orphanFor(opener rune) (orphan, bool) {
	best, ok := orphan{}, false
	for _, o := range m.orphans {
		if closes(opener, o.r) && (!ok || o.pos < best.pos) {
			best, ok = o, true
		}
	}
	return best, ok
}
