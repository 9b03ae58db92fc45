// Package blocks is the contract between the front ends and the field
// passes: a [Document] is the text of one document as [Block]s in reading
// order, each with a [Role], and the [Meta] its markup states. The HTML
// front end (extract/internal/htmlpage) and the plain-text front end
// (extract/internal/textpage) both produce a Document, and every field of
// the article is read from it.
//
// The package also holds what both front ends and the passes read in the
// words of a line: the headings that begin the related links after an
// article ([IsRelatedHeading]) and the separators that join a headline and
// the site's name in a page title ([IsTitleOf], [SplitTitle]). Its word
// lists are in lexicon.go.
package blocks
