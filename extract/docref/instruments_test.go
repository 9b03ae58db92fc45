package docref

import "testing"

func TestFindInstruments(t *testing.T) {
	const npt = "Treaty on the Non-Proliferation of Nuclear Weapons"
	tests := []struct {
		in    string
		wants []want
	}{
		{"Казахстан присоединился к Договору о нераспространении ядерного оружия в 1993 году.", []want{
			{"Договору о нераспространении ядерного оружия", "", npt, "treaty", "", 0},
		}},
		{"в соответствии с Уставом ООН и Парижским соглашением", []want{
			{"Уставом ООН", "", "Charter of the United Nations", "charter", "", 0},
			{"Парижским соглашением", "", "Paris Agreement", "agreement", "", 0},
		}},
		{"Устав Организации Объединённых Наций", []want{
			{"Устав Организации Объединённых Наций", "", "Charter of the United Nations", "charter", "", 0},
		}},
		{"участники ДНЯО и СВПД", []want{
			{"ДНЯО", "", npt, "treaty", "", 0},
			{"СВПД", "", "Joint Comprehensive Plan of Action", "plan", "", 0},
		}},
		{"Ядролық қаруды таратпау туралы шартқа қол қойды", []want{
			{"Ядролық қаруды таратпау туралы шартқа", "", npt, "treaty", "", 0},
		}},
		{"БҰҰ Жарғысында және Париж келісімінде", []want{
			{"БҰҰ Жарғысында", "", "Charter of the United Nations", "charter", "", 0},
			{"Париж келісімінде", "", "Paris Agreement", "agreement", "", 0},
		}},
		{"Договор о зоне, свободной от ядерного оружия, в Центральной Азии", []want{
			{"Договор о зоне, свободной от ядерного оружия, в Центральной Азии", "", "Treaty on a Nuclear-Weapon-Free Zone in Central Asia", "treaty", "", 0},
		}},
		{"under the UN Charter, the NPT and the JCPOA", []want{
			{"UN Charter", "", "Charter of the United Nations", "charter", "", 0},
			{"NPT", "", npt, "treaty", "", 0},
			{"JCPOA", "", "Joint Comprehensive Plan of Action", "plan", "", 0},
		}},
		// Near misses: a stem with a longer word, another complement, a
		// word run on.
		{"договорились о нераспространении ядерного оружия", nil},
		{"Договор о нераспространении", nil},
		{"уставный капитал ООН", nil},
		{"Парижская коммуна", nil},
		{"UN Charters of old, NPTs", nil},
	}
	for _, tt := range tests {
		checkRefs(t, tt.in, Find(tt.in), tt.wants)
	}
}

func TestFindCitationLists(t *testing.T) {
	const res = "resolution"
	tests := []struct {
		in    string
		wants []want
	}{
		{"under resolution 1540 and 1673 (2006)", []want{
			{"resolution 1540", "S/RES/1540", "", res, organSC, 0},
			{"1673 (2006)", "S/RES/1673 (2006)", "", res, organSC, 2006},
		}},
		{"resolutions 1540 (2004), 1673 (2006) and 1810 (2008)", []want{
			{"resolutions 1540 (2004)", "S/RES/1540 (2004)", "", res, organSC, 2004},
			{"1673 (2006)", "S/RES/1673 (2006)", "", res, organSC, 2006},
			{"1810 (2008)", "S/RES/1810 (2008)", "", res, organSC, 2008},
		}},
		{"resolution 1540 (2004) and 1673, which", []want{
			{"resolution 1540 (2004)", "S/RES/1540 (2004)", "", res, organSC, 2004},
			{"1673", "S/RES/1673", "", res, organSC, 0},
		}},
		// A year after the list is no resolution.
		{"resolution 2231 (2015) and 2015 elections", []want{
			{"resolution 2231 (2015)", "S/RES/2231 (2015)", "", res, organSC, 2015},
		}},
		// The same number cited again without its organ is the same
		// resolution, before or after.
		{"Совет Безопасности принял резолюцию 2231 (2015). Иран выполняет резолюции 2231.", []want{
			{"резолюцию 2231 (2015)", "S/RES/2231 (2015)", "", res, organSC, 2015},
			{"резолюции 2231", "S/RES/2231 (2015)", "", res, organSC, 2015},
		}},
		{"О резолюции 2231 говорили. Иран выполняет резолюцию 2231 Совета Безопасности.", []want{
			{"резолюции 2231", "S/RES/2231", "", res, organSC, 0},
			{"резолюцию 2231", "S/RES/2231", "", res, organSC, 0},
		}},
		// A text that names one organ only gives it to a bare number.
		{"The Security Council met.\nDelegates recalled resolution 2397.", []want{
			{"resolution 2397", "S/RES/2397", "", res, organSC, 0},
		}},
		// Two organs leave it open.
		{"The Security Council and the General Assembly met.\nDelegates recalled resolution 2397.", []want{
			{"resolution 2397", "", "resolution 2397", res, "", 0},
		}},
	}
	for _, tt := range tests {
		checkRefs(t, tt.in, Find(tt.in), tt.wants)
	}
}
