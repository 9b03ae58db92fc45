// Package render writes a [model.Article] as Markdown or as plain text,
// the forms most programs that read articles feed on.
//
// [Markdown] writes CommonMark: the title as a first-level heading, the
// lead, the lead image, then the body block by block, each heading with
// its level (#, ##, …), list items with their nesting and numbering, block
// quotations after >, tables in the pipe form of GitHub Flavored Markdown
// (their first row the header), preformatted text fenced, and the lead
// image's caption and credit in emphasis below it. The body's links, when
// the article has them (extract.Extractor.Links), are Markdown links
// around their text. Text is escaped where Markdown would read it as
// markup.
// [PlainText] writes the same blocks as text, separated by blank lines.
//
// Both read Article.Blocks (through [model.Article.BlockAt]) to tell what
// each entry of Article.Body is; a body without them is paragraphs.
package render
