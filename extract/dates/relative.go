package dates

// relative reads a date stated relative to the time of reading at token
// i: "Today, 15:01", "Вчера в 10:00", "Кеше", "2 hours ago",
// "5 минут назад", "2 сағат бұрын", "час назад", and with a time of day
// in every language of CLDR ("Heute, 15:44", "Ayer 10:00", "昨天 10:00").
// In running text a day word counts only with a time of day, and so does
// one of another language than English, Russian and Kazakh anywhere:
// "hier" is French for yesterday and German for here.
func (sc *scanner) relative(i int) (fields, int, bool) {
	if sc.has(i, fRelDay) {
		f := newFields()
		f.relative, f.relDays = true, int(sc.at(i).info.rel)
		k := i + 1
		if c, k2, ok := sc.clock(sc.connector(k), false); ok {
			c.apply(&f)
			return f, k2, true
		}
		return f, k, !sc.find && !sc.has(i, fRelClock)
	}
	k, n := i, 1
	switch {
	case sc.num(k, 1, 3) && sc.freeBefore(k):
		n = sc.at(k).val
		k++
	case sc.has(k, fArticle):
		k++
	}
	if !sc.has(k, fUnit) || !sc.has(k+1, fAgo) {
		return fields{}, i, false
	}
	f := newFields()
	f.relative, f.ago = true, true
	f.agoSec = int64(n) * int64(sc.at(k).info.unit())
	f.hasTime = sc.at(k).info.unit() < 86400
	return f, k + 2, true
}
