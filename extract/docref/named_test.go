package docref

import (
	"os"
	"strings"
	"testing"
)

func TestFindNamed(t *testing.T) {
	tests := []struct {
		in    string
		wants []want
	}{
		{"to launch the draft Code of Conduct for the Achievement of a Terrorism-Free World.", []want{
			{"Code of Conduct for the Achievement of a Terrorism-Free World", "", "Code of Conduct for the Achievement of a Terrorism-Free World", "code", "", 0},
		}},
		{"called Kazakhstan's Concept Vision on Sustaining Global Partnership for Secure, Just and Prosperous World, as well as", []want{
			{"Concept Vision on Sustaining Global Partnership for Secure, Just and Prosperous World", "", "Concept Vision on Sustaining Global Partnership for Secure, Just and Prosperous World", "concept", "", 0},
		}},
		{"parties to the Treaty on the Non-Proliferation of Nuclear Weapons met", []want{
			{"Treaty on the Non-Proliferation of Nuclear Weapons", "", "Treaty on the Non-Proliferation of Nuclear Weapons", "treaty", "", 0},
		}},
		{"under the Charter of the United Nations and the Paris Agreement", []want{
			{"Charter of the United Nations", "", "Charter of the United Nations", "charter", "", 0},
			{"Paris Agreement", "", "Paris Agreement", "agreement", "", 0},
		}},
		{"the Universal Declaration of Human Rights was adopted", []want{
			{"Universal Declaration of Human Rights", "", "Universal Declaration of Human Rights", "declaration", "", 0},
		}},
		{"the Comprehensive Nuclear-Test-Ban Treaty entered", []want{
			{"Comprehensive Nuclear-Test-Ban Treaty", "", "Comprehensive Nuclear-Test-Ban Treaty", "treaty", "", 0},
		}},
		{"Iran and the Joint Comprehensive Plan of Action, signed", []want{
			{"Joint Comprehensive Plan of Action", "", "Joint Comprehensive Plan of Action", "plan", "", 0},
		}},
		{"the International Covenant on Economic, Social and Cultural Rights entered", []want{
			{"International Covenant on Economic, Social and Cultural Rights", "", "International Covenant on Economic, Social and Cultural Rights", "covenant", "", 0},
		}},
		{"the Convention on the Rights of the Child and the Ministry of Health", []want{
			{"Convention on the Rights of the Child", "", "Convention on the Rights of the Child", "convention", "", 0},
		}},
		{"the 2030 Agenda for Sustainable Development", []want{
			{"2030 Agenda for Sustainable Development", "", "2030 Agenda for Sustainable Development", "agenda", "", 0},
		}},
		{"the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, signed in Semipalatinsk", []want{
			{"Treaty on a Nuclear-Weapon-Free Zone in Central Asia", "", "Treaty on a Nuclear-Weapon-Free Zone in Central Asia", "treaty", "", 0},
		}},
		{"the Geneva Conventions apply", []want{
			{"Geneva Conventions", "", "Geneva Conventions", "convention", "", 0},
		}},
		{"the Rome Statute of the International Criminal Court", []want{
			{"Rome Statute of the International Criminal Court", "", "Rome Statute of the International Criminal Court", "statute", "", 0},
		}},
		{"the Agreement between the Government of Kazakhstan and the Government of Japan on Cooperation in", []want{
			{"Agreement between the Government of Kazakhstan and the Government of Japan on Cooperation", "",
				"Agreement between the Government of Kazakhstan and the Government of Japan on Cooperation", "agreement", "", 0},
		}},
		{"the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction entered", []want{
			{"Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction", "",
				"Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction", "convention", "", 0},
		}},
		{"The Minsk Agreements and the Astana Declaration were discussed.", []want{
			{"Minsk Agreements", "", "Minsk Agreements", "agreement", "", 0},
			{"Astana Declaration", "", "Astana Declaration", "declaration", "", 0},
		}},
		// A head that describes the next noun names a place or a body.
		{"They met in the Treaty Room of the Palace.", nil},
		{"She teaches at a Charter School of Boston.", nil},
		{"The forum opened at the Convention Center of Astana on Monday.", nil},
		{"The Convention Centre of Astana hosted the Convention on Biological Diversity talks.", []want{
			{"Convention on Biological Diversity", "", "Convention on Biological Diversity", "convention", "", 0},
		}},
		// Modifiers stay, in title case after an article too.
		{"The Tax Code of Kazakhstan", []want{
			{"Tax Code of Kazakhstan", "", "Tax Code of Kazakhstan", "code", "", 0},
		}},
		{"The Tax Code of Kazakhstan was amended in 2024.", []want{
			{"Tax Code of Kazakhstan", "", "Tax Code of Kazakhstan", "code", "", 0},
		}},
		{"Kazakhstan Signs Code of Conduct", []want{
			{"Code of Conduct", "", "Code of Conduct", "code", "", 0},
		}},
		// A name followed by its symbol is one mention, the symbol's.
		{"the Statement of the President of the Security Council (S/PRST/2018/1) was adopted", []want{
			{"S/PRST/2018/1", "S/PRST/2018/1", "", "presidential statement", organSC, 2018},
		}},
		{"The Statement by the President of the UN Security Council (S/PRST/2018/1) adopted", []want{
			{"S/PRST/2018/1", "S/PRST/2018/1", "", "presidential statement", organSC, 2018},
		}},
		{"the presidential statement S/PRST/2018/1", []want{
			{"S/PRST/2018/1", "S/PRST/2018/1", "", "presidential statement", organSC, 2018},
		}},
	}
	for _, tc := range tests {
		checkRefs(t, tc.in, Find(tc.in), tc.wants)
	}
}

// TestSample reads the reference article paragraph by paragraph.
func TestSample(t *testing.T) {
	b, err := os.ReadFile("../../testdata/bnews-kazakhstan-unsc-presidency.txt")
	if err != nil {
		t.Fatal(err)
	}
	var refs []Ref
	for _, p := range strings.Split(string(b), "\n") {
		for _, r := range Find(p) {
			if p[r.Start:r.End] != r.Text {
				t.Errorf("span %d:%d of %q does not hold %q", r.Start, r.End, p, r.Text)
			}
			refs = append(refs, r)
		}
	}
	checkRefs(t, "", refs, []want{
		{"Concept Vision on Sustaining Global Partnership for Secure, Just and Prosperous World", "",
			"Concept Vision on Sustaining Global Partnership for Secure, Just and Prosperous World", "concept", "", 0},
		{"S/PRST/2018/1", "S/PRST/2018/1", "", "presidential statement", organSC, 2018},
		{"Code of Conduct for the Achievement of a Terrorism-Free World", "",
			"Code of Conduct for the Achievement of a Terrorism-Free World", "code", "", 0},
	})
	// The whole text at once gives the same documents.
	if all := Find(string(b)); len(all) != 3 {
		t.Errorf("Find(whole sample) = %d refs, want 3: %+v", len(all), all)
	}
}

func TestKey(t *testing.T) {
	a := Find("S/RES/2231 (2015)")[0]
	b := Find("Security Council resolution 2231")[0]
	c := Find("ҚК-нің 2231 қарары")[0]
	if a.Key() != b.Key() || b.Key() != c.Key() {
		t.Errorf("keys differ: %q %q %q", a.Key(), b.Key(), c.Key())
	}
	d := Find("resolution 1540 was discussed")[0]
	e := Find("резолюция 1540")[0]
	if d.Key() != e.Key() || d.Key() == a.Key() {
		t.Errorf("keys %q %q", d.Key(), e.Key())
	}
	f := Find("the Paris Agreement")[0]
	g := Find("the Paris  Agreement")
	if len(g) != 0 {
		t.Errorf("double space: %+v", g)
	}
	if f.Key() != "title:agreement:paris agreement" {
		t.Errorf("key %q", f.Key())
	}
	if k := (Ref{Text: "Some  Text"}).Key(); k != "text:some text" {
		t.Errorf("key %q", k)
	}
	if k := (Ref{Symbol: "S/PRST/2018/1"}).Key(); k != "symbol:S/PRST/2018/1" {
		t.Errorf("key %q", k)
	}
}
