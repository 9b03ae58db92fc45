package dates

import (
	"errors"
	"time"

	"github.com/newsextract/newsextract/model"
)

// Errors returned by [Parser.Parse]. They may be wrapped with the text
// concerned; test for them with errors.Is.
var (
	// ErrNoDate means the string holds no date, or a relative date
	// ("Today, 15:01") and the parser has no Reference to resolve it.
	ErrNoDate = errors.New("dates: no date")
	// ErrNoYear means the date states no year and neither Reference nor
	// YearHint supplies one.
	ErrNoYear = errors.New("dates: no year")
	// ErrImplausible means the string holds a date that cannot be a
	// publication date: impossible (month 13, 30 February), before 1990,
	// after 2100, or more than a day after Reference.
	ErrImplausible = errors.New("dates: implausible date")
)

// Earliest and latest years accepted as publication dates.
const (
	minYear = 1990
	maxYear = 2100
)

// slack is how far after Reference a date may lie: sites and readers may be
// in different zones, and clocks differ.
const slack = 24 * time.Hour

// Parser parses dates. Its zero value works; it is safe for concurrent use.
type Parser struct {
	// Reference is when the document was fetched. It resolves relative
	// dates and missing years and bounds plausible dates; zero means
	// unknown.
	Reference time.Time
	// Location is the zone for dates that state none; nil means UTC. Give
	// a tz database location (such as Asia/Almaty) so that changes to the
	// zone's rules over the years apply.
	Location *time.Location
	// YearHint is a year evidenced by the document itself. It supplies a
	// missing year when Reference is zero; 0 means none.
	YearHint int
	// Language is the BCP 47 tag of the text's language or locale, when
	// known ("de", "en-US", "pt-BR"): a month form that languages give
	// different months is read as this language's (Czech "listopad" is
	// November, Croatian October), and its month names are read in
	// running text without a year. With Region and Location it chooses
	// the order of numeric dates (see the package documentation).
	Language string
	// Region is the ISO 3166-1 alpha-2 code of the site's country, when
	// known ("US", "CN"). It orders numeric dates and reads zone
	// abbreviations: CST is +08:00 in China and −06:00 in the US.
	Region string
}

// Date is a parsed date.
type Date struct {
	// Time is the date in the zone the text states, or else in the
	// parser's Location.
	Time time.Time
	// Text is the text the date was read from, e.g. "14 March, 10:30".
	Text string
	// Start and End are the byte offsets of Text in the input.
	Start, End int
	// HasTime reports whether a time of day was stated. When it is false
	// the time is midnight in the zone, a placeholder and no claim, so the
	// caller should mark the time as not stated.
	HasTime bool
	// Inferred lists the parts the text did not state:
	// [model.InferredYear] and [model.InferredZone].
	Inferred []string
}

// Parse reads the date in s, a date value such as a meta tag's content, a
// JSON-LD value, a <time> element's datetime or a short visible date line.
// Noise around the date is skipped: in "Published: 14 March, 10:30 1 204"
// the date is "14 March, 10:30". A value that is only a number of 10 or
// 13 digits is read as Unix seconds or milliseconds.
//
// The error is [ErrNoDate], [ErrNoYear] or [ErrImplausible], possibly
// wrapped.
func (p Parser) Parse(s string) (Date, error) {
	if d, ok, err := p.parseUnix(s); ok {
		return d, err
	}
	d, err := p.scan(s)
	if err != nil && (errors.Is(err, ErrNoDate) || errors.Is(err, ErrNoYear)) {
		if d, ok, ferr := p.fallback(s); ok {
			return d, ferr
		}
	}
	return d, err
}

// scan reads s with the package's own scanner.
func (p Parser) scan(s string) (Date, error) {
	if len(s) <= smallWindow {
		var ring [smallWindow]token
		sc := newScanner(s, false, ring[:])
		sc.par = &p
		return p.parse(s, &sc)
	}
	var ring [windowSize]token
	sc := newScanner(s, false, ring[:])
	sc.par = &p
	return p.parse(s, &sc)
}

// parse reads the first date of s that resolves, with a scanner of s; it
// reports the first failure when none does.
func (p Parser) parse(s string, sc *scanner) (Date, error) {
	d, ok, fail, text := p.first(s, sc)
	switch {
	case ok:
		return d, nil
	case fail != resolved:
		return Date{}, fail.err(text)
	}
	return Date{}, ErrNoDate
}

// first returns the first date of s that resolves, with a scanner of s;
// when none does, ok is false and fail is the first failure, on text (the
// error is left to the caller to build, so that a scan which fails costs
// no allocation).
func (p Parser) first(s string, sc *scanner) (d Date, ok bool, fail failure, text string) {
	fail = resolved
	for i := 0; sc.ok(i); i++ {
		sc.MoveTo(i)
		if !sc.mayStart(i) {
			continue
		}
		m, matched := sc.matchAt(i)
		if !matched {
			continue
		}
		d, f := p.resolve(s, m)
		if f == resolved {
			return d, true, resolved, ""
		}
		if fail == resolved {
			fail, text = f, s[m.start:m.end]
		}
	}
	return Date{}, false, fail, text
}

// Find returns the first date in s, a paragraph of running text. It is
// stricter than Parse: a bare number, year, time of day or a word such as
// "yesterday" alone is no date, nor are document symbols (S/PRST/2019/5),
// phone numbers, version numbers or Unix timestamps; English month names
// must be capitalised. Dates that cannot be resolved (no year known,
// implausible) are passed over.
func (p Parser) Find(s string) (Date, bool) {
	if len(s) <= smallWindow {
		var ring [smallWindow]token
		sc := newScanner(s, true, ring[:])
		sc.par = &p
		return p.find(s, &sc)
	}
	var ring [windowSize]token
	sc := newScanner(s, true, ring[:])
	sc.par = &p
	return p.find(s, &sc)
}

// find returns the first date of s that resolves, with a scanner of s.
func (p Parser) find(s string, sc *scanner) (Date, bool) {
	d, ok, _, _ := p.first(s, sc)
	return d, ok
}

// location returns the zone for dates that state none.
func (p Parser) location() *time.Location {
	if p.Location == nil {
		return time.UTC
	}
	return p.Location
}

// plausible checks that t can be a publication date.
func (p Parser) plausible(t time.Time) failure {
	if y := t.Year(); y < minYear || y > maxYear {
		return failRange
	}
	if !p.Reference.IsZero() && t.After(p.Reference.Add(slack)) {
		return failFuture
	}
	return resolved
}

// inferred lists the parts not stated.
func inferred(year, zone bool) []string {
	switch {
	case year && zone:
		return []string{model.InferredYear, model.InferredZone}
	case year:
		return []string{model.InferredYear}
	case zone:
		return []string{model.InferredZone}
	}
	return nil
}
