// Package layout is the pass that both front ends' documents go through
// before the field passes: it finds the headline and gives the lines
// around it the roles the front end could not tell from markup (date
// line, view counter, byline, caption, label, lead) and marks the names
// that open or close the text as a byline. Whether a line is a date or a
// view count is told by the passes that read those ([Lines]), so that
// the layout and the field agree.
package layout
