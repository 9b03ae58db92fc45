package dates

import "fmt"

// failure tells why a date did not resolve. Scanning passes over many
// dates that do not; the error, which costs allocations, is made only for
// the one Parse reports.
type failure uint8

const (
	resolved           failure = iota
	failRelative               // a relative date and no reference time
	failNoYear                 // no year stated, none known
	failNoCalendarDate         // an impossible date, such as 30 February
	failRange                  // a year before 1990 or after 2100
	failFuture                 // after the reference time
)

// err returns the error for a failure to resolve text.
func (f failure) err(text string) error {
	switch f {
	case resolved:
		return nil
	case failRelative:
		return fmt.Errorf("%w: %q is relative and the reference time is unknown", ErrNoDate, text)
	case failNoYear:
		return fmt.Errorf("%w: %q", ErrNoYear, text)
	case failNoCalendarDate:
		return fmt.Errorf("%w: %q is no calendar date", ErrImplausible, text)
	case failFuture:
		return fmt.Errorf("%w: %q is after the reference time", ErrImplausible, text)
	}
	return fmt.Errorf("%w: %q", ErrImplausible, text)
}
