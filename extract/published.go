package extract

import (
	"errors"
	"slices"
	"time"

	"github.com/newsextract/newsextract/extract/dates"
	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
	"github.com/newsextract/newsextract/model"
)

// published sets the publication date and its provenance. The sources are
// tried in order of trust: machine-readable markup, the visible date line,
// the URL, and last dates in the text. A date without a zone takes one from
// the page's other dates, else the known site's zone, else
// Extractor.Location; a date without a year takes it from the reference
// time, else from the years the document itself cites.
func (s *state) published() {
	p := s.dateParser()
	m := &s.doc.Meta
	for _, v := range m.Published {
		if d, err := s.parseDate(&p, v.Value); err == nil {
			s.setPublished(d, v.Source)
			break
		}
	}
	if s.a.Published.IsZero() {
		s.publishedFromText(p)
	}
	for _, v := range m.Modified {
		if d, err := s.parseDate(&p, v.Value); err == nil {
			s.a.Modified = d.Time
			break
		}
	}
}

// publishedFromText tries the visible date line, the URL, then the text.
func (s *state) publishedFromText(p dates.Parser) {
	for _, line := range s.blocksWith(blocks.Dateline) {
		if d, err := s.parseDate(&p, line); err == nil {
			s.setPublished(d, model.SourceVisible)
			return
		}
	}
	if d, ok := dates.FromURL(s.a.URL); ok {
		s.setPublished(d, model.SourceURL)
		return
	}
	seen := 0
	for _, b := range s.doc.Blocks {
		if b.Role != blocks.Paragraph && b.Role != blocks.Lead {
			continue
		}
		if seen++; seen > textDateParagraphs {
			return
		}
		if d, ok := p.Find(textutil.Prefix(b.Text, textDateBytes)); ok && !slices.Contains(d.Inferred, model.InferredYear) {
			s.setPublished(d, model.SourceText)
			return
		}
	}
}

// textDateParagraphs is how many paragraphs at the start of the text are
// searched for a date, as a dateline opening the story ("ASTANA, 2 February
// 2018 –"). Dates further on are those of the events told, not of the
// telling; a date without its year is one of those too.
const textDateParagraphs = 2

// textDateBytes is how far into such a paragraph its date may stand.
const textDateBytes = 512

func (s *state) setPublished(d dates.Date, source string) {
	s.a.Published = d.Time
	s.a.PublishedText = d.Text
	s.a.PublishedInferred = d.Inferred
	s.a.PublishedSource = source
}

// dateParser configures the date parser for this document: its reference
// time and the zone its dates are printed in.
func (s *state) dateParser() dates.Parser {
	return dates.Parser{Reference: s.ref, Location: s.zone(), Language: s.locale(), Region: s.region()}
}

// parseDate reads a date value. A date without a year, when there is no
// reference time, is read again with the year the document's own text
// evidences, which is worked out the first time it is needed.
func (s *state) parseDate(p *dates.Parser, v string) (dates.Date, error) {
	d, err := p.Parse(v)
	if !errors.Is(err, dates.ErrNoYear) || !s.ref.IsZero() || p.YearHint != 0 {
		return d, err
	}
	if p.YearHint = s.evidenceYear(); p.YearHint == 0 {
		return d, err
	}
	return p.Parse(v)
}

// zone returns the zone of dates that state none: an offset the page
// states in another of its dates, the known site's zone, the zone of the
// country of the site's domain when the country keeps one time, or
// Extractor.Location.
func (s *state) zone() *time.Location {
	for _, vs := range [][]blocks.DateValue{s.doc.Meta.Published, s.doc.Meta.Modified} {
		for _, v := range vs {
			if d, ok := s.probe(v.Value); ok && !slices.Contains(d.Inferred, model.InferredZone) {
				return d.Time.Location()
			}
		}
	}
	if site, ok := s.site(); ok {
		if loc := site.location(); loc != nil {
			return loc
		}
	}
	if loc := dates.RegionZone(s.region()); loc != nil {
		return loc
	}
	return s.e.Location
}

// evidenceYear returns the latest year the document cites as past: in the
// dates of its text and in the symbols of the documents it refers to, but
// not in targets such as "by 2045".
func (s *state) evidenceYear() int {
	if s.evidenceRead {
		return s.evidence
	}
	s.evidenceRead = true
	year := 0
	for _, doc := range s.a.Documents {
		year = max(year, doc.Year)
	}
	for _, t := range slices.Concat([]string{s.a.Title, s.a.Lead}, s.a.Body) {
		for _, y := range dates.Years(t) {
			year = max(year, y)
		}
	}
	s.evidence = year
	return year
}

// probeParser parses dates only to find them: in a date line, or to read
// the zone a page states. It accepts dates without a year.
func (s *state) probeParser() dates.Parser {
	return dates.Parser{Reference: s.ref, YearHint: probeYear}
}

// probeYear stands in for a missing year where only the position or the
// zone of a date is wanted.
const probeYear = 2000

// isDateline reports whether t is a short line that is mostly a date, such
// as "14 March, 10:30 1 204" or "Published: 2 Feb 2018".
func (s *state) isDateline(t string) bool {
	if len(t) > blocks.MaxDatelineBytes {
		return false
	}
	d, ok := s.probe(t)
	if !ok {
		return false
	}
	return textutil.Letters(t[:d.Start])+textutil.Letters(t[d.End:]) <= maxDatelineLabel
}

// probed is what probe found in a line.
type probed struct {
	d  dates.Date
	ok bool
}

// probe finds the date in a short line with the probe parser, once for each
// line: the layout pass asks whether a line is a date line, and the views
// pass asks again what follows its date.
func (s *state) probe(t string) (dates.Date, bool) {
	if r, ok := s.probes[t]; ok {
		return r.d, r.ok
	}
	d, err := s.probeParser().Parse(t)
	r := probed{d, err == nil && validSpan(d.Start, d.End, t)}
	if s.probes == nil {
		s.probes = map[string]probed{}
	}
	s.probes[t] = r
	return r.d, r.ok
}

// maxDatelineLabel bounds the letters a date line may have besides the
// date ("Published:", "Updated", "views").
const maxDatelineLabel = 24

// validSpan reports whether [start, end) lies within s.
func validSpan(start, end int, s string) bool {
	return 0 <= start && start <= end && end <= len(s)
}
