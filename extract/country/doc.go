// Package country finds the countries named in a text and gives them as
// ISO 3166-1 codes. It reads English, Russian and Kazakh.
//
// [Find] returns every mention, in order, with its byte offsets and the
// text as written; [Lookup] gives the alpha-2 and alpha-3 codes and the
// English short name of a country; [Countries] lists all 249 entries.
//
// # What counts as a mention
//
// A mention is a name (Kazakhstan, Türkiye, Côte d’Ivoire), a common alias
// (Turkey, Ivory Coast, Holland, Burma, DPRK, UK, U.S., Viet Nam, Syrian
// Arab Republic), or an adjective or demonym (Kazakh, Kazakhstani, Dutch,
// Ivorian, Britons). A leading article is not part of the text of a
// mention: "the Netherlands" gives "Netherlands". In Russian every case
// form of a name counts (Казахстана, Нидерландах, Южной Кореи) and so do the
// forms of the main adjectives (казахстанская, российского); in Kazakh the
// case forms (Қазақстанның, Қазақстанда, АҚШ-тың), the attributive
// -дағы/-дегі and the adjective in -лық/-дық/-тық (Қазақстандық).
//
// Matching is on words: the text is split once into words and punctuation,
// and at each word the longest phrase of the table wins, so "Papua New
// Guinea", "Equatorial Guinea" and "Guinea-Bissau" are not Guinea, "South
// Sudan" is not Sudan, and "woman" holds no Oman. Case, diacritics, ё and
// the form of apostrophes and dashes are folded for the look-up, but a
// word written with a capital in the table needs a capital in the text
// (all capitals will do), and an abbreviation needs all capitals: "turkey",
// "china", "chad", "us" and "перец чили" are not countries. Invalid UTF-8
// bytes separate words. The work per word is bounded, so time is linear in
// the length of the text.
//
// Some phrases are matched only to be dropped, since the country name in
// them does not name the country: regions and blocs (Central Asia, Central
// Asian, Latin America, the Korean Peninsula, Центральная Азия, Орталық
// Азия), places elsewhere (New Mexico, New Guinea, Mexico City, New Jersey,
// Gulf of Guinea, Lake Chad) and fixed expressions (French fries, Bank of
// America). Names of continents, the EU and the UN are not in the table.
// Organisations keep the countries that their names really name: "Islamic
// State in Iraq and the Levant" gives Iraq, and nothing for the Levant.
// "RK" (Republic of Kazakhstan in Kazakh usage) is not taken, as it is
// ambiguous outside that usage.
//
// Names that are also personal names or US states are checked against
// their context. Jordan, Chad and Georgia are dropped next to another
// capitalised word that reads as a given or family name ("Michael Jordan",
// "Jordan Peterson", but not "In Jordan"), except on a line in title case
// such as a headline, where capitals tell nothing. Georgia is also dropped
// after "City," ("Atlanta, Georgia", but not "Tbilisi, Georgia"), before
// ", USA", after "state of" and before "state" or "governor". The Russian
// and Kazakh Того is not taken at the start of a sentence, where it is most
// likely the pronoun того.
//
// # The table
//
// The table is generated with go generate by internal/gen from two
// sources: the CLDR English, Russian and Kazakh
// region names in golang.org/x/text/language/display, and
// internal/gen/data, whose names.tsv holds the current names where CLDR's
// are dated, the aliases, the adjectives and demonyms and the blocked
// phrases. That file was written by hand for this package and is under
// the package's licence; it was checked against public lists of country
// names and demonyms without copying them. The generator declines the
// Russian names (hard and soft stems, -ия, -а/-я, plurals in -ы, adjective
// and noun phrases, indeclinable names such as Перу and Того) and the
// Kazakh names (vowel harmony and the consonant of each ending), so the
// case forms are not typed by hand. The generated file needs only the
// standard library; its phrases are parsed into an index on the first
// call to Find, so a program that never calls Find pays nothing.
//
//go:generate go run ./internal/gen -data internal/gen/data -out tables.go
package country
