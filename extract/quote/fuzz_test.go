package quote

import (
	"strings"
	"testing"
)

func FuzzFind(f *testing.F) {
	for _, cases := range [][]findCase{findCases, pronounCases, appositionCases, turnCases, termCases, accordingCases,
		speakerSlotCases, sourceNameCases, markedTurnCases} {
		for _, tc := range cases {
			f.Add(strings.Join(tc.paras, "\n\n"))
		}
	}
	f.Add("> Block quotation\n\n> — Name\n\n«a „b“ c»")
	f.Add("“ “ “ ” ” \" \" ‘’ « » „ “ ‹ › ‚ ‘")
	f.Add("— a, — сказал он, — b, — сказал он. — c\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		texts := strings.Split(s, "\n\n")
		paras := make([]Para, len(texts))
		for i, p := range texts {
			paras[i] = Para{Text: p, Block: strings.HasPrefix(p, ">")}
		}
		checkInvariants(t, texts, Find(texts))
		checkInvariants(t, texts, FindParas(paras))
	})
}
