package quote

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// markCases are quotations in the plain-text marks of wire and newspaper
// archives, and apostrophes that are no marks.
var markCases = []findCase{
	{"en ascii pair", []string{`''We may at last be seeing lower rents,'' the economist Mara Quinn said.`},
		[]want{{0, "We may at last be seeing lower rents,", "the economist Mara Quinn", "said", false}}},
	{"en ascii pair said X", []string{`''Good news for the town is bad news for them,'' said Hal Dorsey, a pollster.`},
		[]want{{0, "Good news for the town is bad news for them,", "Hal Dorsey", "said", false}}},
	{"en ascii pair before", []string{`Mr. Dorsey added, ''it gets harder for the rivals to attack.''`},
		[]want{{0, "it gets harder for the rivals to attack.", "Mr. Dorsey", "added", false}}},
	{"en ascii pair apostrophes inside", []string{`''That wasn't a fair way to run the vote,'' he complained to a reporter afterward.`},
		[]want{{0, "That wasn't a fair way to run the vote,", "he", "complained", false}}},
	{"en ascii nested single closing", []string{`''He told me 'no,' and left,'' Ms. White said.`},
		[]want{{0, "He told me 'no,' and left,", "Ms. White", "said", false}}},
	{"en ascii nested single closing together", []string{`''He told me 'we will never agree.''' Ms. White said.`},
		[]want{{0, "He told me 'we will never agree.'", "Ms. White", "said", false}}},
	{"en grave and apostrophe pair", []string{"``We are ready to vote,'' the senator said."},
		[]want{{0, "We are ready to vote,", "the senator", "said", false}}},
	{"en ascii multi-paragraph", []string{`''The first part of the statement goes here.`, `''And the last part ends it,'' the minister said.`},
		[]want{{0, "The first part of the statement goes here.\nAnd the last part ends it,", "the minister", "said", false}}},
	{"en ascii partial", []string{`He described the plan as ''a rigged economy'' on Sunday.`},
		[]want{{0, "a rigged economy", "He", "described", true}}},
	{"en ascii scare quote dropped", []string{`The so-called ''reforms'' changed nothing.`}, nil},
	{"en straight mark closed by a curly one", []string{`"It is only a start,” she said. “We have to do more."`},
		[]want{{0, "It is only a start,", "she", "said", false}, {0, "We have to do more.", "she", "said", false}}},
	{"en curly mark closed by a straight one", []string{`“We are ready to vote," the senator said.`},
		[]want{{0, "We are ready to vote,", "the senator", "said", false}}},
	{"en a quotation after a show's title that ended the sentence", []string{`"It was," Reyes said on Channel 5's "Morning Talk." "You do not have to be a perfect candidate."`},
		[]want{{0, "It was,", "Reyes", "said", false}, {0, "You do not have to be a perfect candidate.", "Reyes", "said", false}}},
	{"en a fragment left open runs into no paragraph after", []string{`Hale said the plan is “rather a vague idea to have.`, `“What we do here is vote,” Hale said.`},
		[]want{{1, "What we do here is vote,", "Hale", "said", false}}},
	{"ru one guillemet closes a nested and its outer quotation", []string{`Тренер признался: «Мы проиграли заслуженно, — сказал Иван Орлов. — Я говорил команде: «Играйте проще!»`},
		[]want{{0, "Мы проиграли заслуженно", "Иван Орлов", "сказал", false}, {0, "Я говорил команде: «Играйте проще!", "Иван Орлов", "сказал", false}}},
	{"ru near-miss: the outer quotation runs on after the nested one", []string{`Тренер признался: «Мы проиграли, и на табло горело «Конец игры» до утра`},
		nil},
	{"en plural possessive is no mark", []string{`The ministers' meeting ended, and the farmers' union left.`}, nil},
	{"en lone apostrophes are no marks", []string{`It's the workers' view, 'tis said, that rock 'n' roll won.`}, nil},
}

func TestFindMarks(t *testing.T) { runFindCases(t, markCases) }

func TestContextInWord(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"don’t", true},
		{"l’État", true},
		{"Қазақстан’ның", true},
		{"추억을 간직’하는", false}, // a Korean particle after the closing mark
		{"「東京’から", false},
		{"‘word’ here", false},
	}
	for _, tt := range tests {
		i := strings.LastIndex(tt.text, "’")
		if got := contextAt(tt.text, i, len("’")).inWord; got != tt.want {
			t.Errorf("contextAt(%q).inWord = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// Every mark beyond ASCII is written with 0xC2 or 0xE2 as its first
// byte, which scanMarks looks for.
func TestMarksLead(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if c := string(r)[0]; isMarkRune(r) && c != 0xC2 && c != 0xE2 {
			t.Errorf("the mark %U starts with %#x", r, c)
		}
	}
}
