// Package dates parses publication dates as news sites print them, in
// English, Russian, Kazakh and some fifty other languages, and finds them
// in running text.
//
// A [Parser] reads date values ([Parser.Parse]) such as meta tag contents,
// JSON-LD values, <time datetime> attributes and visible date lines, and
// finds the first date in a paragraph ([Parser.Find]). [FromURL] reads the
// date in a URL's path, [Years] lists the calendar years a text mentions
// as evidence of when it was written, and [YearEvidence] weighs them to
// give the year of a date that states none.
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
// time unless the country says otherwise). Relative dates ("Today,
// 15:01", "Вчера в 10:00", "2 сағат бұрын") are resolved against
// [Parser.Reference]. A date range of days, "2-3 February 2018", is read
// as its first day.
//
// # Languages
//
// The month and weekday names of 58 languages (de fr es pt it nl pl cs sk
// uk tr sv nb da fi hu ro el bg sr hr sl bs mk be et lv lt is sq ca gl eu
// ar fa ur he hi bn id ms vi th zh ja ko az uz ky ka hy sw af fil mn,
// besides en ru kk), wide and abbreviated, in their format (genitive) and
// stand-alone forms, the words their long dates put between the parts
// (Spanish and Portuguese "de") and the order of their numeric dates are
// generated from CLDR (go generate; see internal/gen). So are read German
// "5. November 2021" and "5. Nov. 2021", French "le 1er mai 2026 à 14h30",
// Spanish "5 de noviembre de 2021", Portuguese "1º de maio de 2026",
// Polish "5 listopada 2021 o godz. 15:44", Hungarian "2026. május 13.",
// Lithuanian "2026 m. gegužės 13 d.", Hebrew "13 במאי 2026", Thai
// "13 พฤษภาคม 2569" (the Buddhist era), Chinese and Japanese
// "2026年5月13日（水）15時44分", Korean "2026년 5월 13일" and "2026. 5. 13.".
// Persian and Dari dates in the Solar Hijri calendar ("۲۳ اردیبهشت ۱۴۰۵",
// "۲۳ ثور ۱۴۰۵") are converted to the Gregorian calendar (13 May 2026);
// their year must be stated. So is a numeric date of a year no Gregorian
// date of a page has and the Solar Hijri calendar has in the web's time,
// 1370 to 1420 ("۱۴۰۵/۰۲/۲۳"); Lunar Hijri years, from 1411 on in that
// time, are not read.
// Digits may be Arabic-Indic ("١٣"), Persian ("۱۳"), Devanagari, Bengali,
// Thai or full-width ("１３"). A time of day may also be written "15h44",
// "15h", "15.44" (after a date), "15時44分", "15시 44분", and be followed by
// "Uhr", "h" or "horas"; a weekday between the date and the time
// ("13 Mayıs 2026 Çarşamba 15:44") does not hide the time. Relative
// dates are read in CLDR's words too: today and yesterday with a time of
// day ("Heute, 15:44", "Ayer 10:00", "어제 10:00"; without a time, "hier"
// may be French for yesterday or German for here), and a time ago in each
// language's phrases ("vor 2 Stunden", "il y a 3 heures", "2 ore fa",
// "3 uur geleden", "2 godziny temu", "3시간 전").
//
// A month name of another language than English, Russian, Kazakh or the
// one [Parser.Language] names is read only in a date that states its
// year: a word of one language is often a month of another (Portuguese
// "out", Italian "mar", Turkish "Ekim"). A form two languages give
// different months (Czech "listopad" is November, Croatian October) is
// read as the language hinted, else as the first of the list above.
//
// # Numeric order
//
// A dotted date ("05.06.2026") is day first everywhere. A slashed or
// dashed one with the year last ("05/06/2026") is read in the order of
// the text's locale, from CLDR's short date pattern: the locale
// [Parser.Language] names when it has a region ("en-US" month first,
// "en-GB" day first), else that language with the country of
// [Parser.Region] or, failing that, of [Parser.Location]'s tz zone, else
// the language alone (but English alone, written both ways, decides
// nothing), else the main language of that country. A US site or zone
// (Region "US", Location America/New_York) thus reads "05/06/2026" as
// May 6 and a Brazilian one (America/Sao_Paulo) as June 5. With no hint
// at all the rule is day first, as most of the world writes; month first
// only when day first is impossible ("05/13/2026").
//
// # Zones by country
//
// An abbreviation that means another zone in some countries is read as
// that country's when [Parser.Region] (or the region of Language or
// Location) is one of them: CST is +08:00 in China, Taiwan, Hong Kong,
// Macau and Singapore (and −05:00 in Cuba), IST +02:00 in Israel and
// +01:00 in Ireland, BST +06:00 in Bangladesh, AST +03:00 in the Gulf,
// PST +08:00 in the Philippines and MST +08:00 in Malaysia. A Chinese text
// ([Parser.Language] "zh") with no country is read as China's.
//
// # Time not stated
//
// [Date.HasTime] is false when the text states no time of day: the time
// is then midnight in the zone, a placeholder rather than a claim. A time
// or a zone the text states is never dropped.
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
// [Parser.YearHint], and without that it is an error ([ErrNoYear]). A
// caller without a reference time gives as YearHint the year of
// [YearEvidence]: the latest year of a whole date the document states,
// else its copyright year ("© 2026"), else the latest calendar year it
// mentions, so that "13 May, 15:44" on a 2026 page that recalls 2015 is in
// 2026. A date that states no zone is placed in [Parser.Location].
// [Date.Inferred] tells which parts were not stated.
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
// does, and Years allocates its list of years. The word tables (some 2,400
// forms) are built from the generated CLDR table on first use, in 2 to 3
// ms and 1.2 MB; nothing is done at init.
package dates
