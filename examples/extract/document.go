package main

import (
	"fmt"
	"io"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/model"
)

// extractFunc turns one document into an article. format is "html",
// "text" or "auto" (by its first bytes).
type extractFunc func(format string, r io.Reader, src extract.Source) (*model.Article, error)

// extractWith returns the extractFunc of an Extractor.
func extractWith(e *extract.Extractor) extractFunc {
	return func(format string, r io.Reader, src extract.Source) (*model.Article, error) {
		switch format {
		case "html":
			return e.FromHTML(r, src)
		case "text":
			return e.FromText(r, src)
		}
		return e.From(r, src)
	}
}

// extractOne calls f and checks its article. A panic inside f becomes the
// document's error, so that one document cannot end a run of many.
func extractOne(f extractFunc, format string, r io.Reader, src extract.Source) (a *model.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("internal error: %v", p)
		}
	}()
	a, err = f(format, r, src)
	if err == nil {
		err = checkArticle(a)
	}
	if err != nil {
		return nil, err
	}
	return a, nil
}

// checkArticle returns extract.ErrNoArticle for an article that has
// neither a title nor a body, or none at all, as the library does; an
// extractFunc given by a test may return one.
func checkArticle(a *model.Article) error {
	if a == nil || a.Title == "" && len(a.Body) == 0 {
		return extract.ErrNoArticle
	}
	return nil
}
