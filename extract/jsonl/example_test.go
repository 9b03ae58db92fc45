package jsonl_test

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/jsonl"
)

func ExamplePage_Document() {
	line := `{"id":7,"url":"https://news.example/a","text":"Rail strike called off\n\nThe union called off the strike on Monday."}`
	var p jsonl.Page
	if err := json.Unmarshal([]byte(line), &p); err != nil {
		panic(err)
	}
	format, doc, src, err := p.Document()
	if err != nil {
		panic(err)
	}
	var e extract.Extractor
	a, err := e.FromText(strings.NewReader(doc), src)
	fmt.Println(format, a.Title, err)
	// Output: text Rail strike called off <nil>
}
