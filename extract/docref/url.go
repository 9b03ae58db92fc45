package docref

import "strings"

// span is a range of bytes [start, end).
type span struct{ start, end int }

// urlSpans returns the web addresses in s, in order: the tokens (runs
// without white space) that contain "://" or start with "www.". A symbol
// inside an address, such as the S/RES/2231(2015) of
// https://undocs.org/S/RES/2231(2015), is part of a link, not a mention.
func urlSpans(s string) []span {
	var out []span
	for i := 0; i < len(s); {
		if isTokenBreak(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && !isTokenBreak(s[j]) {
			j++
		}
		tok := strings.TrimLeft(s[i:j], "([")
		if strings.Contains(tok, "://") || hasPrefixFold(tok, 0, "www.") {
			out = append(out, span{i, j})
		}
		i = j
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
