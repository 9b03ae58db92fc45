package docref

import "sync"

// Organ names used in Ref.Organ.
const (
	organSC     = "Security Council"
	organGA     = "General Assembly"
	organECOSOC = "Economic and Social Council"
	organHRC    = "Human Rights Council"
	organTC     = "Trusteeship Council"
	organST     = "Secretariat"
	organSG     = "Secretary-General"
)

// series describes a first component of a document symbol.
type series struct {
	organ  string // issuing body
	press  bool   // a press-release series such as SC/ or SG/SM/
	treaty bool   // a human-rights treaty body (bare GC is a general comment)
	kind   string // the kind of the series' documents, when it has one
}

// seriesTable maps the first component of a symbol to its series. It
// lists the principal organs, the bodies with special series that the
// Dag Hammarskjöld Library documents, and the press-release series.
var seriesTable = sync.OnceValue(func() map[string]series {
	return map[string]series{
		// Principal organs.
		"A":  {organ: organGA},
		"S":  {organ: organSC},
		"E":  {organ: organECOSOC},
		"T":  {organ: organTC},
		"ST": {organ: organST},
		// Bodies with a special series.
		"DP":      {organ: "United Nations Development Programme"},
		"UNEP":    {organ: "United Nations Environment Programme"},
		"TD":      {organ: "United Nations Conference on Trade and Development"},
		"ID":      {organ: "United Nations Industrial Development Organization"},
		"UNW":     {organ: "UN-Women"},
		"ICCD":    {organ: "United Nations Convention to Combat Desertification"},
		"FCCC":    {organ: "United Nations Framework Convention on Climate Change"},
		"AT":      {organ: "United Nations Administrative Tribunal"},
		"ECE":     {organ: "Economic Commission for Europe"},
		"NPT":     {organ: "Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons"},
		"INFCIRC": {organ: "International Atomic Energy Agency", kind: "information circular"},
		"HRI":     {organ: "human rights treaty bodies", treaty: true},
		"CRC":     {organ: "Committee on the Rights of the Child", treaty: true},
		"CCPR":    {organ: "Human Rights Committee", treaty: true},
		"CERD":    {organ: "Committee on the Elimination of Racial Discrimination", treaty: true},
		"CEDAW":   {organ: "Committee on the Elimination of Discrimination against Women", treaty: true},
		"CAT":     {organ: "Committee against Torture", treaty: true},
		"CMW":     {organ: "Committee on Migrant Workers", treaty: true},
		"CRPD":    {organ: "Committee on the Rights of Persons with Disabilities", treaty: true},
		"CED":     {organ: "Committee on Enforced Disappearances", treaty: true},
		// Press releases.
		"SC":     {organ: organSC, press: true},
		"GA":     {organ: organGA, press: true},
		"SG":     {organ: organSG, press: true},
		"DSG":    {organ: "Deputy Secretary-General", press: true},
		"ECOSOC": {organ: organECOSOC, press: true},
		"HRC":    {organ: organHRC, press: true},
	}
})

// subsidiaryOrgans maps the leading components of a symbol to the
// subsidiary body that issues it, for the bodies better known than their
// parent organ. Keys are canonical: components joined by "/".
var subsidiaryOrgans = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"A/HRC":    organHRC,
		"E/CN.4":   "Commission on Human Rights",
		"E/CN.5":   "Commission for Social Development",
		"E/CN.6":   "Commission on the Status of Women",
		"E/CN.7":   "Commission on Narcotic Drugs",
		"E/CN.15":  "Commission on Crime Prevention and Criminal Justice",
		"E/CN.17":  "Commission on Sustainable Development",
		"E/C.12":   "Committee on Economic, Social and Cultural Rights",
		"E/C.19":   "Permanent Forum on Indigenous Issues",
		"E/ICEF":   "UNICEF Executive Board",
		"E/ESCAP":  "Economic and Social Commission for Asia and the Pacific",
		"E/ESCWA":  "Economic and Social Commission for Western Asia",
		"E/ECA":    "Economic Commission for Africa",
		"DP/FPA":   "United Nations Population Fund",
		"A/AC.96":  "UNHCR Executive Committee",
		"A/AC.105": "Committee on the Peaceful Uses of Outer Space",
		"A/CN.9":   "United Nations Commission on International Trade Law",
	}
})

// specialKinds maps the special components of a symbol to the kind of
// document they mark. The last special component of a symbol decides.
var specialKinds = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"RES":  "resolution",
		"DEC":  "decision",
		"PRST": "presidential statement",
		"PV":   "meeting record",
		"SR":   "summary record",
		"L":    "draft",
		"CRP":  "conference room paper",
		"WP":   "working paper",
		"INF":  "information document",
		"NGO":  "statement by a non-governmental organization",
		"PET":  "petition",
		"R":    "restricted document",
		"CO":   "concluding observations",
	}
})

// secretariatKind returns the kind of document of a special series of
// the Secretariat (the SGB of ST/SGB/2003/13), or "".
func secretariatKind(c string) string {
	switch c {
	case "SGB":
		return "Secretary-General's bulletin"
	case "AI":
		return "administrative instruction"
	case "IC":
		return "information circular"
	}
	return ""
}

// isSerialDotted reports whether a dotted component numbers a document
// (the 8160 of PV.8160) rather than a body (the 1 of C.1): a symbol may
// end with one of them.
func isSerialDotted(letters string) bool {
	switch letters {
	case "PV", "SR", "L", "CRP", "WP", "R", "INF", "Misc", "MISC":
		return true
	}
	return false
}
