package country

import (
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestCountriesTable(t *testing.T) {
	if len(countries) != 249 {
		t.Fatalf("%d countries, want 249", len(countries))
	}
	seen := make(map[string]bool)
	for i, c := range countries {
		if len(c.Alpha2) != 2 || len(c.Alpha3) != 3 || c.Name == "" {
			t.Errorf("bad entry %+v", c)
		}
		if i > 0 && countries[i-1].Alpha2 >= c.Alpha2 {
			t.Errorf("%s after %s: not sorted", c.Alpha2, countries[i-1].Alpha2)
		}
		if seen[c.Alpha3] {
			t.Errorf("alpha-3 %s twice", c.Alpha3)
		}
		seen[c.Alpha3] = true
	}
	if got := Countries(); len(got) != 249 || &got[0] == &countries[0] {
		t.Error("Countries does not return a copy of the table")
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		code string
		want Country
		ok   bool
	}{
		{"KZ", Country{"KZ", "KAZ", "Kazakhstan"}, true},
		{"kz", Country{"KZ", "KAZ", "Kazakhstan"}, true},
		{"KAZ", Country{"KZ", "KAZ", "Kazakhstan"}, true},
		{"kaz", Country{"KZ", "KAZ", "Kazakhstan"}, true},
		{"NL", Country{"NL", "NLD", "Netherlands"}, true},
		{"CI", Country{"CI", "CIV", "Côte d’Ivoire"}, true},
		{"civ", Country{"CI", "CIV", "Côte d’Ivoire"}, true},
		{"GQ", Country{"GQ", "GNQ", "Equatorial Guinea"}, true},
		{"TR", Country{"TR", "TUR", "Türkiye"}, true},
		{"CZ", Country{"CZ", "CZE", "Czechia"}, true},
		{"SZ", Country{"SZ", "SWZ", "Eswatini"}, true},
		{"MK", Country{"MK", "MKD", "North Macedonia"}, true},
		{"GB", Country{"GB", "GBR", "United Kingdom"}, true},
		{"US", Country{"US", "USA", "United States"}, true},
		{"AQ", Country{"AQ", "ATA", "Antarctica"}, true},
		{"ZW", Country{"ZW", "ZWE", "Zimbabwe"}, true},
		{"AD", Country{"AD", "AND", "Andorra"}, true},
		{"UK", Country{}, false},
		{"EU", Country{}, false},
		{"XK", Country{}, false},
		{"SU", Country{"SU", "SUN", "Soviet Union"}, true},
		{"sun", Country{"SU", "SUN", "Soviet Union"}, true},
		{"", Country{}, false},
		{"K", Country{}, false},
		{"KAZA", Country{}, false},
		{"ZZZ", Country{}, false},
		{"k\xff", Country{}, false},
	}
	for _, tt := range tests {
		got, ok := Lookup(tt.code)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v, %v", tt.code, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNoConflicts(t *testing.T) {
	if c := theTable().conflicts; len(c) > 0 {
		t.Errorf("phrases given to two countries: %q", c)
	}
}

// TestEveryPhrase checks that each phrase of the table, found on its own,
// is one mention of its country, and that each blocked phrase gives none.
func TestEveryPhrase(t *testing.T) {
	lines := strings.Split(phraseData, "\n")
	all := len(countries) + len(historical)
	if len(lines) != all+1 {
		t.Fatalf("%d lines of phrases, want %d", len(lines), all+1)
	}
	n := 0
	for i, line := range lines {
		for _, p := range strings.Split(line, "|") {
			marks, text := splitMarks(p)
			n++
			prefix := ""
			if marks&markNotInitial != 0 {
				prefix = "в "
			}
			got := Find(prefix + text)
			if i == all {
				if len(got) != 0 {
					t.Errorf("blocked %q gives %s", text, mentions(got))
				}
				continue
			}
			want := countryAt(int16(i)).Alpha2 + ":" + text
			if mentions(got) != want {
				t.Errorf("%q gives %q, want %q", text, mentions(got), want)
			}
		}
	}
	if n < 5000 {
		t.Errorf("only %d phrases", n)
	}
}

// TestStatesAreContextOnly checks that every US state of the data is in
// the state index and that none is ever a mention on its own.
func TestStatesAreContextOnly(t *testing.T) {
	names := strings.Split(stateData, "|")
	if got := len(theTable().states); got != len(names) {
		t.Errorf("state index has %d names, data %d", got, len(names))
	}
	for _, name := range names {
		if got := Find(name); len(got) != 0 {
			t.Errorf("state %q gives %s", name, mentions(got))
		}
		if got := mentions(Find("Georgia and " + name)); got != "" {
			t.Errorf("Georgia listed with %q gives %q", name, got)
		}
	}
}

// TestTableCost reports the one-time cost of building the phrase index
// (run with -v to see it) and keeps its retained memory in bounds.
func TestTableCost(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	tb := buildTable()
	elapsed := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	retained := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("table: %d phrases, %d keys, built in %v, %d KB retained, %d KB allocated",
		len(tb.entries), len(tb.index), elapsed, retained>>10, (after.TotalAlloc-before.TotalAlloc)>>10)
	if retained > 8<<20 {
		t.Errorf("table retains %d KB", retained>>10)
	}
	runtime.KeepAlive(tb)
}

// TestFindConcurrent builds the table from several goroutines at once;
// run with -race.
func TestFindConcurrent(t *testing.T) {
	done := make(chan string)
	for range 4 {
		go func() { done <- mentions(Find("Kazakhstan and Peru")) }()
	}
	for range 4 {
		if got := <-done; got != "KZ:Kazakhstan|PE:Peru" {
			t.Errorf("got %q", got)
		}
	}
}

// TestKeyBufSize checks that every phrase of the table, every state name
// and every word the rules look up fits the buffers the scanner folds
// them into, so that a form that does not fit is rightly no phrase.
func TestKeyBufSize(t *testing.T) {
	tab := theTable()
	for k := range tab.index {
		if len(k)+utf8.UTFMax > keyBufSize {
			t.Errorf("phrase %q is too long for the key buffer", k)
		}
	}
	for k := range tab.states {
		if len(k)+utf8.UTFMax+1 > keyBufSize {
			t.Errorf("state %q is too long for the key buffer", k)
		}
	}
	w := tab.words
	for _, set := range []map[string]bool{w.openers, w.conjunctions, w.usWords, w.stateAttributes, w.stateOffices, w.usTitles, w.partyLetters, w.georgianPlaces, w.calendarWords, w.organWords, w.usPlaces, w.objects} {
		for w := range set {
			if len(w)+utf8.UTFMax > wordBufSize {
				t.Errorf("word %q is too long for the word buffer", w)
			}
		}
	}
}
