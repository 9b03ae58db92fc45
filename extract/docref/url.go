package docref

import "strings"

// span is a range of bytes [start, end).
type span struct{ start, end int }

// urlSpans returns the web addresses in s, in order: the tokens (runs
// without white space) that contain "://" or start with "www.". A symbol
// inside an address, such as the S/RES/2231(2015) of
// https://undocs.org/S/RES/2231(2015), is part of a link, not a mention.
func urlSpans(s string) []span {
	return union(tokensAround(s, "://", false), tokensAround(s, "www.", true))
}

// tokensAround returns the tokens of s that contain mark, or that start
// with it (after brackets) when atStart is set.
func tokensAround(s, mark string, atStart bool) []span {
	var out []span
	for from := 0; from < len(s); {
		k := strings.Index(s[from:], mark)
		if k < 0 {
			break
		}
		k += from
		start := k
		for start > from && !isTokenBreak(s[start-1]) {
			start--
		}
		end := k + len(mark)
		for end < len(s) && !isTokenBreak(s[end]) {
			end++
		}
		if !atStart || strings.TrimLeft(s[start:k], "([") == "" {
			if n := len(out); n > 0 && out[n-1].end >= start {
				out[n-1].end = end
			} else {
				out = append(out, span{start, end})
			}
		}
		from = end
	}
	return out
}

// union merges two ordered lists of spans.
func union(a, b []span) []span {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	out := make([]span, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		var next span
		if len(b) == 0 || len(a) > 0 && a[0].start <= b[0].start {
			next, a = a[0], a[1:]
		} else {
			next, b = b[0], b[1:]
		}
		if n := len(out); n > 0 && out[n-1].end >= next.start {
			out[n-1].end = max(out[n-1].end, next.end)
			continue
		}
		out = append(out, next)
	}
	return out
}

// isTokenBreak reports whether c ends a token of an address.
func isTokenBreak(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f', '\v', '"', '<', '>':
		return true
	}
	return false
}

// dropInURLs removes the refs that overlap a web address; refs and urls
// are both in order.
func dropInURLs(refs []Ref, urls []span) []Ref {
	if len(urls) == 0 {
		return refs
	}
	out := refs[:0]
	u := 0
	for _, r := range refs {
		for u < len(urls) && urls[u].end <= r.Start {
			u++
		}
		if u < len(urls) && urls[u].start < r.End {
			continue
		}
		out = append(out, r)
	}
	return out
}
