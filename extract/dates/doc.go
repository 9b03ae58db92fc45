// Package dates parses publication dates as news sites print them, in
// English, Russian and Kazakh, and finds them in running text.
//
// A [Parser] reads date values ([Parser.Parse]) such as meta tag contents,
// JSON-LD values, <time datetime> attributes and visible date lines, and
// finds the first date in a paragraph ([Parser.Find]). [FromURL] reads the
// date in a URL's path, and [Years] lists the calendar years a text
// mentions as evidence of when it was written.
//
// # Forms
//
// Month names are read in every case form and common abbreviation:
// "February", "Feb.", "FEBRUARY", "февраля", "февраль", "февр.", "ақпан",
// "ақпанның", "ақпанда". Dates are read day first ("2 February 2018",
// "2 февраля 2018 г.", "2 ақпан 2018 жыл") or month first ("February 2,
// 2018", "ақпанның 2-сі"), year first in Kazakh ("2018 жылғы 2 ақпан"), or
// as numbers: ISO 8601 ("2018-02-02T15:01:00+06:00") and day-first dotted
// or slashed dates ("02.02.2018", "02.02.18"). A time of day may come
// before or after the date, in 24- or 12-hour form ("15:01", "3:01 PM",
// "12:30 a.m."), with a zone: "Z", "+06:00", "GMT", "UTC+6" or an
// abbreviation read as its real offset (MSK and ALMT as the tz regions
// Europe/Moscow and Asia/Almaty, so that their past offsets apply; ET, CT,
// MT and PT as the US regions; IST as India, CST as North American Central
// time). Relative dates ("Today,
// 15:01", "Вчера в 10:00", "2 сағат бұрын") are resolved against
// [Parser.Reference]. A date range of days, "2-3 February 2018", is read
// as its first day.
//
// # Fallback
//
// Parse reads a value with the package's own scanner first. Only when the
// scanner finds no date (or none with a year) in an English value of at
// most 96 ASCII bytes is github.com/araddon/dateparse asked, behind a
// wrapper: this reads forms such as RFC 850 ("Friday, 02-Feb-18 15:01:00
// GMT"), RFC 822 with a two-digit year and compact ISO 8601
// ("20180202T150100Z", "20180202150100"). The value is normalised first:
// weekday names, ordinal endings, "of", "at", "the", "on" and parentheses
// are dropped, "p.m." becomes "PM", slashed dates are rewritten day first
// (dateparse reads them month first), compact dates are rewritten as ISO
// 8601, and a zone abbreviation is removed and its location passed to
// dateparse instead; a value with a word the wrapper does not know, which
// dateparse could read as a zone at offset 0, is refused. What dateparse
// returns is then checked: the year is in range and stated in the value as
// four digits (or two, in the RFC 822 and 850 forms), the day is stated,
// the month is named or stated as a number, the hour and minute of an
// "hh:mm" are kept, and the zone is the one stated. A reading that fails a
// check is refused and Parse returns the scanner's error. Find and Years
// never use dateparse.
//
// # Inference
//
// A date that states no year takes the year that makes it the most recent
// such date not after the reference time plus a day, so "30 December" read
// on 3 January is in the year before; without a reference time it takes
// [Parser.YearHint], and without that it is an error ([ErrNoYear]). A date
// that states no zone is placed in [Parser.Location]. [Date.Inferred] tells
// which parts were not stated.
//
// # Rejection
//
// Dates before 1990, after 2100 or more than a day after the reference time
// are implausible ([ErrImplausible]), as are impossible ones (30 February).
// Document symbols (S/PRST/2019/5), phone numbers, version numbers, view
// counters, bare years and Unix-like numbers in text are never read as
// dates; a value that is only a 10- or 13-digit number is read by Parse as
// a Unix time.
//
// # Cost
//
// Find, Parse and Years read the text token by token and keep only the
// tokens near the current one, in a small ring on the stack, so time is
// linear and memory does not grow with the text: a megabyte of
// punctuation allocates nothing. Dates that do not resolve cost no
// allocation either; only the date returned (and an error from Parse)
// does, and Years allocates its list of years.
package dates
