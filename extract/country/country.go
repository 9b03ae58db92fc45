package country

import "sort"

// Country is one entry of the ISO 3166-1 table.
type Country struct {
	// Alpha2 is the ISO 3166-1 alpha-2 code, such as "KZ".
	Alpha2 string
	// Alpha3 is the ISO 3166-1 alpha-3 code, such as "KAZ".
	Alpha3 string
	// Name is the English short name, such as "Kazakhstan".
	Name string
}

// Lookup returns the country with the given ISO 3166-1 alpha-2 or alpha-3
// code, in any case. It reports false for a code that is not assigned,
// except for SU (SUN), the Soviet Union: a former country of ISO 3166-3
// whose alpha-2 code stays reserved, which [Find] gives for its names.
func Lookup(code string) (Country, bool) {
	if len(code) != 2 && len(code) != 3 {
		return Country{}, false
	}
	var buf [3]byte
	for i := 0; i < len(code); i++ {
		c := code[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf[i] = c
	}
	up := string(buf[:len(code)])
	if len(up) == 2 {
		i := sort.Search(len(countries), func(i int) bool { return countries[i].Alpha2 >= up })
		if i < len(countries) && countries[i].Alpha2 == up {
			return countries[i], true
		}
	}
	for _, c := range historical {
		if c.Alpha2 == up || c.Alpha3 == up {
			return c, true
		}
	}
	if len(up) == 2 {
		return Country{}, false
	}
	for _, c := range countries {
		if c.Alpha3 == up {
			return c, true
		}
	}
	return Country{}, false
}

// countryAt returns entry k of countries followed by historical.
func countryAt(k int16) Country {
	if int(k) < len(countries) {
		return countries[k]
	}
	return historical[int(k)-len(countries)]
}

// Countries returns all 249 ISO 3166-1 entries in order of alpha-2 code;
// the former countries that Find may give (SU) are not among them.
// The slice is a fresh copy that the caller may change.
func Countries() []Country {
	return append([]Country(nil), countries[:]...)
}
