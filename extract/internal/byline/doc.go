// Package byline reads the names of a credit line, in the many languages
// news sites write them: the prefixes before them ("By", "Von", "Par",
// "Автор:"), the roles around them ("Redakteurin", "Staff Writer"), the
// places and photo credits that are no names, and the agencies, desks
// and companies that are credited beside people. [Split] cuts a line into
// names, [Clean] reduces one to the name or nothing, and the Is functions
// tell the kinds of credit apart. Its word lists are in lexicon.go.
package byline
