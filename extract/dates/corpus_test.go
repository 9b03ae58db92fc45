package dates

import (
	"compress/gzip"
	"encoding/json"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// fundusDir is the fundus development corpus, beside the repository.
const fundusDir = "../../../shared/corpus/fundus-dev/test_data"

// Ratchets on the fundus corpus: the share of pages whose true
// publication day, and whose true minute, some date the page prints (text,
// meta content, datetime or title attribute) reads as. They only rise.
const (
	ratchetFundusDay    = 1.0
	ratchetFundusMinute = 0.89
)

// fundusPage is a page of the corpus with its true publication time.
type fundusPage struct {
	publisher string
	html      []byte
	truth     time.Time
}

// loadFundus reads the corpus, pairing each publisher's i-th truth with
// its i-th page by date, as the corpus README says.
func loadFundus(t *testing.T) []fundusPage {
	jsons, _ := filepath.Glob(filepath.Join(fundusDir, "*", "*.json"))
	if len(jsons) == 0 {
		t.Skip("fundus corpus absent")
	}
	var pages []fundusPage
	for _, jp := range jsons {
		pub := strings.TrimSuffix(filepath.Base(jp), ".json")
		files, _ := filepath.Glob(filepath.Join(filepath.Dir(jp), pub+"_*.html.gz"))
		sort.Strings(files)
		data, err := os.ReadFile(jp)
		if err != nil {
			t.Fatal(err)
		}
		var raw map[string]json.RawMessage
		dec := json.NewDecoder(strings.NewReader(string(data)))
		if err := dec.Decode(&raw); err != nil {
			t.Fatal(err)
		}
		keys := orderedKeys(t, data)
		for i, k := range keys {
			if i >= len(files) {
				break
			}
			var v struct {
				Date *string `json:"publishing_date"`
			}
			if json.Unmarshal(raw[k], &v) != nil || v.Date == nil {
				continue
			}
			tt, err := time.Parse("2006-01-02 15:04:05.999999-07:00", *v.Date)
			if err != nil {
				continue
			}
			pages = append(pages, fundusPage{publisher: pub, html: gunzip(t, files[i]), truth: tt})
		}
	}
	return pages
}

// orderedKeys returns the top-level keys of a JSON object in file order.
func orderedKeys(t *testing.T, data []byte) []string {
	dec := json.NewDecoder(strings.NewReader(string(data)))
	var keys []string
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func gunzip(t *testing.T, path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	buf := make([]byte, 1<<16)
	for {
		n, err := zr.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return []byte(b.String())
}

// pageDates returns the strings of a page that may hold its date: its
// text runs and the values of content, datetime and title attributes, and
// the page's declared language.
func pageDates(doc []byte) (values []string, lang string) {
	z := html.NewTokenizer(strings.NewReader(string(doc)))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return values, lang
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if tok.Data == "script" || tok.Data == "style" {
				skip++
			}
			for _, a := range tok.Attr {
				switch {
				case tok.Data == "html" && a.Key == "lang" && lang == "":
					lang = a.Val
				case a.Key == "content" || a.Key == "datetime" || a.Key == "title":
					values = append(values, a.Val)
				}
			}
		case html.EndTagToken:
			if n, _ := z.TagName(); (string(n) == "script" || string(n) == "style") && skip > 0 {
				skip--
			}
		case html.TextToken:
			if skip == 0 {
				if s := strings.TrimSpace(string(z.Text())); s != "" {
					values = append(values, s)
				}
			}
		}
	}
}

// corpusParser is the parser the corpus is read with.
func corpusParser(lang string) Parser { return Parser{Language: lang} }

// readsTruth reports whether some value of the page reads as its true day,
// and as its true minute.
func readsTruth(pg fundusPage) (day, minute bool) {
	values, lang := pageDates(pg.html)
	p := corpusParser(lang)
	for _, v := range values {
		var d Date
		var ok bool
		if len(v) <= 200 {
			var err error
			d, err = p.Parse(v)
			ok = err == nil
		} else {
			d, ok = p.Find(v)
		}
		if !ok {
			continue
		}
		t := d.Time
		if t.Format("2006-01-02") == pg.truth.In(t.Location()).Format("2006-01-02") ||
			t.Format("2006-01-02") == pg.truth.Format("2006-01-02") {
			day = true
		}
		// A zone the text does not state is the caller's to supply: its
		// wall clock is compared with the truth's.
		zoned := !slices.Contains(d.Inferred, "zone")
		if d.HasTime && (zoned && t.Truncate(time.Minute).Equal(pg.truth.Truncate(time.Minute)) ||
			!zoned && t.Format("2006-01-02 15:04") == pg.truth.Format("2006-01-02 15:04")) {
			minute = true
		}
	}
	return day, minute
}

func TestFundusDates(t *testing.T) {
	pages := loadFundus(t)
	var n, days, minutes [2]int
	for _, pg := range pages {
		h := fnv.New32a()
		h.Write([]byte(pg.publisher))
		half := int(h.Sum32() % 2)
		day, minute := readsTruth(pg)
		n[half]++
		if day {
			days[half]++
		} else {
			t.Logf("day not read: %s %s", pg.publisher, pg.truth)
		}
		if minute {
			minutes[half]++
		}
	}
	all := n[0] + n[1]
	dayShare := float64(days[0]+days[1]) / float64(all)
	minShare := float64(minutes[0]+minutes[1]) / float64(all)
	for h := range 2 {
		t.Logf("half %d: %d pages, day %.3f, minute %.3f", h, n[h], float64(days[h])/float64(n[h]), float64(minutes[h])/float64(n[h]))
	}
	t.Logf("all: %d pages, day %.3f, minute %.3f", all, dayShare, minShare)
	if dayShare < ratchetFundusDay || minShare < ratchetFundusMinute {
		t.Errorf("below the ratchet: day %.3f (min %.3f), minute %.3f (min %.3f)", dayShare, ratchetFundusDay, minShare, ratchetFundusMinute)
	}
}
