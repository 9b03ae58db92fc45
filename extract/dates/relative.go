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
	if f, k, ok := sc.agoPhrase(i); ok {
		return f, k, true
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

// agoPhrase reads a phrase for a time ago of the CLDR languages at token
// i: "vor 2 Stunden", "il y a 3 heures", "hace 5 minutos", "2 ore fa",
// "3 uur geleden".
func (sc *scanner) agoPhrase(i int) (fields, int, bool) {
	num, first := i, i
	if sc.at(i).kind == tokNum {
		first = i + 1
	}
	if !sc.has(first, fAgoFirst) || first > i && !(sc.num(i, 1, 3) && sc.freeBefore(i)) {
		return fields{}, i, false
	}
	if first == i && !sc.num(i+1, 1, 3) && !sc.num(i+2, 1, 3) && !sc.num(i+3, 1, 3) {
		return fields{}, i, false // "for the first time": no number, no phrase
	}
	var buf [256]byte
	key, ok := lowerKey(buf[:], sc.s[sc.at(first).start:sc.at(first).end])
	if !ok {
		return fields{}, i, false
	}
	for _, p := range lexicon().ago[string(key)] {
		k := first
		if first == i {
			if len(p.before) == 0 || !sc.words(k, p.before) || !sc.num(k+len(p.before), 1, 3) {
				continue
			}
			num = k + len(p.before)
			k = num + 1
		} else if len(p.before) > 0 {
			continue
		}
		if !sc.words(k, p.after) {
			continue
		}
		f := newFields()
		f.relative, f.ago = true, true
		f.agoSec = int64(sc.at(num).val) * int64(units[p.unitN])
		f.hasTime = units[p.unitN] < 86400
		return f, k + len(p.after), true
	}
	return fields{}, i, false
}

// words reports whether the tokens from k on are the words ws, in any
// case.
func (sc *scanner) words(k int, ws []string) bool {
	for j, w := range ws {
		t := sc.at(k + j)
		if t.kind != tokWord {
			return false
		}
		var buf [256]byte
		key, ok := lowerKey(buf[:], sc.s[t.start:t.end])
		if !ok || string(key) != w {
			return false
		}
	}
	return true
}
