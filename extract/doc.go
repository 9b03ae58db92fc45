// Package extract turns one news document, an HTML page or its plain-text
// rendering, into a structured [model.Article]: its title, site, language,
// publication time with its real zone, view count, authors, lead and body,
// and the quotations, documents and countries the text names, each with
// where it was found.
//
// # Use
//
// The zero Extractor is ready to use and safe for concurrent use:
//
//	var e extract.Extractor
//	a, err := e.FromHTML(r, extract.Source{URL: pageURL})
//
// [Extractor.FromHTML] reads a page, [Extractor.FromText] a plain-text
// rendering (headline first, paragraphs separated by blank lines), and
// [Extractor.From] tells which of the two it got. The fields of [Extractor]
// set the zone of dates that state none, the time the documents were
// fetched, the input limit and more known sites; [Source] describes one
// document.
//
// # How it works
//
// A document goes one way through layers, each a package that imports only
// the layers below it:
//
//   - extract/internal/charset: bytes to valid UTF-8 (byte-order mark,
//     declared charset checked against the bytes, Cyrillic and Western
//     single-byte statistics); HTML or text; binary or text.
//   - extract/internal/htmlpage and extract/internal/textpage, the front
//     ends: a page parsed once (x/net/html) or the lines of a text, reduced
//     to blocks in reading order, each with a role (page title, headline,
//     date line, byline, caption, view counter, lead, paragraph, heading,
//     list item, block quotation, boilerplate), and what the page's markup
//     states (meta tags, JSON-LD, <time>). The HTML front end finds the
//     article's container by the paragraphs that vote for it, their link
//     density and the hints of class and id names.
//   - extract/internal/blocks: the block list and the page metadata, the
//     contract where both front ends meet, so that every field is read the
//     same way from either.
//   - this package: the layout pass (the headline and the lines around it),
//     then one pass for each field (title, site, language, authors, body,
//     lead, views, published), each returning its value, and last the
//     entities, found in the final title, lead and body by
//     [github.com/newsextract/newsextract/extract/quote],
//     [github.com/newsextract/newsextract/extract/docref] and
//     [github.com/newsextract/newsextract/extract/country], which work on
//     their own on any text, as [github.com/newsextract/newsextract/extract/dates]
//     does on dates.
//   - extract/internal/textutil: the rune, word and white-space helpers all
//     of them share.
//
// Where a common change goes, each one file and its test: a new meta tag of
// dates, extract/internal/htmlpage/lexicon.go (meta_test.go); a new kind of
// boilerplate, the same lexicon.go, by class name (hints_test.go) or by the
// text of its lines (clutter_test.go); new month names,
// extract/dates/lexicon.go (parse_test.go); a new quote cue verb,
// extract/quote/lexicon.go (quote_test.go); a byline prefix, a role, a
// news agency or a view word of another language, extract/lexicon.go
// (authors_test.go, views_test.go).
//
// # Dates
//
// The publication date comes from the most trusted source that has one:
// JSON-LD, meta tags, <time datetime>, the visible date line near the
// headline, the URL, and last the text. A date printed without a year takes
// it from the reference time (the most recent such date not after it), else
// from the latest year the document cites as past; a date without a zone
// takes the offset the page states elsewhere, else the zone of the known
// site, else Extractor.Location. The article lists what was inferred.
//
// # Limits
//
// Inputs longer than Extractor.MaxBytes (DefaultMaxBytes unless set) are
// refused with [ErrTooLarge]; an input without text gives [ErrEmpty], and
// one that is not text at all gives [ErrBinary]. A page nested deeper than
// the HTML parser accepts is read with the tags below 400 levels left out
// and their text kept. No more than [MaxBlocks] blocks of text are read from
// a document. No input makes the package panic, and time grows linearly
// with the size of the input.
package extract
