package docref

import "testing"

// pressRelease is a dense text in the style of a UN press release.
const pressRelease = `SECURITY COUNCIL
8160TH MEETING (AM)
SC/13170
18 JANUARY 2018

Security Council Stresses Confidence-Building Measures in Non-Proliferation, Adopting Presidential Statement

The Security Council today issued presidential statement S/PRST/2018/1, recalling its resolutions 1540 (2004), 1718 (2006) and 2231(2015), and the Treaty on the Non-Proliferation of Nuclear Weapons. The full record of the meeting is contained in document S/PV.8160.

The Council had before it a letter dated 5 January 2018 from the Permanent Representative of Kazakhstan (S/2018/12) and the report of the Secretary-General (S/2018/541/Add.1). Speakers referred to General Assembly resolution 70/1 of 25 September 2015, Human Rights Council resolution 37/1 and ECOSOC resolution 2019/1, as well as to the Universal Declaration of Human Rights.

The Secretary-General's statement was issued as SG/SM/18870-SC/13170, and the Assembly's debate is covered in GA/12227. Draft resolution A/72/L.1 and its revision A/73/L.1/Rev.1/Add.1 are before the First Committee, together with A/C.1/73/L.1.

Several delegations recalled resolution 1540 of 2004 and urged States to implement UNSCR 1540. Others cited resolution 377 of the General Assembly. The Joint Statement read in the UN Security Council Chamber is no document of the kind sought. See https://undocs.org/S/RES/2231(2015) for the text.`

func TestGoldenPressRelease(t *testing.T) {
	const res, ps = "resolution", "presidential statement"
	checkRefs(t, pressRelease, Find(pressRelease), []want{
		{"SC/13170", "SC/13170", "", "press release", organSC, 0},
		{"S/PRST/2018/1", "S/PRST/2018/1", "", ps, organSC, 2018},
		{"resolutions 1540 (2004)", "S/RES/1540 (2004)", "", res, organSC, 2004},
		{"1718 (2006)", "S/RES/1718 (2006)", "", res, organSC, 2006},
		{"2231(2015)", "S/RES/2231 (2015)", "", res, organSC, 2015},
		{"Treaty on the Non-Proliferation of Nuclear Weapons", "", "Treaty on the Non-Proliferation of Nuclear Weapons", "treaty", "", 0},
		{"S/PV.8160", "S/PV.8160", "", "meeting record", organSC, 0},
		{"S/2018/12", "S/2018/12", "", "letter", organSC, 2018},
		{"S/2018/541/Add.1", "S/2018/541/Add.1", "", "report", organSC, 2018},
		{"General Assembly resolution 70/1 of 25 September 2015", "A/RES/70/1", "", res, organGA, 2015},
		{"Human Rights Council resolution 37/1", "A/HRC/RES/37/1", "", res, organHRC, 0},
		{"ECOSOC resolution 2019/1", "E/RES/2019/1", "", res, organECOSOC, 2019},
		{"Universal Declaration of Human Rights", "", "Universal Declaration of Human Rights", "declaration", "", 0},
		{"SG/SM/18870", "SG/SM/18870", "", "press release", organSG, 0},
		{"SC/13170", "SC/13170", "", "press release", organSC, 0},
		{"GA/12227", "GA/12227", "", "press release", organGA, 0},
		{"A/72/L.1", "A/72/L.1", "", "draft resolution", organGA, 0},
		{"A/73/L.1/Rev.1/Add.1", "A/73/L.1/Rev.1/Add.1", "", "draft", organGA, 0},
		{"A/C.1/73/L.1", "A/C.1/73/L.1", "", "draft", organGA, 0},
		{"resolution 1540 of 2004", "S/RES/1540 (2004)", "", res, organSC, 2004},
		{"UNSCR 1540", "S/RES/1540", "", res, organSC, 0},
		{"resolution 377", "", "resolution 377", res, organGA, 0},
	})
}
