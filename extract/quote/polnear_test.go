package quote_test

import (
	"bufio"
	"cmp"
	"encoding/json"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract"
)

// The ratchet on the PolNeAR training split: the figures the code reaches
// on each half of the articles, split by a hash of their text. They are
// only ever raised.
const (
	polnearDevF1          = 0.946
	polnearDevSpeaker     = 0.896
	polnearHeldOutF1      = 0.952
	polnearHeldOutSpeaker = 0.903
)

// polnearPath is the corpus, outside the project, from this package's folder.
var polnearPath = filepath.Join("..", "..", "..", "shared", "corpus", "polnear-train", "polnear-train.jsonl")

// goldQuote is one annotated quotation of the corpus.
type goldQuote struct {
	Text    string   `json:"text"`
	Speaker string   `json:"speaker"`
	Aliases []string `json:"speaker_aliases"`
	Start   int      `json:"start"` // code points into the article's text
	End     int      `json:"end"`
	toks    []string // scoring tokens of Text
}

// goldArticle is one line of the corpus.
type goldArticle struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Quotes []goldQuote `json:"quotes"`
}

// tally is what the score of a set of articles is made of.
type tally struct {
	articles, gold, pred, tp int
	spkN, spkOK              int
}

func (c *tally) add(o tally) {
	c.articles += o.articles
	c.gold += o.gold
	c.pred += o.pred
	c.tp += o.tp
	c.spkN += o.spkN
	c.spkOK += o.spkOK
}

// f1 returns the quote precision, recall and F1.
func (c tally) f1() (p, r, f float64) {
	if c.pred > 0 {
		p = float64(c.tp) / float64(c.pred)
	}
	if c.gold > 0 {
		r = float64(c.tp) / float64(c.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// speaker returns the share of matched quotations with a gold speaker
// whose predicted speaker is right.
func (c tally) speaker() float64 {
	return float64(c.spkOK) / float64(max(c.spkN, 1))
}

// TestPolnearRatchet scores the article layer's quotations on the PolNeAR
// training split as the project's scoring script does: a prediction
// matches a gold quotation it covers at least half the words of, one to
// one, taken greedily by similarity; a speaker is right when it equals
// the gold one or an alias, or one ends the other.
func TestPolnearRatchet(t *testing.T) {
	arts := readPolnear(t)
	var dev, held tally
	e := &extract.Extractor{}
	for _, a := range arts {
		art, err := e.FromText(strings.NewReader(a.Text), extract.Source{})
		var preds []pred
		if err == nil {
			for _, q := range art.Quotes {
				preds = append(preds, pred{text: q.Text, speaker: q.Speaker})
			}
		}
		c := scoreArticle(a, preds)
		h := fnv.New32a()
		h.Write([]byte(a.Text))
		if h.Sum32()%2 == 0 {
			dev.add(c)
		} else {
			held.add(c)
		}
	}
	var all tally
	all.add(dev)
	all.add(held)
	for _, r := range []struct {
		name       string
		c          tally
		f1, sp     float64
		checkFloor bool
	}{
		{"dev", dev, polnearDevF1, polnearDevSpeaker, true},
		{"held-out", held, polnearHeldOutF1, polnearHeldOutSpeaker, true},
		{"all", all, 0, 0, false},
	} {
		p, rc, f := r.c.f1()
		t.Logf("polnear-train %s: quotes P=%.3f R=%.3f F1=%.3f speaker=%.3f (%d of %d; n=%d articles, %d quotes)",
			r.name, p, rc, f, r.c.speaker(), r.c.spkOK, r.c.spkN, r.c.articles, r.c.gold)
		if r.checkFloor && (below(f, r.f1) || below(r.c.speaker(), r.sp)) {
			t.Errorf("polnear-train %s fell below the ratchet: F1 %.3f (floor %.3f), speaker %.3f (floor %.3f)",
				r.name, f, r.f1, r.c.speaker(), r.sp)
		}
	}
}

// below reports whether x, to three decimals as the figures are kept,
// falls below floor.
func below(x, floor float64) bool {
	return math.Round(x*1000) < math.Round(floor*1000)
}

// readPolnear reads the corpus, skipping the test when it is absent.
func readPolnear(t *testing.T) []goldArticle {
	t.Helper()
	f, err := os.Open(polnearPath)
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	var arts []goldArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var a goldArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("corpus line: %v", err)
		}
		arts = append(arts, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return arts
}

// pred is a predicted quotation.
type pred struct {
	text, speaker string
	toks          []string
	occ           [][2]int // code point spans where its text is found in the article
}

// scoreArticle matches the predictions of one article with its gold
// quotations.
func scoreArticle(a goldArticle, preds []pred) tally {
	c := tally{articles: 1, gold: len(a.Quotes), pred: len(preds)}
	for i := range a.Quotes {
		a.Quotes[i].toks = scoreTokens(a.Quotes[i].Text)
	}
	for i := range preds {
		preds[i].toks = scoreTokens(preds[i].text)
		preds[i].occ = occurrences(a.Text, preds[i].text)
	}
	for gi, pi := range matchQuotes(preds, a.Quotes) {
		c.tp++
		g, p := a.Quotes[gi], preds[pi]
		if g.Speaker == "" {
			continue
		}
		c.spkN++
		if speakerOK(p.speaker, g.Speaker, g.Aliases) {
			c.spkOK++
		}
	}
	return c
}

// pair is a candidate match of a gold quotation and a prediction.
type pair struct {
	dice, overlap float64
	gi, pi        int
}

// matchQuotes pairs golds with predictions one to one, greedily by Dice
// similarity, then overlap, then order; it returns gold → prediction.
func matchQuotes(preds []pred, golds []goldQuote) map[int]int {
	var pairs []pair
	for gi, g := range golds {
		for pi, p := range preds {
			if !near(p, g) {
				continue
			}
			if ov := overlap(p.toks, g.toks); ov >= 0.5 {
				pairs = append(pairs, pair{dice(p.toks, g.toks), ov, gi, pi})
			}
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(b.dice, a.dice), cmp.Compare(b.overlap, a.overlap), cmp.Compare(a.gi, b.gi), cmp.Compare(a.pi, b.pi))
	})
	out := map[int]int{}
	usedP := map[int]bool{}
	for _, p := range pairs {
		if _, ok := out[p.gi]; ok || usedP[p.pi] {
			continue
		}
		out[p.gi] = p.pi
		usedP[p.pi] = true
	}
	return out
}

// near is false only when the prediction's text is found in the article
// and no place where it is found overlaps the gold's span.
func near(p pred, g goldQuote) bool {
	if len(p.occ) == 0 {
		return true
	}
	for _, o := range p.occ {
		if o[0] < g.End && g.Start < o[1] {
			return true
		}
	}
	return false
}

// occurrences returns the code point spans, at most 20, where the text
// of a prediction (found by its first 40 code points) occurs in text.
func occurrences(text, q string) [][2]int {
	probe, n := q, 0
	for i := range q {
		if n == 40 {
			probe = q[:i]
			break
		}
		n++
	}
	if probe == "" {
		return nil
	}
	n = utf8.RuneCountInString(q)
	var out [][2]int
	pos, runes := 0, 0 // byte offset searched from and code points before it
	for len(out) < 20 {
		i := strings.Index(text[pos:], probe)
		if i < 0 {
			break
		}
		runes += utf8.RuneCountInString(text[pos : pos+i])
		out = append(out, [2]int{runes, runes + n})
		_, w := utf8.DecodeRuneInString(text[pos+i:])
		pos += i + w
		runes++
	}
	return out
}

// scoreTokens returns the lower-case word tokens of s, apostrophes at
// their edges dropped, quote marks ignored.
func scoreTokens(s string) []string {
	s = strings.NewReplacer("’", "'", "‘", "'", "`", "'", "ʼ", "'").Replace(s)
	s = strings.ToLower(s)
	var out []string
	tok := func(w string) {
		if w = strings.Trim(w, "'"); w != "" {
			out = append(out, w)
		}
	}
	start := -1
	for i, r := range s {
		in := r == '\'' || r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			tok(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		tok(s[start:])
	}
	return out
}

// common counts the tokens a and b share, as multisets.
func common(a, b []string) int {
	m := map[string]int{}
	for _, t := range a {
		m[t]++
	}
	n := 0
	for _, t := range b {
		if m[t] > 0 {
			m[t]--
			n++
		}
	}
	return n
}

func overlap(p, g []string) float64 {
	if len(g) == 0 {
		return 0
	}
	return float64(common(p, g)) / float64(len(g))
}

func dice(p, g []string) float64 {
	return 2 * float64(common(p, g)) / float64(max(len(p)+len(g), 1))
}

// normSpeaker lowers a speaker, drops a trailing possessive and keeps
// its words separated by single spaces.
func normSpeaker(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "`", "'", "ʼ", "'").Replace(s)
	s = strings.TrimSpace(strings.ToLower(s))
	if t, ok := strings.CutSuffix(s, "'s"); ok {
		s = t
	} else {
		s = strings.TrimSuffix(s, "'")
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !(r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r))
	}), " ")
}

// speakerOK reports whether pred names the gold speaker or an alias.
func speakerOK(p, g string, aliases []string) bool {
	p = normSpeaker(p)
	for _, c := range append([]string{g}, aliases...) {
		if c = normSpeaker(c); c != "" && (p == c || suffixMatch(p, c)) {
			return true
		}
	}
	return false
}

// suffixMatch reports whether the words of one of a and b end the other.
func suffixMatch(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	ta, tb := strings.Fields(a), strings.Fields(b)
	n := min(len(ta), len(tb))
	return slices.Equal(ta[len(ta)-n:], tb[len(tb)-n:])
}
