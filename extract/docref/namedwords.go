package docref

import (
	"strings"
	"sync"
)

// head is a noun that may head the name of an instrument.
type head struct {
	kind string // the Kind of the Ref: the noun in the singular, lower case
	bare bool   // named by modifiers alone too ("the Paris Agreement")
}

// heads maps the capitalised head nouns, singular and plural, to their
// kinds.
var heads = sync.OnceValue(func() map[string]head {
	m := map[string]head{}
	add := func(kind string, bare bool, words ...string) {
		for _, w := range words {
			m[w] = head{kind: kind, bare: bare}
		}
	}
	add("treaty", true, "Treaty", "Treaties")
	add("convention", true, "Convention", "Conventions")
	add("declaration", true, "Declaration")
	add("agreement", true, "Agreement", "Agreements")
	add("accord", true, "Accord", "Accords")
	add("charter", true, "Charter")
	add("protocol", true, "Protocol", "Protocols")
	add("covenant", true, "Covenant")
	add("statute", true, "Statute")
	add("pact", true, "Pact")
	add("agenda", true, "Agenda")
	add("compact", true, "Compact")
	add("consensus", true, "Consensus")
	add("code", false, "Code")
	add("concept", false, "Concept")
	add("statement", false, "Statement")
	add("resolution", false, "Resolution")
	add("strategy", false, "Strategy")
	add("plan", false, "Plan")
	add("programme", false, "Programme", "Program")
	add("framework", false, "Framework")
	add("principles", false, "Principles")
	return m
})

// isLink reports whether w joins a head noun to the rest of the name:
// "Code of", "Treaty on", "Convention against".
func isLink(w string) bool {
	switch w {
	case "of", "on", "for", "against", "to", "between", "concerning", "regarding", "among":
		return true
	}
	return false
}

// isConnector reports whether w may stand, in lower case, between the
// capitalised words of a name: "Elimination of All Forms of Racial
// Discrimination".
func isConnector(w string) bool {
	switch w {
	case "of", "the", "a", "an", "and", "for", "on", "in", "to", "against",
		"between", "with", "at", "from", "concerning", "regarding", "among",
		"its", "their", "all":
		return true
	}
	return false
}

// isStopWord reports whether a capitalised word cannot be part of the
// name of an instrument before its head: determiners, prepositions,
// titles, the names of bodies and offices, days and months.
func isStopWord(w string) bool {
	switch w {
	case "The", "A", "An", "This", "That", "These", "Those", "Its", "Their",
		"His", "Her", "Our", "Your", "My", "Mr", "Mrs", "Ms", "Dr",
		"Draft", "On", "In", "At", "By", "For", "Of":
		return true
	}
	return isBody(w) || isMonth(w) || isWeekday(w)
}

// isBody reports whether w names a body or an office, which no name of
// an instrument lists after an "and": "the Convention on the Rights of
// the Child and the Ministry of Health" are two things.
func isBody(w string) bool {
	switch w {
	case "Council", "Assembly", "Ministry", "Minister", "President",
		"Government", "Parliament", "Committee", "Secretary-General",
		"Secretariat":
		return true
	}
	return false
}

// isPlace reports whether w names a place, a building or an institution
// that a head noun may describe: "Treaty Room", "Charter School",
// "Convention Center".
func isPlace(w string) bool {
	switch w {
	case "Room", "Rooms", "School", "Schools", "Center", "Centre", "Centers",
		"Centres", "Hall", "Building", "House", "Street", "Square", "Avenue",
		"Road", "Park", "Hotel", "Palace", "Museum", "Library", "Bridge",
		"Station", "Airport", "Bureau", "Office", "Organization", "Organisation",
		"College", "University", "Academy", "Institute", "Foundation", "Club",
		"Company", "Bank", "Party", "Group":
		return true
	}
	return false
}

// isGeneric reports whether a modifier is too common to name an
// instrument by itself: "the Joint Statement" names none, "the Paris
// Agreement" does.
func isGeneric(w string) bool {
	switch w {
	case "Joint", "Presidential", "Final", "New", "Special", "Annual",
		"Political", "Ministerial", "National", "Bilateral", "Multilateral",
		"Global", "International", "Regional", "Strategic", "Comprehensive",
		"Intergovernmental", "Interim", "Previous", "Current", "Relevant",
		"UN", "United", "Nations":
		return true
	}
	return false
}

func isWeekday(w string) bool {
	return lowerIsAny(w, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
}

// isPossessive reports whether w ends in 's: "Kazakhstan's".
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}
