package dates

// IsWeekday reports whether w is the name of a day of the week, written
// out or abbreviated ("Monday", "Mon", "lundi", "понедельник"), in one of
// the languages the package reads, in any case. A word that also names a
// month ("mar" is Tuesday in French) is one.
func IsWeekday(w string) bool {
	var buf [256]byte
	key, ok := lowerKey(buf[:], w)
	if !ok || len(key) == 0 {
		return false
	}
	return lexicon().words[string(key)].flags&fWeekday != 0
}
