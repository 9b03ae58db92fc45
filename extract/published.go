package extract

import (
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/newsextract/newsextract/extract/dates"
	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
	"github.com/newsextract/newsextract/model"
)

// published sets the publication date and its provenance. The sources are
// tried in order of trust: machine-readable markup, the visible date line,
// the URL, dates in the opening of the text, and last the lines anywhere
// on the page that are mostly a date. A date without a zone takes one from
// the page's other dates, else the known site's zone, else the zone of the
// domain's country, else Extractor.Location; a date without a year takes
// it from the reference time, else from the years the document itself
// cites.
func (s *state) published() {
	p := s.dateParser()
	m := &s.doc.Meta
	if d, source, ok := s.fromMarkup(&p); ok {
		s.setPublished(d, source)
	} else {
		s.publishedFromText(p)
	}
	for _, v := range m.Modified {
		if d, err := s.parseDate(&p, v.Value); err == nil {
			s.a.Modified = d.Time
			break
		}
	}
}

// fromMarkup returns the publication date the page's markup gives: the
// most trusted value that reads, unless the URL's date says otherwise by
// more than maxURLDisagreement; of values of the same day, one with a time
// beats one without, and then one that states its zone one that does not.
// A visible date line of the same day that states the time the value
// lacks, or the zone of its time of day, gives the date instead.
// A <time> element's date yields to a visible date line
// of another day, since the element may be a related story's; not to a
// line without a year that writes the element's month and day, which
// is the same date written short.
func (s *state) fromMarkup(p *dates.Parser) (dates.Date, string, bool) {
	urlDate, hasURL := dates.FromURL(s.a.URL)
	var best dates.Date
	source := ""
	for _, v := range s.doc.Meta.Published {
		d, err := s.parseDate(p, v.Value)
		if err != nil || hasURL && farApart(d.Time, urlDate.Time) {
			continue
		}
		if source == "" || sameDay(best.Time, d.Time) && (!best.HasTime && d.HasTime || best.HasTime == d.HasTime && zoneInferred(best) && !zoneInferred(d)) {
			best, source = d, v.Source // of one day, the value with a time, and then with a zone
		}
		if best.HasTime && !zoneInferred(best) {
			break
		}
	}
	if source == model.SourceTime {
		for _, line := range s.blocksWith(blocks.Dateline) {
			if d, err := s.parseDate(p, line); err == nil && !sameDay(d.Time, best.Time) && !(yearInferred(d) && sameMonthDay(d.Time, best.Time)) {
				return d, model.SourceVisible, true
			}
		}
	}
	if source != "" && (!best.HasTime || zoneInferred(best)) {
		if d, ok := s.sharperLine(p, best); ok {
			return d, model.SourceVisible, true
		}
	}
	return best, source, source != ""
}

// sharperLine returns the date of a visible date line, not an update's,
// that writes the markup's date m more fully: the time m lacks, or the
// zone of m's time of day.
func (s *state) sharperLine(p *dates.Parser, m dates.Date) (dates.Date, bool) {
	for _, line := range s.blocksWith(blocks.Dateline) {
		label, part := pageLineLabel(line)
		if label == labelOther {
			continue
		}
		if d, err := s.parseDate(p, part); err == nil && sharpens(d, m) {
			return d, true
		}
	}
	return dates.Date{}, false
}

// sharpens reports whether d is the day m writes with a time m lacks, or
// m's day and time of day with the zone m lacks.
func sharpens(d, m dates.Date) bool {
	y, mo, day := d.Time.Date()
	if y2, mo2, day2 := m.Time.Date(); y != y2 || mo != mo2 || day != day2 || !d.HasTime || yearInferred(d) {
		return false
	}
	if !m.HasTime {
		return true
	}
	return zoneInferred(m) && !zoneInferred(d) && d.Time.Hour() == m.Time.Hour() && d.Time.Minute() == m.Time.Minute()
}

// zoneInferred reports whether d's zone was not stated but inferred.
func zoneInferred(d dates.Date) bool {
	return slices.Contains(d.Inferred, model.InferredZone)
}

// maxURLDisagreement is how far a date may lie from the date in the page's
// URL: a value years away is a related story's or the site's.
const maxURLDisagreement = 366 * 24 * time.Hour

// farApart reports whether a and b are further apart than
// maxURLDisagreement.
func farApart(a, b time.Time) bool {
	d := a.Sub(b)
	return d > maxURLDisagreement || d < -maxURLDisagreement
}

// yearInferred reports whether d's year was not stated but inferred.
func yearInferred(d dates.Date) bool {
	return slices.Contains(d.Inferred, model.InferredYear)
}

// sameMonthDay reports whether a and b write the same month and day, of
// any year, each in its own zone.
func sameMonthDay(a, b time.Time) bool {
	return a.Month() == b.Month() && a.Day() == b.Day()
}

// sameDay reports whether a and b fall on the same calendar day in a's
// zone.
func sameDay(a, b time.Time) bool {
	b = b.In(a.Location())
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// publishedFromText tries the visible date line, the URL, the opening of
// the text, then the lines of the page that are mostly a date. A date
// line that says it gives an update's date is the last resort.
func (s *state) publishedFromText(p dates.Parser) {
	d, source, ok := s.fromDatelines(&p, false)
	if !ok {
		d, source, ok = s.fromProse(&p)
	}
	if !ok {
		d, source, ok = s.fromDatelines(&p, true)
	}
	if ok {
		s.setPublished(d, source)
	}
}

// fromDatelines returns the date of the first date line that reads, of
// those whose words say it is an update's when updates is set, else of
// the others.
func (s *state) fromDatelines(p *dates.Parser, updates bool) (dates.Date, string, bool) {
	for _, line := range s.blocksWith(blocks.Dateline) {
		label, part := pageLineLabel(line)
		if (label == labelOther) != updates {
			continue
		}
		if d, err := s.parseDate(p, part); err == nil {
			return d, model.SourceVisible, true
		}
	}
	return dates.Date{}, "", false
}

// fromProse returns the date of the URL, of the opening of the text, or
// of a line of the page that is mostly a date.
func (s *state) fromProse(p *dates.Parser) (dates.Date, string, bool) {
	if d, ok := dates.FromURL(s.a.URL); ok {
		return d, model.SourceURL, true
	}
	seen := 0
	for _, b := range s.doc.Blocks {
		if b.Role != blocks.Paragraph && b.Role != blocks.Lead {
			continue
		}
		if seen++; seen > textDateParagraphs {
			break
		}
		if d, ok := p.Find(textutil.Prefix(b.Text, textDateBytes)); ok && !slices.Contains(d.Inferred, model.InferredYear) {
			return d, model.SourceText, true
		}
	}
	if d, ok := s.fromPageLines(p); ok {
		return d, model.SourceVisible, true
	}
	return dates.Date{}, "", false
}

// fromPageLines returns the date of a line anywhere on the page that is
// mostly a date with its year, as pages print them in a sidebar or under
// the article ("Datum 28.04.2023", "Posted on May 19, 2020"): the first
// labelled as the publication's, else the first line after the headline,
// else the first before it; lines labelled as an update or a comment's
// are passed over, and so are dates in the page title's parts when a line
// gives one.
func (s *state) fromPageLines(p *dates.Parser) (dates.Date, bool) {
	bs := s.doc.Blocks
	h := slices.IndexFunc(bs, func(b blocks.Block) bool { return b.Role == blocks.Headline })
	order := slices.Concat(bs[h+1:], bs[:h+1])
	var first dates.Date
	found := false
	for _, b := range order {
		if b.Role == blocks.PageTitle || len(b.Text) > blocks.MaxDatelineBytes {
			continue
		}
		label, part := pageLineLabel(b.Text)
		if label == labelOther || !s.isDateline(part) {
			continue
		}
		d, err := p.Parse(part)
		if err != nil || slices.Contains(d.Inferred, model.InferredYear) {
			continue
		}
		if label == labelPublished {
			return d, true
		}
		if !found {
			first, found = d, true
		}
	}
	if found {
		return first, true
	}
	for _, part := range blocks.SplitTitle(s.doc.Meta.Title) {
		if d, err := p.Parse(part); err == nil && s.isDateline(part) && !slices.Contains(d.Inferred, model.InferredYear) {
			return d, true
		}
	}
	return dates.Date{}, false
}

// What a date line's words say its date is.
const (
	labelNone      = iota // no word that tells
	labelPublished        // the publication's: "Published", "Datum"
	labelOther            // an update's or a comment's: "Updated", "Aktualisiert"
)

// pageLineLabel tells from the words of a date line what its date is,
// and returns the part of the line that dates the publication: after the
// label that says so ("Von Jane Holt, publiziert am 13. Mai 2026")
// and before an update's, when the line gives both ("Aktualisiert: 7.
// November 2021. Erstellt: 5. November 2021").
func pageLineLabel(t string) (label int, part string) {
	lower := strings.ToLower(t)
	other, _ := firstLabel(lower, otherDateLabels, 0)
	pub, pubLen := firstLabel(lower, publishedDateLabels, 0)
	switch {
	case other < 0 && pub < 0:
		return labelNone, t
	case other < 0:
		if rest := t[pub+pubLen:]; len(lower) == len(t) && pub > 0 && hasDigit(rest) && !hasDigit(t[:pub]) {
			return labelPublished, rest // "Von Jane Holt, publiziert am 13. Mai 2026"
		}
		return labelPublished, t
	case pub < 0 || len(lower) != len(t) || other < pub && !hasDigit(t[other:pub]):
		return labelOther, t // "Comment posted 14 May": no date of the other's between
	}
	from := pub + pubLen
	to := len(t)
	if next, _ := firstLabel(lower, otherDateLabels, from); next >= 0 {
		to = next
	}
	return labelPublished, t[from:to]
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// firstLabel returns the index of the first of labels in lower at or
// after from, or -1, and the length of the label found there.
func firstLabel(lower string, labels []string, from int) (at, n int) {
	at = -1
	for _, w := range labels {
		if i := strings.Index(lower[from:], w); i >= 0 && (at < 0 || from+i < at) {
			at, n = from+i, len(w)
		}
	}
	return at, n
}

// textDateParagraphs is how many paragraphs at the start of the text are
// searched for a date, as a dateline opening the story ("ASTANA, 2 February
// 2018 –"). Dates further on are those of the events told, not of the
// telling; a date without its year is one of those too.
const textDateParagraphs = 2

// textDateBytes is how far into such a paragraph its date may stand.
const textDateBytes = 512

// setPublished sets the publication date, listing what the document did
// not state of it: its year, zone and time of day.
func (s *state) setPublished(d dates.Date, source string) {
	s.a.Published = d.Time
	s.a.PublishedText = d.Text
	s.a.PublishedInferred = d.Inferred
	if !d.HasTime {
		s.a.PublishedInferred = append(slices.Clone(d.Inferred), model.InferredTime)
	}
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

// evidenceYear returns the year the document itself evidences, for a date
// without one when there is no reference time: the latest year of the
// whole dates, else the copyright year, else the calendar years its text
// states (dates.YearEvidence, which leaves out targets such as "by 2045"),
// read in every block of the page and its markup's date values; and the
// year of a document it cites, when later.
func (s *state) evidenceYear() int {
	if s.evidenceRead {
		return s.evidence
	}
	s.evidenceRead = true
	var ev dates.YearEvidence
	for _, b := range s.doc.Blocks {
		ev.Add(b.Text)
	}
	for _, v := range slices.Concat(s.doc.Meta.Published, s.doc.Meta.Modified) {
		ev.Add(v.Value)
	}
	year := ev.Year()
	for _, doc := range s.a.Documents {
		year = max(year, doc.Year)
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
