package dates

import (
	"os"
	"strings"
	"testing"
	"time"
)

func readSample(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/bnews-kazakhstan-unsc-presidency.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestFind(t *testing.T) {
	alm := mustLoad(t, "Asia/Almaty")
	hint := Parser{Location: alm, YearHint: 2018}
	withRef := Parser{Location: alm, Reference: ref2018}
	bare := Parser{Location: alm}
	for _, tc := range []struct {
		name string
		p    Parser
		in   string
		want string // RFC 3339, "" = no date
		text string
	}{
		{"sample line", hint, "02 February, 15:01 233", "2018-02-02T15:01:00+06:00", "02 February, 15:01"},
		{"since January 1", hint, "According to the Ministry, since January 1 over the course of a month, Kazakhstan steered", "2018-01-01T00:00:00+06:00", "January 1"},
		{"held on January 18", withRef, "a high-level thematic briefing held on January 18 and chaired by", "2018-01-18T00:00:00+06:00", "January 18"},
		{"no year known", bare, "a briefing held on January 18 and chaired by", "", ""},
		{"full date", bare, "The council met on 2 February 2018 in New York.", "2018-02-02T00:00:00+06:00", "2 February 2018"},
		{"ru date", bare, "Совещание прошло 2 февраля 2018 года в Астане.", "2018-02-02T00:00:00+06:00", "2 февраля 2018 года"},
		{"kk date", bare, "Кеңес 2018 жылғы 2 ақпанда өтті.", "2018-02-02T00:00:00+06:00", "2018 жылғы 2 ақпанда"},
		{"dotted", bare, "Приказ от 12.02.2018 № 45 вступил в силу.", "2018-02-12T00:00:00+06:00", "12.02.2018"},
		{"dotted short year", bare, "Updated 01.02.18, see below.", "2018-02-01T00:00:00+06:00", "01.02.18"},
		{"iso", bare, "Posted 2018-02-02T15:01:00Z by admin", "2018-02-02T15:01:00Z", "2018-02-02T15:01:00Z"},
		{"time after date", bare, "Опубликовано 2 февраля 2018, 15:01 — читать далее", "2018-02-02T15:01:00+06:00", "2 февраля 2018, 15:01"},
		{"yesterday with time", withRef, "Вчера в 10:00 состоялось заседание.", "2018-02-04T10:00:00+06:00", "Вчера в 10:00"},
		{"ago", withRef, "Updated 2 hours ago by staff", "2018-02-05T16:00:00+06:00", "2 hours ago"},
		{"capitalised May", hint, "The vote on May 2 was close.", "2018-05-02T00:00:00+06:00", "May 2"},

		{"yesterday alone", withRef, "Yesterday the minister said the talks went well.", "", ""},
		{"lower-case may", hint, "we may 2 or 3 times try", "", ""},
		{"symbol", hint, "The Statement (S/PRST/2018/1) adopted at the end of the meeting", "", ""},
		{"symbol 2", hint, "see document S/2018/123 and S/RES/2231 (2015)", "", ""},
		{"phone", hint, "Call +7 701 123 45 67 for details.", "", ""},
		{"phone dashed", hint, "Тел.: 8 (727) 272-12-11, 12-11-20", "", ""},
		{"version", hint, "Update to version 2.0.18 or v1.2.18 now.", "", ""},
		{"unix", hint, "The record 1517562060 was written.", "", ""},
		{"target year", hint, "to achieve a terrorism-free world by 2045 and create", "", ""},
		{"view counter", hint, "Views: 233", "", ""},
		{"bare time", hint, "The session started at 15:01 sharp.", "", ""},
		{"month and year", hint, "In February 2018 the council met.", "", ""},
		{"implausible passed over", bare, "In the 30 February 2018 issue, see 2 March 2018.", "2018-03-02T00:00:00+06:00", "2 March 2018"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := tc.p.Find(tc.in)
			if tc.want == "" {
				if ok {
					t.Fatalf("Find(%q) = %q %v, want no date", tc.in, d.Text, d.Time)
				}
				return
			}
			if !ok {
				t.Fatalf("Find(%q) found no date, want %s", tc.in, tc.want)
			}
			if got := d.Time.Format(time.RFC3339Nano); got != tc.want || d.Text != tc.text {
				t.Errorf("Find(%q) = %s %q, want %s %q", tc.in, got, d.Text, tc.want, tc.text)
			}
			if tc.in[d.Start:d.End] != d.Text {
				t.Errorf("offsets [%d:%d] give %q, not %q", d.Start, d.End, tc.in[d.Start:d.End], d.Text)
			}
		})
	}
}

func TestFindSample(t *testing.T) {
	text := readSample(t)
	p := Parser{Location: mustLoad(t, "Asia/Almaty"), YearHint: 2018}
	d, ok := p.Find(text)
	if !ok {
		t.Fatal("no date in the sample")
	}
	if d.Text != "02 February, 15:01" || d.Time.Format(time.RFC3339) != "2018-02-02T15:01:00+06:00" {
		t.Errorf("Find(sample) = %q %v", d.Text, d.Time)
	}
	if !strings.HasPrefix(text[d.Start:], "02 February, 15:01 233") {
		t.Errorf("offset %d does not point at the date line", d.Start)
	}
}
