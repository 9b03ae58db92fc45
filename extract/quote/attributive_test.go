package quote

import "testing"

// attributiveCases are Kazakh participle cues that qualify the noun
// after them, and the near-misses.
var attributiveCases = []findCase{
	{"kk деген with a title", []string{`«Қаржы жеткілікті» деген министр жобаның мерзімін айтты.`},
		[]want{{0, "Қаржы жеткілікті", "министр", "деген", false}}},
	{"kk деген with a title and a name", []string{`«Қаржы жеткілікті» деген Білім министрі Асқар Тұрғанов жобаның мерзімін айтты.`},
		[]want{{0, "Қаржы жеткілікті", "Білім министрі Асқар Тұрғанов", "деген", false}}},
	{"kk айтқан with a name", []string{`«Қаржы жеткілікті» деп айтқан Асқар Тұрғанов жобаның мерзімін атады.`},
		[]want{{0, "Қаржы жеткілікті", "Асқар Тұрғанов", "айтқан", false}}},
	{"kk деген before a common noun is a term", []string{`«Қаржы жеткілікті» деген сөзді жиі естиміз.`}, nil},
	{"kk дедім with the one spoken to", []string{`«Мен бұл шешімді қолдаймын» дедім мен оған.`},
		[]want{{0, "Мен бұл шешімді қолдаймын", "мен", "дедім", false}}},
}

func TestFindAttributive(t *testing.T) { runFindCases(t, attributiveCases) }
