package model_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/newsextract/newsextract/model"
)

// TestEmptyArticle checks that an empty article encodes as an empty object.
func TestEmptyArticle(t *testing.T) {
	b, err := json.Marshal(model.Article{})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != "{}" {
		t.Errorf("empty article = %s, want {}", b)
	}
}

// TestRoundTrip checks that an article survives encoding and decoding, its
// time zone offset included.
func TestRoundTrip(t *testing.T) {
	zone := time.FixedZone("", 6*3600)
	in := model.Article{
		Title:             "Title",
		Published:         time.Date(2018, 2, 2, 15, 1, 0, 0, zone),
		PublishedInferred: []string{model.InferredYear},
		Views:             233,
		Body:              []string{"One.", "Two."},
		Countries: []model.Country{{Code: "KZ", Name: "Kazakhstan", At: []model.Location{
			{Field: model.FieldBody, Paragraph: 1, Start: 0, End: 3, Text: "Two"},
		}}},
	}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out model.Article
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	again, _ := json.Marshal(out)
	if string(again) != string(b) {
		t.Errorf("round trip changed the article:\n%s\n%s", b, again)
	}
}

func ExampleArticle() {
	a := model.Article{
		Title:     "MFA of RK summarized Kazakhstan’s presidency of the UN Security Council",
		Published: time.Date(2018, 2, 2, 15, 1, 0, 0, time.FixedZone("", 6*3600)),
		Views:     233,
		Countries: []model.Country{{Code: "KZ", Name: "Kazakhstan", At: []model.Location{
			{Field: model.FieldTitle, Start: 21, End: 31, Text: "Kazakhstan"},
		}}},
	}
	b, _ := json.Marshal(a)
	fmt.Println(string(b))
	// Output:
	// {"title":"MFA of RK summarized Kazakhstan’s presidency of the UN Security Council","published":"2018-02-02T15:01:00+06:00","views":233,"countries":[{"code":"KZ","name":"Kazakhstan","at":[{"field":"title","paragraph":0,"start":21,"end":31,"text":"Kazakhstan"}]}]}
}

// TestBlockAt checks that a body without blocks reads as paragraphs, and
// that blocks that do not match the body are not believed.
func TestBlockAt(t *testing.T) {
	a := &model.Article{Body: []string{"Timetable", "Text."}}
	if b := a.BlockAt(0); b.Kind != model.KindParagraph {
		t.Errorf("no blocks: BlockAt(0) = %+v", b)
	}
	a.Blocks = []model.Block{{Kind: model.KindHeading, Level: 2}, {Kind: model.KindParagraph}}
	if b := a.BlockAt(0); b.Kind != model.KindHeading || b.Level != 2 {
		t.Errorf("BlockAt(0) = %+v", b)
	}
	if b := a.BlockAt(5); b.Kind != model.KindParagraph {
		t.Errorf("BlockAt(5) = %+v", b)
	}
	a.Blocks = a.Blocks[:1]
	if b := a.BlockAt(0); b.Kind != model.KindParagraph {
		t.Errorf("blocks shorter than the body: BlockAt(0) = %+v", b)
	}
}
