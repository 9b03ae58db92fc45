package dates

import (
	"strings"
	"sync"
	"time"
)

// RegionZone returns the time zone of a country, by its ISO 3166-1 alpha-2
// code, when the country keeps one time: all its zones in the tz database
// have the same offsets, summer and winter. It returns nil for a country of
// several times (the US, Russia, Brazil) or one it does not know, for which
// the zone of a date cannot be told from the country alone.
func RegionZone(region string) *time.Location {
	return regionZones()[strings.ToUpper(region)]
}

// regionZones maps each country of one time to its first zone in the tz
// database, made on first use.
var regionZones = sync.OnceValue(func() map[string]*time.Location {
	byRegion := map[string][]string{}
	for _, p := range strings.Fields(tzRegions) {
		if zone, region, ok := strings.Cut(p, ":"); ok {
			byRegion[region] = append(byRegion[region], zone)
		}
	}
	out := make(map[string]*time.Location, len(byRegion))
	for region, zones := range byRegion {
		if loc := oneTime(zones); loc != nil {
			out[region] = loc
		}
	}
	return out
})

// Instants at which zones are compared: a winter and a summer day of a
// recent year, and of the year to come.
var zoneInstants = [...]time.Time{
	time.Date(2025, 1, 15, 12, 0, 0, 0, time.UTC),
	time.Date(2025, 7, 15, 12, 0, 0, 0, time.UTC),
	time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC),
	time.Date(2026, 7, 15, 12, 0, 0, 0, time.UTC),
}

// oneTime returns the first of zones when all of them keep the same
// offsets at zoneInstants, else nil.
func oneTime(zones []string) *time.Location {
	var first *time.Location
	for _, z := range zones {
		loc, err := time.LoadLocation(z)
		if err != nil {
			return nil
		}
		if first == nil {
			first = loc
			continue
		}
		for _, t := range zoneInstants {
			_, a := t.In(first).Zone()
			_, b := t.In(loc).Zone()
			if a != b {
				return nil
			}
		}
	}
	return first
}
