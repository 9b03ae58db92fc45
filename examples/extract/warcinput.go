package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/warc"
)

// isWARC reports whether an input is a WARC file, by its name: .warc or
// .warc.gz.
func isWARC(name string) bool { return docExt(name) == ".warc" }

// unit is one piece of work: an input read whole, or one record of a WARC
// input, read by the producer before it is handed to a worker.
type unit struct {
	in  input
	rec *warcItem // nil for an input read whole
}

// warcItem is one record of a WARC file: an HTML page to extract, a
// record skipped, a damaged record, or the end of the file.
type warcItem struct {
	id   string // WARC-Record-ID; "" for the file's own error or end
	src  extract.Source
	page []byte
	skip string // why the record holds no page; "" for a page or an error
	err  error
	end  bool // the end of the file: counts it, prints nothing
}

// weight is the bytes a unit holds in hand: a file's size, or a record's
// page.
func (u unit) weight() int64 {
	if u.rec == nil {
		return u.in.size()
	}
	return int64(len(u.rec.page))
}

// units yields the work of the inputs in order: each input that is not a
// WARC file as one unit, and each record of a WARC file as its own.
func (h *fileHandler) units(inputs []input) iter.Seq[unit] {
	return func(yield func(unit) bool) {
		for _, in := range inputs {
			if !isWARC(in.name) || in.name == stdinName || in.err != nil {
				if !yield(unit{in: in}) {
					return
				}
				continue
			}
			for item := range h.records(in) {
				if !yield(unit{in: in, rec: item}) {
					return
				}
			}
		}
	}
}

// records yields the records of a WARC file, then its end. A file that
// cannot be opened is one error.
func (h *fileHandler) records(in input) iter.Seq[*warcItem] {
	return func(yield func(*warcItem) bool) {
		f, err := in.openFile()
		if err != nil {
			yield(&warcItem{err: err, end: true})
			return
		}
		defer f.Close()
		for item := range h.recordsOf(f) {
			if !yield(item) {
				return
			}
		}
	}
}

// recordsOf yields the records of the WARC data r, then its end. A
// damaged record is an item with its error, and the reading goes on where
// the reader can; a failure to read ends it, as an error of the file.
func (h *fileHandler) recordsOf(r io.Reader) iter.Seq[*warcItem] {
	return func(yield func(*warcItem) bool) {
		wr := warc.NewReader(r)
		for {
			rec, err := wr.Next()
			if err == io.EOF {
				break
			}
			var item *warcItem
			var re *warc.RecordError
			switch {
			case errors.As(err, &re):
				item = &warcItem{id: re.ID, err: err}
			case err != nil:
				yield(&warcItem{err: err, end: true})
				return
			default:
				item = h.record(rec)
			}
			if !yield(item) {
				return
			}
		}
		yield(&warcItem{end: true})
	}
}

// record reads one record: the page of an HTML response of status 200,
// else why it is skipped, or its error. A record larger than -max-bytes
// is an error, and is not read.
func (h *fileHandler) record(rec *warc.Record) *warcItem {
	item := &warcItem{id: rec.ID, src: extract.Source{URL: rec.TargetURI, Fetched: rec.Date}}
	page, err := warc.ReadPage(rec)
	var skip *warc.SkipError
	switch {
	case errors.As(err, &skip):
		item.skip = skip.Reason
		return item
	case err != nil:
		item.err = err
		return item
	}
	if max := h.cfg.maxBytes; max >= 0 && rec.Length > max {
		item.err = fmt.Errorf("record of %d bytes is larger than the limit of %d", rec.Length, max)
		return item
	}
	item.src.ContentType = page.ContentType
	if h.cfg.charset != "" {
		item.src.ContentType = "text/html; charset=" + h.cfg.charset
	}
	item.page, item.err = io.ReadAll(page.Body)
	return item
}

// handleRecord extracts the article of a WARC record's page and encodes
// its line; a skipped record and the end of a file print nothing.
func (h *fileHandler) handleRecord(in input, item *warcItem) fileResult {
	res := fileResult{name: in.name, record: item}
	if item.id != "" {
		res.name += " record " + item.id
	}
	if item.end && item.err == nil || item.skip != "" {
		return res
	}
	out := fileOut{File: in.name, URL: item.src.URL, Record: item.id}
	res.err = item.err
	if res.err == nil {
		res.bytes = int64(len(item.page))
		out.Article, res.err = extractOne(h.extract, "html", bytes.NewReader(item.page), item.src)
	}
	if res.err != nil {
		out.Article, out.Error = nil, reason(res.err)
	}
	var err error
	if res.json, err = h.enc.encode(out); err != nil {
		res.json, res.err = nil, fmt.Errorf("encoding the article: %w", err)
	}
	return res
}
