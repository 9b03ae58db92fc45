// Package htmlpage is the HTML front end: it reduces a page, parsed once
// with golang.org/x/net/html, to the blocks of [blocks.Document] and the
// metadata its markup states.
//
// The files follow the page's way through it:
//
//   - html.go: [Parse] and [FromRoot], the order of the steps, and the role
//     each block gets (classify);
//   - rawtext.go, rawscript.go, rawattr.go: what the package never reads,
//     left out before the parse by a scan that follows the tokenizer: the
//     text of scripts and style sheets, the content of <svg>, the
//     attributes no rule reads, and runs of white space between tags;
//   - flatten.go: the second parse of a page nested deeper than the parser
//     accepts;
//   - walk.go: the walk over the body that cuts the text into raw blocks,
//     with the elements that hold them and their link text;
//   - hints.go: what class and id names, roles and styles say of an element
//     (boilerplate, caption, date, author, lead, article);
//   - content.go, siblings.go, prune.go: the choice of the article's
//     container by the paragraphs that vote for it, its sibling parts, and
//     the clutter left inside it;
//   - clutter.go: boilerplate told by its text (furniture labels, promotional
//     notes, title repeats, the related links that end the article);
//   - headline.go: which <h1> is the headline;
//   - structure.go, tables.go: what the markup says of each body block (the
//     level of a heading, the nesting and numbering of a list item,
//     preformatted text, the links of its text), and the cells of a table of
//     data joined into one block, with its rows;
//   - images.go: the article's own pictures (<img> in the text or just
//     before it, their lazy-loaded addresses, caption and credit), without
//     logos, icons, avatars, advertisements or tracking pixels;
//   - media.go: the lead image, topics, section and breadcrumbs the markup
//     states (og:image, JSON-LD image and keywords, article:tag, keywords,
//     visible lists of tags);
//   - options.go: what the caller asks for beyond every article's fields
//     ([Options], [ParseWith], [FromRootWith]);
//   - meta.go, jsonld.go, ldbody.go: meta tags, <time>, microdata and
//     JSON-LD, and the JSON-LD articleBody standing in for a body that
//     scripts render;
//   - lexicon.go: every word list of the package. A new kind of boilerplate
//     is a class word in wordHints (tested in hints_test.go) or a line in
//     uiLines (clutter_test.go); a new meta tag of dates is a name in
//     metaPublished or metaModified (meta_test.go).
package htmlpage
