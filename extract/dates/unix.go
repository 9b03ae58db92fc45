package dates

import (
	"strings"
	"time"
)

// parseUnix reads s as a Unix time when it is nothing but a number of 10
// digits (seconds) or 13 digits (milliseconds). ok reports whether s has
// that shape; err tells whether the value is plausible.
func (p Parser) parseUnix(s string) (Date, bool, error) {
	v := strings.TrimSpace(s)
	if len(v) != 10 && len(v) != 13 {
		return Date{}, false, nil
	}
	var n int64
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c < '0' || c > '9' {
			return Date{}, false, nil
		}
		n = n*10 + int64(c-'0')
	}
	var t time.Time
	if len(v) == 13 {
		t = time.UnixMilli(n)
	} else {
		t = time.Unix(n, 0)
	}
	t = t.In(p.location())
	if fail := p.plausible(t); fail != resolved {
		return Date{}, true, fail.err(v)
	}
	start := strings.Index(s, v)
	return Date{
		Time:     t,
		Text:     v,
		Start:    start,
		End:      start + len(v),
		HasTime:  true,
		Inferred: inferred(false, true),
	}, true, nil
}
