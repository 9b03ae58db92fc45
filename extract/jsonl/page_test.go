package jsonl

import (
	"encoding/json"
	"errors"
	"testing"
	"time"
)

func TestDocument(t *testing.T) {
	tests := []struct {
		line, format, doc string
		err               error
	}{
		{`{"id":1,"url":"https://a.example/x","html":"<p>x</p>","fetched":"2018-02-03T10:00:00+06:00"}`, "html", "<p>x</p>", nil},
		{`{"id":"b","text":"Headline\n\nText."}`, "text", "Headline\n\nText.", nil},
		{`{"id":2,"html":"a","text":"b"}`, "", "", ErrBoth},
		{`{"id":3}`, "", "", ErrNeither},
	}
	for _, tt := range tests {
		var p Page
		if err := json.Unmarshal([]byte(tt.line), &p); err != nil {
			t.Fatal(err)
		}
		format, doc, src, err := p.Document()
		if format != tt.format || doc != tt.doc || !errors.Is(err, tt.err) {
			t.Errorf("%s: %q, %q, %v", tt.line, format, doc, err)
		}
		if err == nil && src.URL != p.URL {
			t.Errorf("%s: source URL %q", tt.line, src.URL)
		}
	}
	p := Page{HTML: new(string), Fetched: "2018-02-03T10:00:00+06:00"}
	if _, _, src, _ := p.Document(); !src.Fetched.Equal(time.Date(2018, 2, 3, 4, 0, 0, 0, time.UTC)) || src.ContentType != "text/html; charset=utf-8" {
		t.Errorf("source %+v", src)
	}
	p.Fetched = "yesterday"
	if _, _, _, err := p.Document(); err == nil {
		t.Error("a fetch time that is no RFC 3339 time gave no error")
	}
}
