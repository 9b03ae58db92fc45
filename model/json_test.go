package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
	"time"
)

// TestWriteJSON checks that WriteJSON writes what a json.Encoder writes.
func TestWriteJSON(t *testing.T) {
	loc := Location{Field: FieldBody, Paragraph: 1, Start: 4, End: 9, Text: "<b>&"}
	articles := []*Article{
		{},
		{Title: "T"},
		{
			URL: "https://a.example/x?a=1&b=<2>", Site: "Ledger", Language: "en", Title: "Storm \"hits\" coast",
			Authors: []string{"Ann Lee", "Bo Li"}, Published: time.Date(2024, 3, 2, 9, 0, 0, 0, time.FixedZone("", 6*3600)),
			PublishedText: "2 March", PublishedInferred: []string{InferredYear}, PublishedSource: SourceVisible,
			Views: 12, Lead: "Lead \u2028 line", Body: []string{"one", "two"},
			Quotes:    []Quote{{Text: "q", Speaker: "Ann", Cue: "said", At: loc}, {Text: "p", Partial: true, At: loc}},
			Documents: []Document{{Symbol: "S/RES/2231 (2015)", Kind: "resolution", Year: 2015, At: []Location{loc, loc}}, {Title: "Charter"}},
			Countries: []Country{{Code: "KZ", Name: "Kazakhstan", At: []Location{loc}}},
		},
	}
	type record struct {
		ID      json.RawMessage `json:"id"`
		Article *Article        `json:"article,omitempty"`
		Error   string          `json:"error,omitempty"`
	}
	var values []any
	for _, a := range articles {
		values = append(values, a, record{ID: json.RawMessage(`"x"`), Article: a}, &record{ID: json.RawMessage(`7`), Error: "e"})
	}
	for _, v := range values {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := WriteJSON(&got, v); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("WriteJSON:\n%s\nwant:\n%s", got.String(), want.String())
		}
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestWriteJSONError checks that a failing writer's error is returned.
func TestWriteJSONError(t *testing.T) {
	a := &Article{Title: "T", Body: []string{string(make([]byte, 8192))}}
	if err := WriteJSON(failWriter{}, a); err == nil {
		t.Error("no error from a failing writer")
	}
}
