package docref

import "testing"

// symbolCases are real UN document symbols and press-release numbers,
// with their canonical form and meaning.
var symbolCases = []struct {
	in, symbol, kind, organ string
	year                    int
}{
	// Security Council.
	{"S/RES/2231 (2015)", "S/RES/2231 (2015)", "resolution", organSC, 2015},
	{"S/RES/2231(2015)", "S/RES/2231 (2015)", "resolution", organSC, 2015},
	{"S/RES/1540 (2004)", "S/RES/1540 (2004)", "resolution", organSC, 2004},
	{"S/RES/2397 (2017)", "S/RES/2397 (2017)", "resolution", organSC, 2017},
	{"S/RES/1325(2000)", "S/RES/1325 (2000)", "resolution", organSC, 2000},
	{"S/RES/242 (1967)", "S/RES/242 (1967)", "resolution", organSC, 1967},
	{"S/RES/1718", "S/RES/1718", "resolution", organSC, 0},
	{"S/PRST/2018/1", "S/PRST/2018/1", "presidential statement", organSC, 2018},
	{"S/PRST/2017/22", "S/PRST/2017/22", "presidential statement", organSC, 2017},
	{"S/PV.8160", "S/PV.8160", "meeting record", organSC, 0},
	{"S/PV.7506", "S/PV.7506", "meeting record", organSC, 0},
	{"S/2018/123", "S/2018/123", "document", organSC, 2018},
	{"S/2018/12/Add.1", "S/2018/12/Add.1", "document", organSC, 2018},
	{"S/2015/544", "S/2015/544", "document", organSC, 2015},
	{"S/25704", "S/25704", "document", organSC, 0},
	{"S/1999/957", "S/1999/957", "document", organSC, 1999},
	{"S/AC.44/2017/1", "S/AC.44/2017/1", "document", organSC, 2017},
	// General Assembly.
	{"A/RES/70/1", "A/RES/70/1", "resolution", organGA, 0},
	{"A/RES/72/1", "A/RES/72/1", "resolution", organGA, 0},
	{"A/RES/71/258", "A/RES/71/258", "resolution", organGA, 0},
	{"A/RES/217 (III)", "A/RES/217 (III)", "resolution", organGA, 0},
	{"A/RES/1514(XV)", "A/RES/1514 (XV)", "resolution", organGA, 0},
	{"A/RES/ES-10/19", "A/RES/ES-10/19", "resolution", organGA, 0},
	{"A/RES/S-27/2", "A/RES/S-27/2", "resolution", organGA, 0},
	{"A/72/L.1", "A/72/L.1", "draft", organGA, 0},
	{"A/73/L.1/Rev.1/Add.1", "A/73/L.1/Rev.1/Add.1", "draft", organGA, 0},
	{"A/C.1/73/L.1", "A/C.1/73/L.1", "draft", organGA, 0},
	{"A/C.3/72/L.1/Rev.1", "A/C.3/72/L.1/Rev.1", "draft", organGA, 0},
	{"A/72/PV.1", "A/72/PV.1", "meeting record", organGA, 0},
	{"A/C.5/72/SR.10", "A/C.5/72/SR.10", "summary record", organGA, 0},
	{"A/73/150", "A/73/150", "document", organGA, 0},
	{"A/ES-10/L.22", "A/ES-10/L.22", "draft", organGA, 0},
	{"A/CONF.151/26", "A/CONF.151/26", "document", organGA, 0},
	{"A/CONF.183/9", "A/CONF.183/9", "document", organGA, 0},
	{"A/AC.105/C.1/L.1", "A/AC.105/C.1/L.1", "draft", "Committee on the Peaceful Uses of Outer Space", 0},
	{"A/72/INF/1", "A/72/INF/1", "information document", organGA, 0},
	{"A/72/1/Corr.1", "A/72/1/Corr.1", "document", organGA, 0},
	{"A/CN.9/WG.III/WP.149", "A/CN.9/WG.III/WP.149", "working paper", "United Nations Commission on International Trade Law", 0},
	// Human rights bodies.
	{"A/HRC/RES/37/1", "A/HRC/RES/37/1", "resolution", organHRC, 0},
	{"A/HRC/37/1", "A/HRC/37/1", "document", organHRC, 0},
	{"A/HRC/37/L.1", "A/HRC/37/L.1", "draft", organHRC, 0},
	{"A/HRC/S-29/1", "A/HRC/S-29/1", "document", organHRC, 0},
	{"A/HRC/DEC/37/1", "A/HRC/DEC/37/1", "decision", organHRC, 0},
	{"CRC/C/GC/25", "CRC/C/GC/25", "general comment", "Committee on the Rights of the Child", 0},
	{"CCPR/C/GC/36", "CCPR/C/GC/36", "general comment", "Human Rights Committee", 0},
	{"CCPR/C/KAZ/CO/2", "CCPR/C/KAZ/CO/2", "concluding observations", "Human Rights Committee", 0},
	{"CERD/C/KAZ/CO/8-9", "CERD/C/KAZ/CO/8-9", "concluding observations", "Committee on the Elimination of Racial Discrimination", 0},
	{"CEDAW/C/KAZ/CO/5", "CEDAW/C/KAZ/CO/5", "concluding observations", "Committee on the Elimination of Discrimination against Women", 0},
	{"CAT/C/SR.1234", "CAT/C/SR.1234", "summary record", "Committee against Torture", 0},
	{"CRPD/C/GC/6", "CRPD/C/GC/6", "general comment", "Committee on the Rights of Persons with Disabilities", 0},
	{"HRI/GEN/1/Rev.9", "HRI/GEN/1/Rev.9", "document", "human rights treaty bodies", 0},
	{"E/C.12/GC/24", "E/C.12/GC/24", "document", "Committee on Economic, Social and Cultural Rights", 0},
	{"E/CN.4/1998/53/Add.2", "E/CN.4/1998/53/Add.2", "document", "Commission on Human Rights", 1998},
	{"E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1", "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1", "working paper", "Commission on Human Rights", 1987},
	{"E/CN.4/sub.2/1998/13", "E/CN.4/Sub.2/1998/13", "document", "Commission on Human Rights", 1998},
	// Economic and Social Council.
	{"E/2019/L.5", "E/2019/L.5", "draft", organECOSOC, 2019},
	{"E/RES/2019/1", "E/RES/2019/1", "resolution", organECOSOC, 2019},
	{"E/2018/SR.12", "E/2018/SR.12", "summary record", organECOSOC, 2018},
	{"E/CN.6/2019/L.3", "E/CN.6/2019/L.3", "draft", "Commission on the Status of Women", 2019},
	{"E/ICEF/2018/1", "E/ICEF/2018/1", "document", "UNICEF Executive Board", 2018},
	{"E/2018/CRP.1", "E/2018/CRP.1", "conference room paper", organECOSOC, 2018},
	// Secretariat.
	{"ST/SGB/2003/13", "ST/SGB/2003/13", "Secretary-General's bulletin", organST, 2003},
	{"ST/SGB/2019/8", "ST/SGB/2019/8", "Secretary-General's bulletin", organST, 2019},
	{"ST/AI/2010/3", "ST/AI/2010/3", "administrative instruction", organST, 2010},
	{"ST/AI/2010/3/Amend.1", "ST/AI/2010/3/Amend.1", "administrative instruction", organST, 2010},
	{"ST/IC/2018/1", "ST/IC/2018/1", "information circular", organST, 2018},
	// Other series.
	{"T/1983", "T/1983", "document", organTC, 0},
	{"DP/DCP/KAZ/3", "DP/DCP/KAZ/3", "document", "United Nations Development Programme", 0},
	{"DP/FPA/2018/1", "DP/FPA/2018/1", "document", "United Nations Population Fund", 2018},
	{"UNEP/GC.27/17", "UNEP/GC.27/17", "document", "United Nations Environment Programme", 0},
	{"UNEP/EA.4/L.1", "UNEP/EA.4/L.1", "draft", "United Nations Environment Programme", 0},
	{"TD/B/C.I/40", "TD/B/C.I/40", "document", "United Nations Conference on Trade and Development", 0},
	{"TD/500", "TD/500", "document", "United Nations Conference on Trade and Development", 0},
	{"UNW/2018/1", "UNW/2018/1", "document", "UN-Women", 2018},
	{"FCCC/CP/2015/10/Add.1", "FCCC/CP/2015/10/Add.1", "document", "United Nations Framework Convention on Climate Change", 2015},
	{"ICCD/COP(13)/21", "ICCD/COP(13)/21", "document", "United Nations Convention to Combat Desertification", 0},
	{"INFCIRC/540", "INFCIRC/540", "information circular", "International Atomic Energy Agency", 0},
	{"NPT/CONF.2015/50", "NPT/CONF.2015/50", "document", "Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons", 0},
	// Press releases.
	{"SC/13170", "SC/13170", "press release", organSC, 0},
	{"GA/12227", "GA/12227", "press release", organGA, 0},
	{"GA/DIS/3597", "GA/DIS/3597", "press release", organGA, 0},
	{"SG/SM/18870", "SG/SM/18870", "press release", organSG, 0},
	{"ECOSOC/7000", "ECOSOC/7000", "press release", organECOSOC, 0},
	{"HRC/18/12", "HRC/18/12", "press release", organHRC, 0},
	{"DSG/SM/1180", "DSG/SM/1180", "press release", "Deputy Secretary-General", 0},
}

func TestParseSymbol(t *testing.T) {
	if len(symbolCases) < 60 {
		t.Fatalf("only %d cases", len(symbolCases))
	}
	for _, tc := range symbolCases {
		r, ok := ParseSymbol(tc.in)
		if !ok {
			t.Errorf("ParseSymbol(%q) failed", tc.in)
			continue
		}
		if r.Symbol != tc.symbol || r.Kind != tc.kind || r.Organ != tc.organ || r.Year != tc.year {
			t.Errorf("ParseSymbol(%q) = %q %q %q %d, want %q %q %q %d", tc.in,
				r.Symbol, r.Kind, r.Organ, r.Year, tc.symbol, tc.kind, tc.organ, tc.year)
		}
		if r.Start != 0 || r.End != len(tc.in) || r.Text != tc.in {
			t.Errorf("ParseSymbol(%q) span %d:%d %q", tc.in, r.Start, r.End, r.Text)
		}
	}
}

// TestFindSymbolInProse finds each symbol in a sentence, with brackets
// or punctuation after it.
func TestFindSymbolInProse(t *testing.T) {
	for _, tc := range symbolCases {
		for _, frame := range [][2]string{{"See ", "."}, {"the document (", "), which"}, {"", ", and"}, {"— ", "\n"}} {
			text := frame[0] + tc.in + frame[1]
			refs := Find(text)
			if len(refs) != 1 {
				t.Errorf("Find(%q) = %d refs %+v, want 1", text, len(refs), refs)
				continue
			}
			r := refs[0]
			if r.Symbol != tc.symbol || r.Kind != tc.kind || r.Year != tc.year {
				t.Errorf("Find(%q) = %q %q %d", text, r.Symbol, r.Kind, r.Year)
			}
			if r.Start != len(frame[0]) || r.Text != tc.in {
				t.Errorf("Find(%q) at %d %q, want %d %q", text, r.Start, r.Text, len(frame[0]), tc.in)
			}
		}
	}
}

func TestParseSymbolRejects(t *testing.T) {
	for _, in := range []string{
		"", "S/", "S/RES", "A/HRC", "E/CN.4", "A/C.1", "S/RES/", "A/B", "T/4", "S/12",
		"SC/12", "X/2018/1", "s/2018/1", "S/2018/1/", "S/2018/1.pdf", "S/2018/1abc",
		"A/RES/70/1 extra", "GA/L", "SC/RES/1", "S//1", "S/ 2018/1",
	} {
		if r, ok := ParseSymbol(in); ok {
			t.Errorf("ParseSymbol(%q) = %+v, want failure", in, r)
		}
	}
}

// TestNearMisses lists strings with slashes that must give no document.
func TestNearMisses(t *testing.T) {
	for _, text := range []string{
		"on 02/02/2018 at noon",
		"3/4 of the members",
		"open 24/7",
		"after 9/11 the",
		"A/B testing",
		"and/or",
		"120 km/h",
		"see /usr/lib/go",
		"the link http://un.org/S/2018/1 here",
		"https://undocs.org/S/RES/2231(2015)",
		"https://undocs.org/en/S/PRST/2018/1.",
		"www.un.org/S/2018/1",
		"(https://www.un.org/press/en/2018/sc13170.doc.htm)",
		"file C:/docs/S/2018/1.pdf",
		"I/O, TCP/IP, P/E, A/C unit, w/o",
		"EUR/USD 1.2",
		"S/N 12345",
		"SC/5",
		"the resolution was adopted",
		"resolution 2231/",
		"resolution 12/02/2018",
		"resolution 3.5",
		"the Code",
		"the UN Security Council Chamber",
		"Ministry of Foreign Affairs",
		"the first Central Asian state",
		"the United Nations",
		"The Statement by the President",
		"the Joint Statement",
		"the North Atlantic Treaty Organization",
		"the Collective Security Treaty Organization",
		"an agreement on trade",
		"the Agreement on Monday",
		"Kazakhstan Signs Treaty With Kyrgyzstan",
		"high-level thematic briefing Non-Proliferation of Weapons of Mass Destruction: Confidence-Building Measures held on January 18",
		"2015 жылғы маусым",
		"1718 және 2397",
	} {
		if refs := Find(text); len(refs) != 0 {
			t.Errorf("Find(%q) = %+v, want none", text, refs)
		}
	}
}
