package main

import (
	"encoding/json"

	"github.com/newsextract/newsextract/extract/render"
	"github.com/newsextract/newsextract/model"
)

// render returns the article as the output asks: Markdown or plain text.
func (e *encoder) render(a *model.Article) string {
	if e.output == "markdown" {
		return render.Markdown(a)
	}
	return render.PlainText(a)
}

// renderedFile is a fileOut with the article's rendering in its place.
type renderedFile struct {
	File     string `json:"file"`
	URL      string `json:"url,omitempty"`
	Record   string `json:"record,omitempty"`
	Markdown string `json:"markdown,omitempty"`
	Text     string `json:"text,omitempty"`
	Error    string `json:"error,omitempty"`
}

// renderedStream is a streamOut with the article's rendering in its place.
type renderedStream struct {
	ID       json.RawMessage `json:"id"`
	Markdown string          `json:"markdown,omitempty"`
	Text     string          `json:"text,omitempty"`
	Error    string          `json:"error,omitempty"`
}

// rendered returns a line of output with its article given as the output
// asks, under the key "markdown" or "text"; any other value as it is.
func (e *encoder) rendered(v any) any {
	switch o := v.(type) {
	case fileOut:
		r := renderedFile{File: o.File, URL: o.URL, Record: o.Record, Error: o.Error}
		if o.Article != nil {
			r.Markdown, r.Text = e.split(e.render(o.Article))
		}
		return r
	case streamOut:
		r := renderedStream{ID: o.ID, Error: o.Error}
		if o.Article != nil {
			r.Markdown, r.Text = e.split(e.render(o.Article))
		}
		return r
	}
	return v
}

// split puts a rendering under the output's key: Markdown or Text.
func (e *encoder) split(s string) (markdown, text string) {
	if e.output == "markdown" {
		return s, ""
	}
	return "", s
}
