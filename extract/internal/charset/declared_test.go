package charset

import "testing"

// TestCharsetParamInvalidBytes checks that a byte no rune starts with
// before "charset" neither shifts where it is read nor panics.
func TestCharsetParamInvalidBytes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"0\xafChArset0", ""},
		{"text/html;\xaf charset=utf-8", "utf-8"},
		{"text/html; CHARSET='koi8-r'", "koi8-r"},
	} {
		if got := charsetParam(c.in); got != c.want {
			t.Errorf("charsetParam(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
