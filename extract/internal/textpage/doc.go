// Package textpage is the plain-text front end: it reduces a news page
// rendered as text (headline first, paragraphs separated by blank lines,
// perhaps hard-wrapped) to the blocks of [blocks.Document]. What the layout
// of the lines tells (the headline, date line, byline, lead) is left to the
// layout pass, which reads both front ends' blocks alike.
package textpage
