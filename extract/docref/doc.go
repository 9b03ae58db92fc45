// Package docref finds references to documents in text: UN document
// symbols, citations of resolutions in prose, and named instruments.
//
// [Find] returns every mention, in order and without overlaps, as a
// [Ref]; [Ref.Key] groups the mentions of one document.
//
// # Document symbols
//
// Symbols are read by a small parser over their slash-separated
// components, following the grammar of "UN Documentation: Document
// Symbols" of the Dag Hammarskjöld Library:
//
//   - a first component naming the organ or series: A/, S/, E/, T/, ST/,
//     or a body with a series of its own (DP/, UNEP/, TD/, CRC/, CCPR/,
//     CERD/, CEDAW/, CAT/, UNW/, ICCD/, FCCC/, INFCIRC/...);
//   - components for subsidiary bodies (C.1, AC.105, CN.4, Sub.2, HRC,
//     SGB...), special components (RES, PRST, PV., SR., L., INF, WP.,
//     CRP....), sessions and years (72, 2018, ES-10);
//   - suffixes (Add.1, Rev.2, Corr.1, Amend.1, Summary) in any number;
//   - after a resolution number, its year or session in brackets, with or
//     without a space: S/RES/2231(2015) is canonically "S/RES/2231 (2015)".
//
// A symbol must end with a number (S/2018/123) or a numbered special
// component (S/PV.8160); a full stop or comma after it is punctuation.
// Nothing inside a word, a path or a web address is a symbol, so that
// 02/02/2018, 24/7, A/B, and/or, km/h and /usr/lib are not. The kind of
// document comes from the last special component (an addendum to a
// report is a report); a generic document takes the kind that a noun just
// before it names: "the letter dated ... (S/2018/12)" is a letter. Press
// releases (SC/13170, GA/12227, SG/SM/18870, ECOSOC/7000) are documents of
// kind "press release".
//
// The year is the bracketed year of a resolution, or a four-digit year
// followed by the serial number: S/PRST/2019/5 and S/2018/123 give 2019 and 2018.
// A session (the 72 of A/RES/72/1) is not a year.
//
// # Prose citations
//
// "Security Council resolution 2231 (2015)", "resolutions 255 (1968) and
// 984 (1995)", "General Assembly resolution 70/1", "resolution 1540 of
// 2004", "UNSCR 1540", Russian "резолюции СБ ООН 1540 (2004)" and Kazakh
// "ҚК-нің 2231 қарары" give the symbol of the resolution when its organ
// is clear: from the words next to the noun; else from the form n (yyyy),
// which only the Security Council uses; else from the sentence, when it
// names exactly one organ ("the Security Council adopted resolution
// 2397"). A list may mix the two forms of the Council: "resolution 1540
// and 1673 (2006)" is two resolutions of the Council, while "resolution
// 2231 (2015) and 2015 elections" is one. A number whose organ the words
// around it leave open takes the symbol of the same number cited
// elsewhere in the text with its organ ("резолюцию 2231 (2015)" ...
// "резолюции 2231" are both S/RES/2231 (2015)), or, when the whole text
// names one organ only, that organ's symbol if the number has its form.
// A resolution whose organ stays unclear is a Ref with an empty Symbol
// and a Title such as "resolution 1540".
//
// # Named instruments
//
// Names are recognised by a capitalised head noun (Treaty, Convention,
// Code, Concept, Declaration, Agreement, Charter, Protocol, Strategy...)
// that starts the name and is joined by a lower-case link word to a
// capitalised complement ("Convention on the Elimination of All Forms
// of Racial Discrimination"), or, for the nouns that are documents whatever
// they qualify, follows "the" and specific capitalised modifiers ("the
// Paris Agreement"). The Kind is the head noun; "draft" and "the" stay out
// of the Title. A head alone ("the Code") names nothing: such a mention
// cannot be told from the common noun, and is left out; so is a head that
// describes the noun after it, a place or a body ("Treaty Room of the
// Palace", "Charter School of Boston", "Convention Center of Astana").
// Capitalised modifiers before the head are part of the Title ("Tax Code
// of Kazakhstan"); in a headline, where every word is capitalised, only
// when an article comes before them. A name followed
// by the symbol of its document ("Statement of the President (S/PRST/2019/5)")
// is one mention, that of the symbol.
//
// Russian and Kazakh texts name instruments by fixed phrases, which a
// short lexicon holds with their case forms read by stem and ending
// ("Договору о нераспространении ядерного оружия", "Уставом ООН",
// "Парижским соглашением", "БҰҰ Жарғысында", "ДНЯО", "СВПД"); such a
// mention takes the canonical English title ("Treaty on the
// Non-Proliferation of Nuclear Weapons"), so that it has the Key of the
// same instrument named in English.
//
// Matching is linear in the size of the text and never panics, whatever
// the input, invalid UTF-8 included. It allocates only for what it finds:
// a paragraph without a mention costs no allocation, and the refs of a
// text are gathered in one list, so that memory stays within about twice
// the size of the result.
package docref
