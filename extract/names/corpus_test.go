package names

import (
	"bufio"
	"encoding/json"
	"hash/fnv"
	"os"
	"strings"
	"testing"
	"unicode"
)

// polnearPath is the PolNeAR training split of US political news with
// the speakers of its quotations annotated by hand.
const polnearPath = "../../../shared/corpus/polnear-train/polnear-train.jsonl"

// Floors of the speaker recall on the dev and held-out halves of
// PolNeAR: the share of speakers named in full (two to four capitalised
// words, "Ted Cruz") that Find gives as a person by that name or with a
// mention of it, or by a name of two words or more that ends it ("Ohio
// Gov. Tom Hale"). They are set at what the code reaches and only
// rise.
const (
	minSpeakerRecallDev     = 0.931
	minSpeakerRecallHeldOut = 0.905
)

type polnearArticle struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Quotes []struct {
		Speaker string   `json:"speaker"`
		Aliases []string `json:"speaker_aliases"`
	} `json:"quotes"`
}

// fullName reports whether s is a person's name written in full: two to
// four words, each capitalised, of letters, hyphens, apostrophes and full
// stops, the last no word for a party's members ("Utah Republican").
func fullName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '.' {
				return false
			}
		}
	}
	return !lex().function.has(fold(ws[0])) && !partyMember(fold(ws[len(ws)-1]))
}

// partyMember reports whether the folded word w names a party's members,
// which end a description ("Utah Republican", "Iowa Democrats") and no
// person's name. The test keeps its own list, so that what the code
// reads as no part of a name never takes a speaker out of the measure.
func partyMember(w string) bool {
	switch w {
	case "republican", "republicans", "democrat", "democrats":
		return true
	}
	return false
}

// withoutTitle returns a folded name without the titles and the words
// of a title's field before it: "Sen. Marco Rubio" gives "marco rubio",
// and "staff Ann Orr" (of a chief of staff) gives "ann orr".
func withoutTitle(s string) string {
	ws := strings.Fields(fold(s))
	for len(ws) > 1 && (lex().titles.has(ws[0]) || lex().titles.has(strings.TrimSuffix(ws[0], ".")) || lex().titleModifiers.has(ws[0]) || lex().notNames.has(ws[0])) {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// hasNameSuffix reports whether a name of two words or more in got ends
// the gold speaker g as its last words, as the quote scorer's word-suffix
// rule counts it: "vermont sen. bernie sanders" and "bernie sanders".
func hasNameSuffix(g string, got map[string]bool) bool {
	ws := strings.Fields(g)
	for i := 1; i+2 <= len(ws); i++ {
		if got[strings.Join(ws[i:], " ")] {
			return true
		}
	}
	return false
}

func TestCorpusSpeakers(t *testing.T) {
	f, err := os.Open(polnearPath)
	if err != nil {
		t.Skip("corpus absent:", err)
	}
	defer f.Close()
	var found, total [2]int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var a polnearArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		h := fnv.New32a()
		h.Write([]byte(a.ID))
		half := int(h.Sum32() & 1) // 0 dev, 1 held-out
		gold := map[string]bool{}
		for _, q := range a.Quotes {
			for _, s := range append([]string{q.Speaker}, q.Aliases...) {
				if fullName(s) && strings.Contains(a.Text, s) {
					gold[withoutTitle(s)] = true
				}
			}
		}
		if len(gold) == 0 {
			continue
		}
		got := map[string]bool{}
		for _, e := range Find(strings.Split(a.Text, "\n\n")) {
			if e.Kind != Person {
				continue
			}
			got[fold(e.Name)] = true
			for _, m := range e.Mentions {
				got[fold(m.Text)] = true
			}
		}
		for g := range gold {
			total[half]++
			if got[g] || hasNameSuffix(g, got) {
				found[half]++
			} else if testing.Verbose() && half == 0 {
				t.Logf("missed %q in %s", g, a.ID)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for half, floor := range [2]float64{minSpeakerRecallDev, minSpeakerRecallHeldOut} {
		r := float64(found[half]) / float64(max(total[half], 1))
		t.Logf("%s: speaker recall %.3f (%d of %d)", [2]string{"dev", "held-out"}[half], r, found[half], total[half])
		if r < floor {
			t.Errorf("%s speaker recall %.3f below %.3f", [2]string{"dev", "held-out"}[half], r, floor)
		}
	}
}
