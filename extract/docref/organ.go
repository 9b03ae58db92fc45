package docref

import (
	"strings"
	"sync"
)

// organName is one way of writing the name of an organ.
type organName struct {
	text   string
	organ  string
	prefix bool // a stem: the word may go on (Совбез, Совбеза)
	near   bool // too short to stand alone: only right next to a cue (СБ, ҚК)
	before bool // an English name, written before the noun it qualifies
}

// organNames lists the names of the organs that adopt resolutions, in
// English, Russian and Kazakh; longer names come before their parts.
var organNames = sync.OnceValue(func() []organName {
	return []organName{
		{text: "Security Council", organ: organSC, before: true},
		{text: "UNSC", organ: organSC, before: true},
		{text: "General Assembly", organ: organGA, before: true},
		{text: "UNGA", organ: organGA, before: true},
		{text: "Economic and Social Council", organ: organECOSOC, before: true},
		{text: "ECOSOC", organ: organECOSOC, before: true},
		{text: "Human Rights Council", organ: organHRC, before: true},

		{text: "Совет Безопасности", organ: organSC},
		{text: "Совета Безопасности", organ: organSC},
		{text: "Совету Безопасности", organ: organSC},
		{text: "Советом Безопасности", organ: organSC},
		{text: "Совете Безопасности", organ: organSC},
		{text: "Совбез", organ: organSC, prefix: true},
		{text: "СБ ООН", organ: organSC},
		{text: "СБ", organ: organSC, near: true},
		{text: "Генеральная Ассамбле", organ: organGA, prefix: true},
		{text: "Генеральной Ассамбле", organ: organGA, prefix: true},
		{text: "Генеральную Ассамбле", organ: organGA, prefix: true},
		{text: "Генассамбле", organ: organGA, prefix: true},
		{text: "ГА ООН", organ: organGA},
		{text: "Экономический и Социальный Совет", organ: organECOSOC},
		{text: "Экономического и Социального Совета", organ: organECOSOC},
		{text: "ЭКОСОС", organ: organECOSOC, prefix: true},
		{text: "Совет по правам человека", organ: organHRC},
		{text: "Совета по правам человека", organ: organHRC},
		{text: "Совет ООН по правам человека", organ: organHRC},
		{text: "Совета ООН по правам человека", organ: organHRC},
		{text: "СПЧ", organ: organHRC, near: true},

		{text: "Қауіпсіздік Кеңес", organ: organSC, prefix: true},
		{text: "ҚК", organ: organSC, near: true, prefix: true},
		{text: "Бас Ассамблея", organ: organGA, prefix: true},
		{text: "Адам құқықтары жөніндегі кеңес", organ: organHRC, prefix: true},
	}
})

// matchOrganAt returns the organ whose name starts at byte i of s and the
// index after the name (and its inflection, for stems), or "" and i.
func matchOrganAt(s string, i int, near bool) (string, int) {
	if !atWordStart(s, i) {
		return "", i
	}
	for _, o := range organNames() {
		if o.near && !near || !hasPrefixAt(s, i, o.text) {
			continue
		}
		end := i + len(o.text)
		if o.prefix {
			// The stem's last word goes on: from its start, take the
			// whole word (ҚК-нің, Кеңесінің).
			end = wordEndAt(s, i+strings.LastIndexByte(o.text, ' ')+1)
		}
		if !atWordEnd(s, end) {
			continue
		}
		return o.organ, end
	}
	return "", i
}

// matchOrganBefore returns the organ whose name ends at byte i of s,
// possibly with a possessive ("Security Council's"), and the index where
// the name starts, taking in a preceding "UN" or "United Nations". It
// returns "" and i when there is none. Only the English names, which
// come before the noun, are sought.
func matchOrganBefore(s string, i int) (string, int) {
	j := i
	for _, p := range [...]string{"'s", "’s"} {
		if strings.HasSuffix(s[:j], p) {
			j -= len(p)
			break
		}
	}
	for _, o := range organNames() {
		if !o.before || !strings.HasSuffix(s[:j], o.text) {
			continue
		}
		start := j - len(o.text)
		if !atWordStart(s, start) {
			continue
		}
		for _, un := range [...]string{"UN ", "U.N. ", "United Nations "} {
			if strings.HasSuffix(s[:start], un) && atWordStart(s, start-len(un)) {
				start -= len(un)
				break
			}
		}
		return o.organ, start
	}
	return "", i
}

// organIn returns the organ that a sentence names, when it names exactly
// one; the short names that are ambiguous alone are not counted.
func organIn(sentence string) string {
	found := ""
	for _, o := range organNames() {
		if o.near || o.organ == found {
			continue
		}
		for off := 0; ; {
			k := strings.Index(sentence[off:], o.text)
			if k < 0 {
				break
			}
			k += off
			if organ, _ := matchOrganAt(sentence, k, false); organ != "" {
				if found != "" && found != organ {
					return ""
				}
				found = organ
				break
			}
			off = k + len(o.text)
		}
	}
	return found
}
