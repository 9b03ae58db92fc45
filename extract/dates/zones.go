package dates

import (
	"strings"
	"sync"
	"time"
)

// zoneSpec describes a zone abbreviation: a tz database name when the
// abbreviation stands for a region whose offset has changed over the years,
// or else a fixed offset in seconds east of UTC.
type zoneSpec struct {
	abbr   string
	tz     string
	offset int
}

// zoneSpecs lists the zone abbreviations read after a time of day.
// Ambiguous abbreviations are read as follows unless the parser's Region
// says otherwise (see regionalZones): IST is India Standard Time
// (+05:30), not Irish or Israel time; CST and CDT are North American
// Central time (−06:00, −05:00), not China Standard Time; BST is British
// Summer Time (+01:00); AST is Atlantic Standard Time (−04:00); GST is
// Gulf Standard Time (+04:00). ET, CT, MT and
// PT are the US zones (America/New_York, America/Chicago, America/Denver,
// America/Los_Angeles), standard or daylight time as the date falls.
var zoneSpecs = []zoneSpec{
	{"UTC", "", 0}, {"GMT", "", 0}, {"UT", "", 0}, {"Z", "", 0},
	{"WET", "", 0}, {"WEST", "", 3600}, {"BST", "", 3600},
	{"CET", "", 3600}, {"CEST", "", 2 * 3600},
	{"EET", "", 2 * 3600}, {"EEST", "", 3 * 3600},
	{"MSK", "Europe/Moscow", 3 * 3600}, {"МСК", "Europe/Moscow", 3 * 3600},
	{"TRT", "", 3 * 3600}, {"GST", "", 4 * 3600},
	{"PKT", "", 5 * 3600}, {"UZT", "", 5 * 3600},
	{"ORAT", "Asia/Oral", 5 * 3600}, {"AQTT", "Asia/Aqtau", 5 * 3600},
	{"QYZT", "Asia/Qyzylorda", 5 * 3600},
	{"ALMT", "Asia/Almaty", 5 * 3600}, {"KGT", "", 6 * 3600},
	{"IST", "", 5*3600 + 1800},
	{"HKT", "", 8 * 3600}, {"SGT", "", 8 * 3600},
	{"JST", "", 9 * 3600}, {"KST", "", 9 * 3600},
	{"AEST", "", 10 * 3600}, {"AEDT", "", 11 * 3600},
	{"EST", "", -5 * 3600}, {"EDT", "", -4 * 3600},
	{"CST", "", -6 * 3600}, {"CDT", "", -5 * 3600},
	{"MST", "", -7 * 3600}, {"MDT", "", -6 * 3600},
	{"PST", "", -8 * 3600}, {"PDT", "", -7 * 3600},
	{"AKST", "", -9 * 3600}, {"AKDT", "", -8 * 3600},
	{"HST", "", -10 * 3600},
	{"ET", "America/New_York", -5 * 3600}, {"CT", "America/Chicago", -6 * 3600},
	{"MT", "America/Denver", -7 * 3600}, {"PT", "America/Los_Angeles", -8 * 3600},
	{"MEZ", "", 3600}, {"MESZ", "", 2 * 3600}, {"OEZ", "", 2 * 3600}, {"OESZ", "", 3 * 3600},
	{"WEZ", "", 0}, {"WESZ", "", 3600}, {"IDT", "", 3 * 3600},
	{"AST", "", -4 * 3600}, {"ADT", "", -3 * 3600}, {"NST", "", -3*3600 - 1800}, {"NDT", "", -2*3600 - 1800},
	{"WAT", "", 3600}, {"CAT", "", 2 * 3600}, {"SAST", "", 2 * 3600}, {"EAT", "", 3 * 3600},
	{"IRST", "", 3*3600 + 1800}, {"IRDT", "", 4*3600 + 1800}, {"AZT", "", 4 * 3600}, {"GET", "", 4 * 3600},
	{"SAMT", "", 4 * 3600}, {"YEKT", "", 5 * 3600}, {"TJT", "", 5 * 3600}, {"TMT", "", 5 * 3600},
	{"NPT", "", 5*3600 + 2700}, {"OMST", "", 6 * 3600}, {"KRAT", "", 7 * 3600},
	{"ICT", "", 7 * 3600}, {"WIB", "", 7 * 3600}, {"WITA", "", 8 * 3600}, {"WIT", "", 9 * 3600},
	{"IRKT", "", 8 * 3600}, {"PHT", "", 8 * 3600}, {"MYT", "", 8 * 3600}, {"AWST", "", 8 * 3600},
	{"YAKT", "", 9 * 3600}, {"ACST", "", 9*3600 + 1800}, {"ACDT", "", 10*3600 + 1800},
	{"VLAT", "", 10 * 3600}, {"MAGT", "", 11 * 3600}, {"NZST", "", 12 * 3600}, {"NZDT", "", 13 * 3600},
	{"BRT", "", -3 * 3600}, {"ART", "", -3 * 3600}, {"CLT", "", -4 * 3600}, {"CLST", "", -3 * 3600},
	{"COT", "", -5 * 3600}, {"PET", "", -5 * 3600}, {"VET", "", -4 * 3600},
}

// regionalZones are the abbreviations that stand for another zone in the
// countries listed than elsewhere: China Standard Time, Cuba Standard
// Time, Israel and Irish Standard Time, Bangladesh Standard Time, Arabia
// Standard Time, Philippine Standard Time, Malaysia Standard Time.
var regionalZones = []struct {
	abbr, regions string
	offset        int
}{
	{"CST", "CN TW HK MO SG", 8 * 3600}, {"CST", "CU", -5 * 3600},
	{"IST", "IL PS", 2 * 3600}, {"IST", "IE", 3600},
	{"BST", "BD", 6 * 3600},
	{"AST", "SA KW IQ BH QA YE", 3 * 3600},
	{"PST", "PH", 8 * 3600}, {"MST", "MY", 8 * 3600},
}

// regionalZone returns the zone an abbreviation stands for in the country
// the scanner's parser hints, when that is not what it means elsewhere.
func regionalZone(abbr string, sc *scanner) (*time.Location, bool) {
	for i, z := range regionalZones {
		if z.abbr != abbr {
			continue
		}
		region := sc.hints().region
		if len(region) != 2 {
			return nil, false
		}
		for _, z := range regionalZones[i:] {
			if z.abbr == abbr && strings.Contains(z.regions, region) {
				return time.FixedZone(z.abbr, z.offset), true
			}
		}
		return nil, false
	}
	return nil, false
}

// zones maps each abbreviation to its location. It is built on first use.
// A tz name missing from the system's database falls back to the fixed
// offset the region uses today.
var zones = sync.OnceValue(func() map[string]*time.Location {
	m := make(map[string]*time.Location, len(zoneSpecs)+1)
	for _, z := range zoneSpecs {
		var loc *time.Location
		if z.tz != "" {
			loc, _ = time.LoadLocation(z.tz)
		}
		if loc == nil {
			if z.offset == 0 {
				loc = time.UTC
			} else {
				loc = time.FixedZone(z.abbr, z.offset)
			}
		}
		m[z.abbr] = loc
	}
	m["мск"] = m["МСК"]
	return m
})

// zone is the zone a date states: a named zone, a numeric offset or none.
// The location of an offset is made only for a date that resolves: most
// that a text holds are passed over, and a location for an offset that is
// not whole hours costs an allocation.
type zone struct {
	loc    *time.Location // a named zone
	offset int            // seconds east of UTC, when fixed
	fixed  bool           // the zone is the numeric offset
}

// stated reports whether the text states a zone.
func (z zone) stated() bool { return z.loc != nil || z.fixed }

// location returns the location of a stated zone.
func (z zone) location() *time.Location {
	if z.fixed {
		return fixedZone(z.offset)
	}
	return z.loc
}

// fixedZone returns a location for an offset stated as digits.
func fixedZone(offset int) *time.Location {
	if offset == 0 {
		return time.UTC
	}
	return time.FixedZone("", offset)
}
