// Package lang tells the language of a text from the text itself.
//
// [Detect] returns a BCP 47 primary language subtag ("de", "uk", "zh") and
// a confidence between 0 and 1, or "" when the text is too short or in a
// language the package does not tell; [DetectHint] takes the language a
// page declares as a hint that the text can overrule. [Normalize] reduces
// a declared tag ("en-US", "ru_RU", "iw") to its primary subtag, and
// gives "" for anything that is not a language code ("utf", "x").
//
// # How
//
// The script of the letters decides first: Greek is el, Hebrew he, Thai
// th, Georgian ka, Armenian hy, Bengali bn, Hangul ko, Han with kana ja
// and Han alone zh. Within Latin, Cyrillic, Arabic and Devanagari script,
// each language scores by its commonest words (function words and verbs
// of reporting) and by the letters it uses and its neighbours do not: і,
// ї, є and ґ for Ukrainian, ъ for Bulgarian, ә, ғ, қ for Kazakh, ђ and ћ
// for Serbian, ѓ and ќ for Macedonian; پ, چ, گ for Persian and ٹ, ڈ, ں
// for Urdu; ł, ą, ę for Polish, ř and ů for Czech, ı and ğ for Turkish,
// and so on. A word several languages share counts less for each. A
// text in a language not told here (whose words the lists match only by
// chance, in fewer than one word of twenty) gives "".
//
// Languages told: en de fr es pt it nl pl cs sk sl hr sr ro hu tr sv nb
// da fi et lv lt is id ms vi sq ca gl eu af sw tl zu xh az uz (Latin); ru uk bg
// sr mk kk be ky mn (Cyrillic); el; ar fa ur; he; hi mr ne; bn; th; ka;
// hy; zh ja ko.
//
// # Cost
//
// Only the first [SampleBytes] of the text are read, so the cost is
// bounded whatever the text's length; the word tables are built on first
// use.
package lang
