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
// Ivorian, Britons). England, Scotland, Wales and Northern Ireland (and
// Англия, Шотландия, Уэльс, Северная Ирландия in Russian and Kazakh) give
// GB: ISO 3166-1 has no code for them, and a text about one of them names
// the territory of the United Kingdom; their adjectives (English,
// Scottish, Welsh) are not taken, as they name languages and peoples
// more often than the state. "Korea" alone and "Korean" give KR, which
// they name in most news (Korean exports); "North Korea" and "North
// Korean" give KP. The Soviet Union (Soviet Union, USSR, Советский Союз,
// СССР, Кеңес Одағы, КСРО) gives SU, the alpha-2 code that ISO 3166-3
// keeps reserved for the former country (SUHH): it is neither Russia nor
// any current country, and [Lookup] knows it while [Countries] does not.
// "Niger Delta" gives Nigeria, where it lies. A leading article is not part of the text of a
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
// Gulf of Guinea, Lake Chad, New England, New South Wales), the Native
// American sense of Indian (American Indian, Indian tribes, Indian
// reservation, Indian Country), British Columbia, and fixed expressions
// whose country word names a food or a thing (French fries, Guinea pig,
// Turkey dinner, Turkey prices, fine china, Panama hat, Chile con carne). The words after the first of such a phrase that may be
// written in lower case are in lower case in the table, so that "Guinea
// pig", "Guinea Pig" and "the Jersey shore" are all blocked. Names
// of continents, the EU and the UN are not in the table. "RK" (Republic
// of Kazakhstan in Kazakh usage) is not taken, as it is ambiguous outside
// that usage.
//
// # Organisations
//
// A country name inside the proper name of an organisation names the
// country when the organisation is an organ of that country's state: its
// government, parliament, armed forces or central bank ("Government of
// Kazakhstan", "Republic of Korea Navy", "Nigerian Army", "Bank of Japan",
// "National Bank of Georgia"). It yields nothing when the name is a
// group's claim or a brand that is not about that country's state:
// armed groups (Islamic State of Iraq and the Levant, Islamic State of
// Iraq and Syria, Islamic State of Iraq and al-Sham, Исламское
// государство Ирака и Леванта in all its cases), companies and
// broadcasters whose names carry a country as a brand (Bank of America,
// American Airlines, American Express, China Airlines, which is
// Taiwanese, British American Tobacco, Voice of America), and the US
// universities and teams named after the state of Georgia (Georgia Tech,
// Georgia State, University of Georgia, Georgia Bulldogs). Mentioning
// ISIL thus does not name Iraq or Syria; "ISIL fought in Iraq" still
// names Iraq. The list is kept short: only names that are common in the
// news and whose country word would otherwise be a false mention.
//
// # Context
//
// Names that are also personal names are checked against their context.
// Jordan, Chad, Georgia, Israel, Kenya, India, Jamaica and Holland are dropped
// next to another capitalised word that reads as a given or family name
// ("Michael Jordan", "Jordan Peterson", "Israel Adesanya", "Kenya Moore",
// but not "In Jordan"), except on a line in title case such as a
// headline, where capitals tell nothing. A word after the name that names
// an organ (Defense, Forces, Army, Police, Government, Ministry...) is not
// a family name: "Israel Defense Forces" names Israel. "Israel said",
// "President of Kenya" and "India's prime minister" stay countries. The
// Russian and Kazakh Того is not taken at the start of a sentence, where
// it is most likely the pronoun того, nor is Polish when it opens a
// sentence before an object ("Polish the shoes"), where it is a verb.
//
// A name read once as the family name of a person named in full ("Michael
// Jordan", "reporter Bill Holland") is the person in the rest of the text
// ("Jordan said"). A name that is the speaker of a quote or of a verb of
// speech followed by a personal pronoun is a person too ("“We won,” Chad
// said", "Jordan said he"); "Jordan said it would" stays the country.
//
// An adjective is not the country when it names a language: a word for a
// language follows it ("French language", "French-speaking",
// "французском языке", "қазақ тілінде"), a verb of speaking or learning
// comes before it or before its list ("spoke only French and Farsi"), or
// "in" or "into" comes before it and the clause ends after it
// ("translated into French."). "French troops" and "into French
// territory" stay France. Iceland is also a chain of shops: a word of
// shops in the same sentence drops it ("Iceland stores", "Iceland have
// announced they will be stocking"). A name followed by County, Township,
// Parish or Borough names a local unit ("Guernsey County").
//
// Any name followed by a comma and a US state or a borough of New York,
// and not itself an item of a list, is a town or a neighbourhood of the
// United States and is dropped: "Jamaica, Queens", "Jamaica, New York",
// "Peru, Indiana", "PERU, Ind." (the AP abbreviations of the states are
// read); "Chile, Peru, Texas" and "Peru, Texas and Florida" keep Peru.
// Once a name is read so, it is the town in all the text: "PALESTINE,
// Texas - ... Palestine police said" gives nothing.
//
// A text is in a US context when a dateline or a rule has read a place of
// the United States ("ATLANTA -", "SAVANNAH, Ga.", "Atlanta, Georgia"),
// or when it names two different US states or cities of a short list (New
// York and Washington, seats of international bodies, do not count). In a
// US context Georgia, Georgian and Georgians are the state and its
// people, unless the text also names a place of Georgia the country
// (Tbilisi, Batumi, Abkhazia...): "ATLANTA - … a Georgia man's death"
// gives nothing, "Georgia's president in Tbilisi" gives GE. These rules
// read the whole text, so a mention may be dropped by what follows it.
//
// Georgia is also a US state. The table holds the names of the fifty
// states and the District of Columbia, their AP abbreviations (Ga.,
// Ind., Mo.) and the larger US cities for this context only; they are
// never mentions. Georgia is taken for the state, and dropped, when
//
//   - it is an item of a list (joined by a comma, and, or, nor, & or a
//     hyphen or slash without spaces) next to another US state on the same
//     line, and not next to a country: "Georgia and Alabama", "Alabama,
//     Georgia and Florida", "Georgia or South Carolina", "Georgia and the
//     Carolinas", "Georgia-Alabama line", but not "Armenia, Georgia and
//     Texas". Washington is not taken as a state here, as "Georgia and
//     Washington" is mostly the country and the US capital;
//   - it is followed by ", USA" or ", U.S.", or follows "state of";
//   - a lower-case "state", "county" or "runoff" follows it ("a Georgia
//     state senator"), or an office or body that a US state has and the
//     country has not follows it or its possessive: governor, Gov.,
//     Senate, senator, legislature, Republicans, Democrats ("Georgia's
//     governor", "Georgia Senate"). "Georgia's president", "Georgia's
//     parliament" and "Georgia's state security service" stay the
//     country;
//   - it ends "Title Name of Georgia" with a US title (Governor, Gov.,
//     Senator, Sen., Rep. with a name, Congressman): "Gov. Brian Kemp of
//     Georgia". "President Salome Zourabichvili of Georgia", "Permanent
//     Representative of Georgia" and "the governor of Georgia's central
//     bank" stay the country; so does any phrase with other words between
//     the title and "of" ("Governor of the National Bank of Georgia"). A
//     party label "(D-Georgia)" is the state too;
//   - it follows a capitalised place and a comma, as a state follows its
//     city ("Atlanta, Georgia", "ATLANTA, Georgia (AP)"), unless that word
//     is a country found already ("Russia, Georgia and Armenia"), a place
//     in Georgia ("Tbilisi, Georgia"), a day or month ("On Monday,
//     Georgia"), a word that opens a sentence ("Meanwhile, Georgia"), a
//     word after "the" ("the Caucasus, Georgia") or an abbreviation inside
//     a line ("NATO, Georgia"); or unless the place opens a sentence or
//     follows an opening preposition and a word follows Georgia ("In
//     Europe, Georgia is..."), or Georgia is followed in the list by a
//     country ("Moscow, Georgia and Ukraine").
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
// standard library; its phrases, and the sets of words that the rules of
// context read, are built into an index on the first call to Find, so a
// program that never calls Find pays nothing.
//
// # Cost
//
// Find reads the text token by token, folding each word as it looks it
// up, and keeps only the tokens near the current one, in a small ring on
// the stack: time is linear and the memory it allocates is that of the
// matches it returns, whatever the text (a megabyte of punctuation or of
// NUL bytes allocates nothing). A line's letter case is read once, when a
// rule first asks for it.
//
//go:generate go run ./internal/gen -data internal/gen/data -out tables.go
package country
