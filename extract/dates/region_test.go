package dates

import "testing"

func TestRegionZone(t *testing.T) {
	for region, want := range map[string]string{
		"DE": "Europe/Berlin", "de": "Europe/Berlin", "FR": "Europe/Paris", "KZ": "Asia/Almaty",
		"JP": "Asia/Tokyo", "GB": "Europe/London", "IN": "Asia/Kolkata", "CZ": "Europe/Prague",
	} {
		loc := RegionZone(region)
		if loc == nil || loc.String() != want {
			t.Errorf("RegionZone(%q) = %v, want %s", region, loc, want)
		}
	}
	for _, region := range []string{"US", "RU", "BR", "AU", "CN", "", "XX", "EU"} {
		if loc := RegionZone(region); loc != nil {
			t.Errorf("RegionZone(%q) = %v, want nil: the country keeps several times", region, loc)
		}
	}
}
