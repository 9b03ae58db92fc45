package dates

// cjkDate reads a Chinese, Japanese or Korean date: "2026年5月13日",
// "5月13日", "2026년 5월 13일", and a weekday in brackets after it,
// "（水）" or "(수)". The numbers may touch the text before them, which has
// no spaces in Chinese and Japanese.
func (sc *scanner) cjkDate(i int) (fields, int, bool) {
	f := newFields()
	k := i
	if sc.num(k, 4, 4) && sc.has(k+1, fCJKYear) {
		f.year, f.yearTok = sc.at(k).val, k
		k += 2
	}
	if !sc.num(k, 1, 2) || !sc.has(k+1, fCJKMonth) || !sc.num(k+2, 1, 2) || !sc.has(k+3, fCJKDay) {
		return fields{}, i, false
	}
	f.month, f.monthTok = sc.at(k).val, k
	f.day, f.dayTok = sc.at(k+2).val, k+2
	return f, sc.bracketedWeekday(k + 4), true
}

// bracketedWeekday skips a weekday in brackets at token k: one or two
// words between "(" and ")", full-width or not.
func (sc *scanner) bracketedWeekday(k int) int {
	if !sc.punct(k, "(（") {
		return k
	}
	for j := k + 1; j < k+4; j++ {
		switch {
		case sc.punct(j, ")）") && j > k+1:
			return j + 1
		case sc.at(j).kind != tokWord:
			return k
		}
	}
	return k
}

// dottedYearFirst reads a year-first date with a dot after each part and
// spaces between, the Korean short form "2026. 5. 13.".
func (sc *scanner) dottedYearFirst(i int) (fields, int, bool) {
	if !sc.num(i, 4, 4) || !sc.num(i+2, 1, 2) || !sc.num(i+4, 1, 2) {
		return fields{}, i, false
	}
	for _, k := range []int{i + 1, i + 3, i + 5} {
		if !sc.punct(k, ".") || !sc.glued(k-1) || sc.glued(k) && k != i+5 {
			return fields{}, i, false
		}
	}
	if !sc.freeBefore(i) || sc.glued(i+5) && sc.at(i+6).kind != tokPunct {
		return fields{}, i, false
	}
	f := newFields()
	f.year, f.yearTok = sc.at(i).val, i
	f.month, f.monthTok = sc.at(i+2).val, i+2
	f.day, f.dayTok = sc.at(i+4).val, i+4
	return f, i + 6, true
}

// buddhistYear converts a year of the Thai solar calendar, which counts
// from 543 BC ("13 พฤษภาคม 2569"), next to a Thai month name (month), to
// the common era.
func buddhistYear(y int, month wordInfo) int {
	if y > 2400 && month.flags&fMonthForeign != 0 && month.langs().has(lexicon().thai) {
		return y - 543
	}
	return y
}

// meridiemBefore reads a half of the day written before a time at token
// k: Chinese 上午 and 下午, Japanese 午前 and 午後, Korean 오전 and 오후. It
// returns the token after it and 1 for the morning, 2 for the afternoon,
// or k and 0.
func (sc *scanner) meridiemBefore(k int) (int, int) {
	t := sc.at(k)
	if t.kind != tokWord || t.r < 0x3000 {
		return k, 0
	}
	switch sc.s[t.start:t.end] {
	case "오전":
		return k + 1, 1
	case "오후":
		return k + 1, 2
	}
	n := sc.at(k + 1)
	if !sc.glued(k) || n.kind != tokWord {
		return k, 0
	}
	switch a, b := sc.s[t.start:t.end], sc.s[n.start:n.end]; {
	case a == "上" && b == "午", a == "午" && b == "前":
		return k + 2, 1
	case a == "下" && b == "午", a == "午" && b == "後":
		return k + 2, 2
	}
	return k, 0
}
