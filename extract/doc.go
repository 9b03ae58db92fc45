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
// A document is decoded to UTF-8 (by byte-order mark, declared charset,
// validity, and a test for Cyrillic single-byte encodings), parsed once, and
// reduced to blocks of text in reading order, each with a role: page title,
// headline, date line, byline, caption, view counter, lead, paragraph,
// heading, list item, block quotation or boilerplate. The HTML front end
// finds the article's container by the paragraphs that vote for it, their
// link density and the hints of class and id names; the text front end
// reads the layout of the lines. Both meet at the blocks, and every field is
// read from them, with what the page's markup (meta tags, JSON-LD, <time>)
// adds. The entities are found last, in the final title, lead and body, by
// the packages [github.com/newsextract/newsextract/extract/quote],
// [github.com/newsextract/newsextract/extract/docref] and
// [github.com/newsextract/newsextract/extract/country], which also work on
// their own on any text.
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
