// Package extract turns one news document, an HTML page or its plain-text
// rendering, into a structured [model.Article]: its title, site, language,
// publication time with its real zone, view count, authors, lead and body
// with the structure of its blocks (headings by level, list items, block
// quotations, tables with their rows and cells, preformatted text), its
// description, section, topics and images, and the quotations, documents,
// countries, people and organisations the text names, each with where it
// was found.
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
// fetched, the input limit, more known sites and whether the body's links
// are wanted (Links, off by default); [Source] describes one document.
//
// Article.Body keeps one string per block, so that every entity's location
// points into it; Article.Blocks says what each is, one for one (it is
// left out when all are paragraphs). A table is one entry of Body, its
// rows parted by newlines and the cells of a row by " | ", its cells in
// Blocks[i].Rows. The package
// [github.com/newsextract/newsextract/extract/render] writes an article as
// Markdown or plain text.
//
// # Images and topics
//
// Article.Images lists the lead image first, marked Cover: the picture the
// markup names (JSON-LD image, og:image, twitter:image), taken in the size
// the article shows it when one of its figures is the same picture, else
// the article's first figure; then the article's own figures in order.
// Pictures in the page's furniture, logos, icons, avatars, advertisements
// and tracking pixels (by size, class and file name, data: URIs, SVG) are
// left out, and every address is absolute, resolved against <base href>
// and the page's URL; one that cannot be made absolute is left out.
// Article.Topics are the page's own tags and keywords: of meta keywords,
// JSON-LD keywords and article:tag, the list the others agree with most,
// else a visible list of tags, without identifiers, the site's own name
// and keywords that run the others together.
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
//   - extract/internal/layout: the headline and the lines around it (date
//     line, view counter, byline, caption, lead), for both front ends.
//   - extract/internal/byline: the names of a credit line, for the authors
//     pass.
//   - this package: one pass for each field (title, site, language, authors, body
//     with its blocks and links, description, section, topics, images,
//     lead, views, published), each returning its value, and last the
//     entities, found in the final title, lead and body by
//     [github.com/newsextract/newsextract/extract/quote],
//     [github.com/newsextract/newsextract/extract/docref],
//     [github.com/newsextract/newsextract/extract/country] and
//     [github.com/newsextract/newsextract/extract/names], which work on
//     their own on any text, as
//     [github.com/newsextract/newsextract/extract/dates] does on dates
//     and [github.com/newsextract/newsextract/extract/lang] on languages.
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
// refused with [ErrTooLarge]; an input without text gives [ErrEmpty], one
// that is not text at all gives [ErrBinary], and one in which neither a
// title nor a body is found (a page of navigation alone) gives
// [ErrNoArticle]. A page nested deeper than
// the HTML parser accepts is read with the tags below 400 levels left out
// (fewer, when the elements the parser adds still overflow) and their text
// kept. No more than [MaxBlocks] blocks of text are read from a document,
// and an article cut there says so (model.Article.Truncated). No input
// makes the package panic, and time grows linearly with the size of the
// input.
package extract
