package country

import "testing"

// falseFriendTests are texts whose country words do not name the country,
// each with a near miss where the same word does.
// textCase is one text and the mentions Find should give, rendered.
type textCase struct {
	name, text, want string
}

var falseFriendTests = []textCase{
	// US context.
	{"dateline Georgia man", "ATLANTA - Police are investigating a Georgia man's death.", ""},
	{"dateline city state", "SAVANNAH, Ga. — A Georgia woman won the lottery.", ""},
	{"Georgia after states", "Voters in Ohio and Texas went to the polls. In Georgia, turnout was high.", ""},
	{"Georgia country kept", "Georgia's president met officials in Tbilisi.", "GE:Georgia"},
	{"Georgia country US cue", "Senators from Texas and Ohio met Georgia's president in Tbilisi.", "GE:Georgia"},
	{"Georgian country", "The Georgian government protested to Moscow.", "GE:Georgian"},
	{"Palestine Texas", "PALESTINE, Texas - The Palestine City Council met Monday. Palestine police said", ""},
	{"Lebanon Ohio", "The fair in Lebanon, Ohio, opens Friday. Lebanon officials expect crowds.", ""},
	{"Lebanon Pa", "LEBANON, Pa. - Lebanon County commissioners voted.", ""},
	{"Lebanon country", "Israel and Lebanon agreed to talks.", "IL:Israel|LB:Lebanon"},
	{"Guernsey County", "Guernsey County deputies responded.", ""},
	{"Guernsey island", "Guernsey and Jersey are Crown dependencies.", "GG:Guernsey|JE:Jersey"},
	{"Peru Indiana", "PERU, Ind. - A Peru man was arrested.", ""},
	{"Mexico Missouri", "The plant in Mexico, Mo., closed. Mexico residents protested.", ""},
	{"Mexico country", "Mexico and Canada signed the deal.", "MX:Mexico|CA:Canada"},
	{"Jordan Township", "Jordan Township supervisors met.", ""},

	// Languages.
	{"spoke French", "He spoke only French and Farsi.", ""},
	{"speaks list", "She speaks English, German and Russian fluently.", ""},
	{"in French", "The book was translated into French.", ""},
	{"French language", "a French language school", ""},
	{"French-speaking", "French-speaking voters", ""},
	{"French people kept", "French troops left Mali.", "FR:French|ML:Mali"},
	{"ru language", "Он говорил на французском языке.", ""},
	{"ru language kept", "Французский посол прибыл.", "FR:Французский"},
	{"kk language", "Ол қазақ тілінде сөйледі.", ""},

	// People and brands.
	{"reporter Bill Holland", "said reporter Bill Holland of the paper", ""},
	{"Holland kept", "Holland and Belgium", "NL:Holland|BE:Belgium"},
	{"Iceland supermarket", "Iceland have announced they will be stocking the new range.", ""},
	{"Iceland stores", "Iceland stores will close early.", ""},
	{"Iceland kept", "Iceland has announced new elections.", "IS:Iceland"},
	{"Michael Jordan long", "Fans in Chicago still remember how Michael Jordan won six titles with the Bulls.", ""},
	{"Jordan after Michael Jordan", "Michael Jordan retired. Jordan said he was tired.", ""},
	{"Jordan said he", "Jordan said he would retire.", ""},
	{"Jordan said it", "Jordan said it would close the border.", "JO:Jordan"},
	{"quote Chad said", "“We won,” Chad said.", ""},
	{"Chad said it", "Chad said it would send troops.", "TD:Chad"},
	{"President Chad Johnson", "President Chad Johnson opened the meeting.", ""},
	{"given name after a title", "Defence Minister Israel Katz spoke. Israel will keep its troops there.", "IL:Israel"},
	{"near-miss: family name after a title", "Coach Ann Jordan spoke. Jordan said she was proud.", ""},
	{"after an initial", "The studio cast Michael B. Jordan in the film.", ""},
	{"near-miss: a sentence ending in an initial", "He chose option B. Jordan said it would reply.", "JO:Jordan"},
	{"after an acronym", "Many GOP Israel supporters came. Israel sent its envoy.", "IL:Israel"},
	{"after an opening quote", "He added, “So Israel should talk.” Israel sent its envoy.", "IL:Israel|IL:Israel"},
	{"a region of the country", "Smog covers North India. India has closed its schools.", "IN:India|IN:India"},
	{"King of Jordan", "King Abdullah of Jordan arrived.", "JO:Jordan"},

	// Words that only look like countries.
	{"Turkey dinner", "Turkey dinner costs more this year.", ""},
	{"Turkey prices", "Turkey prices rose before Thanksgiving.", ""},
	{"Turkey kept", "Turkey said it would veto.", "TR:Turkey"},
	{"fine China", "a set of fine China plates", ""},
	{"China kept", "China's exports grew.", "CN:China"},
	{"Panama hat", "He wore a Panama hat.", ""},
	{"Panama kept", "Panama and Colombia", "PA:Panama|CO:Colombia"},
	{"Chile con carne", "Chile con carne was served.", ""},
	{"Chile kept", "Chile elected a president.", "CL:Chile"},
	{"Mali Beach", "Mali Beach was closed.", ""},
	{"British Columbia", "Victoria, British Columbia", ""},
	{"British kept", "British troops", "GB:British"},

	// Forms found.
	{"Korean", "Korean exports fell.", "KR:Korean"},
	{"North Korean", "North Korean missiles", "KP:North Korean"},
	{"Soviet Union", "the Soviet Union collapsed", "SU:Soviet Union"},
	{"USSR", "the USSR and the U.S.S.R.", "SU:USSR|SU:U.S.S.R."},
	{"ru Soviet", "распад Советского Союза и СССР", "SU:Советского Союза|SU:СССР"},
	{"Niger Delta", "oil spills in the Niger Delta", "NG:Niger Delta"},
	{"Niger river", "the River Niger", ""},
}

func TestFalseFriends(t *testing.T) { runTexts(t, falseFriendTests) }

// runTexts checks Find on each case.
func runTexts(t *testing.T, cases []textCase) {
	t.Helper()
	for _, tt := range cases {
		if got := mentions(Find(tt.text)); got != tt.want {
			t.Errorf("%s: Find(%q) = %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}

// moreFalseFriendTests are near misses of the rules above, both ways.
var moreFalseFriendTests = []textCase{
	{"UN New York not US context", "At UN headquarters in New York, Georgia's envoy spoke. New York hosted the talks.", "GE:Georgia"},
	{"one state not US context", "Georgia and Texas signed a memorandum on wine.", ""},
	{"Georgia Tbilisi with dateline", "ATLANTA - A delegation from Tbilisi said Georgia wants closer ties.", "GE:Georgia"},
	{"Georgians in US context", "ATLANTA - Georgians vote on Tuesday.", ""},
	{"Georgians abroad", "Georgians protested in Tbilisi.", "GE:Georgians"},
	{"French into territory", "troops moved into French territory", "FR:French"},
	{"in French politics", "a scandal in French politics", "FR:French"},
	{"in French comma", "In French, the word means peace.", ""},
	{"ru Russian embassy", "российское посольство", "RU:российское"},
	{"Jordan stays after Peterson", "Jordan Peterson spoke. Jordan said it would open the border.", "JO:Jordan"},
	{"Lebanon sticky only for town", "LEBANON, Ohio - Officials met. Lebanese food was served.", "LB:Lebanese"},
	{"Iceland fleet", "Iceland said its fishing fleet would stay.", "IS:Iceland"},
	{"county before", "County Cork and Ireland", "IE:Ireland"},
	{"places and things", "Canada geese in New Britain and the French Quarter, a Dutch oven at Mexico Beach", ""},
	{"Canada kept", "Canada and the US", "CA:Canada|US:US"},
	{"ru languages list", "на французском и немецком языках", ""},
	{"ru adjective kept", "французская и немецкая делегации", "FR:французская|DE:немецкая"},
	{"ru language after country", "Посол Франции говорил на немецком языке.", "FR:Франции"},
	{"kk language", "Ол ағылшын және француз тілдерінде сөйлейді.", ""},
	{"kk country kept", "Қытай мен Ресей келісті.", "CN:Қытай|RU:Ресей"},
	{"en list of speakers", "French and German speakers", ""},
}

func TestMoreFalseFriends(t *testing.T) { runTexts(t, moreFalseFriendTests) }
