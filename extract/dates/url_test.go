package dates

import (
	"testing"
	"time"
)

func TestFromURL(t *testing.T) {
	for _, tc := range []struct {
		in, want, text string
	}{
		{"https://bnews.kz/en/news/2018/02/02/mfa-summarized", "2018-02-02", "2018/02/02"},
		{"https://example.com/2018/2/2/title.html", "2018-02-02", "2018/2/2"},
		{"https://example.com/news/20180202/title", "2018-02-02", "20180202"},
		{"https://example.com/news/title-20180202-123", "2018-02-02", "20180202"},
		{"https://example.com/2018-02-02-mfa-summarized", "2018-02-02", "2018-02-02"},
		{"/politics/2018_02_02_title", "2018-02-02", "2018_02_02"},
		{"https://example.com/news/2018/02/", "", ""},
		{"https://example.com/news/123456789/title", "", ""},
		{"https://example.com/news/20181302/title", "", ""},
		{"https://example.com/news/2018/02/30/title", "", ""},
		{"https://example.com/news/1517562060", "", ""},
		{"https://example.com/page?date=2018-02-02", "", ""},
		{"https://2018-02-02.example.com/", "", ""},
		{"https://example.com/S/PRST/2018/1", "", ""},
		{"", "", ""},
	} {
		d, ok := FromURL(tc.in)
		if tc.want == "" {
			if ok {
				t.Errorf("FromURL(%q) = %q, want none", tc.in, d.Text)
			}
			continue
		}
		if !ok {
			t.Errorf("FromURL(%q) found nothing, want %s", tc.in, tc.want)
			continue
		}
		if got := d.Time.Format(time.DateOnly); got != tc.want || d.Text != tc.text || tc.in[d.Start:d.End] != d.Text {
			t.Errorf("FromURL(%q) = %s %q [%d:%d], want %s %q", tc.in, got, d.Text, d.Start, d.End, tc.want, tc.text)
		}
		if d.HasTime || len(d.Inferred) != 1 || d.Inferred[0] != "zone" {
			t.Errorf("FromURL(%q): HasTime %v, Inferred %q", tc.in, d.HasTime, d.Inferred)
		}
	}
}
