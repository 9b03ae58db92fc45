// Package textutil holds the rune, word and white-space helpers that the
// front ends, the field passes and the entity scanners share, each with one
// behaviour: clean text in NFC ([CleanSpace], [CleanBytes]), word and
// sentence counts ([WordCount], [SentenceCount], [EndsSentence]),
// comparisons ([SameText], [HasPrefixFold]), the runes around an offset
// ([RuneBefore], [RuneAt], [IsWordRune]) and the ring of tokens the
// scanners read text through ([Ring]). None of them panics on any input,
// invalid UTF-8 included.
package textutil
