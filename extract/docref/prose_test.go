package docref

import "testing"

// want is the expected reading of one mention.
type want struct {
	text, symbol, title, kind, organ string
	year                             int
}

// checkRefs compares refs with the wanted mentions, in order, and checks
// their spans against input unless it is "".
func checkRefs(t *testing.T, input string, refs []Ref, wants []want) {
	t.Helper()
	if len(refs) != len(wants) {
		t.Errorf("Find(%q): %d refs, want %d", input, len(refs), len(wants))
		for _, r := range refs {
			t.Logf("  %q %q %q %q %q %d", r.Text, r.Symbol, r.Title, r.Kind, r.Organ, r.Year)
		}
		return
	}
	for i, w := range wants {
		r := refs[i]
		got := want{r.Text, r.Symbol, r.Title, r.Kind, r.Organ, r.Year}
		if got != w {
			t.Errorf("Find(%q)[%d] =\n  %+v\nwant\n  %+v", input, i, got, w)
		}
		if input != "" && (r.Start < 0 || r.End > len(input) || input[r.Start:r.End] != r.Text) {
			t.Errorf("Find(%q)[%d]: span %d:%d does not hold %q", input, i, r.Start, r.End, r.Text)
		}
	}
}

func TestFindCitations(t *testing.T) {
	const res = "resolution"
	tests := []struct {
		in    string
		wants []want
	}{
		{"Security Council resolution 2231 (2015) endorsed the deal.", []want{
			{"Security Council resolution 2231 (2015)", "S/RES/2231 (2015)", "", res, organSC, 2015},
		}},
		{"the UN Security Council's resolution 2231(2015)", []want{
			{"UN Security Council's resolution 2231(2015)", "S/RES/2231 (2015)", "", res, organSC, 2015},
		}},
		{"It recalled resolutions 255 (1968) and 984 (1995).", []want{
			{"resolutions 255 (1968)", "S/RES/255 (1968)", "", res, organSC, 1968},
			{"984 (1995)", "S/RES/984 (1995)", "", res, organSC, 1995},
		}},
		{"The Council recalled its resolutions 1718 (2006), 1874 (2009), 2270 (2016), and 2397 (2017).", []want{
			{"resolutions 1718 (2006)", "S/RES/1718 (2006)", "", res, organSC, 2006},
			{"1874 (2009)", "S/RES/1874 (2009)", "", res, organSC, 2009},
			{"2270 (2016)", "S/RES/2270 (2016)", "", res, organSC, 2016},
			{"2397 (2017)", "S/RES/2397 (2017)", "", res, organSC, 2017},
		}},
		{"General Assembly resolution 70/1 set the Goals.", []want{
			{"General Assembly resolution 70/1", "A/RES/70/1", "", res, organGA, 0},
		}},
		{"General Assembly resolution 70/1 of 25 September 2015", []want{
			{"General Assembly resolution 70/1 of 25 September 2015", "A/RES/70/1", "", res, organGA, 2015},
		}},
		{"General Assembly resolution 217 (III)", []want{
			{"General Assembly resolution 217 (III)", "A/RES/217 (III)", "", res, organGA, 0},
		}},
		{"Human Rights Council resolution 37/1", []want{
			{"Human Rights Council resolution 37/1", "A/HRC/RES/37/1", "", res, organHRC, 0},
		}},
		{"ECOSOC resolution 2019/1", []want{
			{"ECOSOC resolution 2019/1", "E/RES/2019/1", "", res, organECOSOC, 2019},
		}},
		{"ECOSOC resolution 217 (III)", []want{
			{"ECOSOC resolution 217 (III)", "E/RES/217 (III)", "", res, organECOSOC, 0},
		}},
		{"the Security Council adopted resolution 2397 unanimously.", []want{
			{"resolution 2397", "S/RES/2397", "", res, organSC, 0},
		}},
		{"Under resolution 1540 of 2004, the Security Council obliged States.", []want{
			{"resolution 1540 of 2004", "S/RES/1540 (2004)", "", res, organSC, 2004},
		}},
		{"States implement UNSCR 1540 and UNSCRs 1718 and 2397.", []want{
			{"UNSCR 1540", "S/RES/1540", "", res, organSC, 0},
			{"UNSCRs 1718", "S/RES/1718", "", res, organSC, 0},
			{"2397", "S/RES/2397", "", res, organSC, 0},
		}},
		{"resolution 2231 of the Security Council", []want{
			{"resolution 2231", "S/RES/2231", "", res, organSC, 0},
		}},
		// No organ: no symbol.
		{"They discussed resolution 1540.", []want{
			{"resolution 1540", "", "resolution 1540", res, "", 0},
		}},
		{"resolution 70/1", []want{
			{"resolution 70/1", "", "resolution 70/1", res, "", 0},
		}},
		// Two organs in the sentence: still open.
		{"The General Assembly and the Security Council discussed resolution 377.", []want{
			{"resolution 377", "", "resolution 377", res, "", 0},
		}},
		// The General Assembly without a session: the organ, no symbol.
		{"General Assembly resolution 1514", []want{
			{"General Assembly resolution 1514", "", "resolution 1514", res, organGA, 0},
		}},
		{"resolution No. 2231 and 15 countries", []want{
			{"resolution No. 2231", "", "resolution 2231", res, "", 0},
		}},
		// Russian.
		{"резолюция 2231 Совета Безопасности", []want{
			{"резолюция 2231", "S/RES/2231", "", res, organSC, 0},
		}},
		{"согласно резолюции СБ ООН 1540 (2004)", []want{
			{"резолюции СБ ООН 1540 (2004)", "S/RES/1540 (2004)", "", res, organSC, 2004},
		}},
		{"в резолюции Совета Безопасности 2231", []want{
			{"резолюции Совета Безопасности 2231", "S/RES/2231", "", res, organSC, 0},
		}},
		{"Совет Безопасности ООН принял резолюцию 2397.", []want{
			{"резолюцию 2397", "S/RES/2397", "", res, organSC, 0},
		}},
		{"резолюции Генеральной Ассамблеи ООН 70/1", []want{
			{"резолюции Генеральной Ассамблеи ООН 70/1", "A/RES/70/1", "", res, organGA, 0},
		}},
		{"резолюций 1718 (2006) и 2397 (2017)", []want{
			{"резолюций 1718 (2006)", "S/RES/1718 (2006)", "", res, organSC, 2006},
			{"2397 (2017)", "S/RES/2397 (2017)", "", res, organSC, 2017},
		}},
		{"резолюция №2231", []want{
			{"резолюция №2231", "", "resolution 2231", res, "", 0},
		}},
		// Kazakh.
		{"ҚК-нің 2231 қарары", []want{
			{"ҚК-нің 2231 қарары", "S/RES/2231", "", res, organSC, 0},
		}},
		{"БҰҰ Қауіпсіздік Кеңесінің 1540 қарары", []want{
			{"БҰҰ Қауіпсіздік Кеңесінің 1540 қарары", "S/RES/1540", "", res, organSC, 0},
		}},
		{"Қауіпсіздік Кеңесінің 1718 және 2397 қарарлары", []want{
			{"Қауіпсіздік Кеңесінің 1718", "S/RES/1718", "", res, organSC, 0},
			{"2397 қарарлары", "S/RES/2397", "", res, organSC, 0},
		}},
		{"2015 жылғы 2231 қарары", []want{
			{"2015 жылғы 2231 қарары", "", "resolution 2231", res, "", 2015},
		}},
		{"Қауіпсіздік Кеңесі 2015 жылғы 2231 қарарын қабылдады.", []want{
			{"Қауіпсіздік Кеңесі 2015 жылғы 2231 қарарын", "S/RES/2231 (2015)", "", res, organSC, 2015},
		}},
		{"2231 қарары", []want{
			{"2231 қарары", "", "resolution 2231", res, "", 0},
		}},
		// A symbol after the noun is the mention.
		{"resolution S/RES/2231 (2015)", []want{
			{"S/RES/2231 (2015)", "S/RES/2231 (2015)", "", res, organSC, 2015},
		}},
	}
	for _, tc := range tests {
		checkRefs(t, tc.in, Find(tc.in), tc.wants)
	}
}

func TestKindCue(t *testing.T) {
	tests := []struct{ in, kind string }{
		{"the letter dated 5 January 2018 from the Permanent Representative of Kazakhstan (S/2018/12)", "letter"},
		{"the report of the Secretary-General on the situation in Mali (S/2018/541)", "report"},
		{"draft resolution A/72/L.1", "draft resolution"},
		{"draft decision A/72/L.2", "draft decision"},
		{"a note by the Secretariat (A/73/150)", "note"},
		{"доклад Генерального секретаря (S/2018/541)", "report"},
		{"The meeting took place. Then S/2018/12 was issued.", "document"},
		{"the letter (S/PRST/2018/1)", "presidential statement"},
	}
	for _, tc := range tests {
		refs := Find(tc.in)
		if len(refs) != 1 || refs[0].Kind != tc.kind {
			t.Errorf("Find(%q) = %+v, want one of kind %q", tc.in, refs, tc.kind)
		}
	}
}
