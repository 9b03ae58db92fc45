package names

import "testing"

// precisionTests are the titles and roles left out of a name, the
// places, rooms and countries that are no person or organisation, and
// the people a role or a patronymic tells, each with near misses.
var precisionTests = []findCase{
	// A role at the start of a run is no part of the name.
	{"role left out", []string{"Coordinator Priya Raman said the bank helps."}, "per:Priya Raman=Priya Raman"},
	{"religious role left out", []string{"Rabbi Marvin Hier spoke."}, "per:Marvin Hier=Marvin Hier"},
	// The Arabic article joined to a name is part of it, and the name
	// alone stands for the person.
	{"arabic article", []string{"“We will stay,” said President Kamal al-Rashid. Rashid left."},
		"per:Kamal al-Rashid=Kamal al-Rashid|Rashid"},
	{"lower-case word with a hyphen", []string{"Then Kamal al-rashid met at-risk Voters."}, ""},
	// A company's head noun makes the name before it no person's.
	{"company head", []string{"The series was made by Tom Hale Productions and sold to Orr Pharmaceuticals."},
		"org:Tom Hale Productions=Tom Hale Productions; org:Orr Pharmaceuticals=Orr Pharmaceuticals"},
	// A given name that is also a common word (Star, Web) tells nothing
	// alone; a verb of speech or a surname standing alone still does.
	{"common word as given name", []string{"Fans of Star Fleet lined up for the Web Desk demo."}, ""},
	{"common given name speaks", []string{"Chip Orr said the line was long."}, "per:Chip Orr=Chip Orr"},
	{"common given name after said", []string{"“It was long,” said Chip Orr."}, "per:Chip Orr=Chip Orr"},
	{"common given name, surname alone", []string{"We met Chip Orr in town.", "Orr left early."}, "per:Chip Orr=Chip Orr|Orr"},
	{"plain given name", []string{"We met Bill Orr in town."}, "per:Bill Orr=Bill Orr"},
	{"family name first", []string{"We met Xi Jinping in town."}, "per:Xi Jinping=Xi Jinping"},
	{"told names the one spoken to", []string{"“It was long,” a guard told Harbour Daily."}, ""},
	// A relative "who" or a role a few words after a name's comma tells a
	// person; a participle's phrase, a people's plural and an acronym do not.
	{"who after a name", []string{"We met Ilse Varkon, who was at the rally."}, "per:Ilse Varkon=Ilse Varkon"},
	{"who after a people's plural", []string{"We met Asian Americans, who voted early."}, ""},
	{"role after a longer apposition", []string{"We met Ilse Varkon, a donor and president of the club."}, "per:Ilse Varkon=Ilse Varkon"},
	{"participle before a role", []string{"We met Harbour Alternative, launched by its president."}, ""},
	{"short name as a surname", []string{"We met Ian Gallup in town. Gallup reported it."},
		"per:Ian Gallup=Ian Gallup; org:Gallup=Gallup"},
	// An age after the comma tells a person; so does an occupation before
	// a name of two words, not of one.
	{"age after a name", []string{"Ilse Varkon, 34, joined the march."}, "per:Ilse Varkon=Ilse Varkon"},
	{"number between commas after a body", []string{"In Harbour Bank, 34, were hired."}, "org:Harbour Bank=Harbour Bank"},
	{"occupation before a name", []string{"The blogger Ilse Varkon wrote it."}, "per:Ilse Varkon=Ilse Varkon"},
	{"occupation before one word", []string{"A lifeline from investor Harbourbank arrived."}, ""},
	// Words for places, months and connectors that are also names.
	{"place's word as a surname", []string{"We met Fiona West, the envoy."}, "per:Fiona West=Fiona West"},
	{"place's word in a street's name", []string{"We met on Kentish Street today."}, ""},
	{"month as a given name", []string{"We met former governor Jan Orrell today."}, "per:Jan Orrell=Jan Orrell"},
	{"month as a date", []string{"We met in Jan 2016 after May Orrell left."}, ""},
	{"month after a given name", []string{"The columnist Wu Jun wrote it."}, "per:Wu Jun=Wu Jun"},
	{"connector as a given name", []string{"We met Sen. Al Orrell today."}, "per:Al Orrell=Al Orrell"},
	// Places' words end a name, and the name after "New" is a place's or
	// a team's; words glued together by a page's widgets are no name.
	{"new before a place's name", []string{"Fans of the New Kendal Jets came. New Kendal Rovers fans too."}, ""},
	{"place's word after a given name", []string{"The ships sank in Kendal Harbor and Orr Prison held him."}, ""},
	{"glued widget labels", []string{"By Ilse VarkonShareReplyMoreAnn Orr today."}, ""},
	{"one capital inside a name", []string{"We met Ilse McVarkon today, and McVarkon left."}, "per:Ilse McVarkon=Ilse McVarkon|McVarkon"},
	{"product's word", []string{"The new Harbour Pro and the Ilse Edition sold out."}, ""},
	// The field of a title is no part of the name after it.
	{"chief of staff", []string{"She met Chief of Staff Ann Orr and Deputy Chief of Staff Tom Hale."},
		"per:Ann Orr=Ann Orr; per:Tom Hale=Tom Hale"},
	{"titles in the plural", []string{"The rule binds the Deputy Secretaries and the Under Secretaries."}, ""},
	{"acronyms of parties and groups", []string{"The GOP and the NRA met."}, "org:GOP[GOP]=GOP; org:NRA[NRA]=NRA"},
	// A saint's or a fort's word opens a place's name.
	{"saint's place", []string{"The lab in São Bento dos Lagos opened. So did one in Santa Maria Novella."}, ""},
	{"given name after the place", []string{"The lab in San Marino opened. Maria Novella said so."}, "per:Maria Novella=Maria Novella"},
	{"role before one word kept", []string{"Imam Malik taught."}, ""},
	{"role before no name", []string{"The Teacher Retirement System of Texas invests."}, ""},

	// A role in lower case before a name, or before a comma and a name
	// that ends the clause, makes it a person's.
	{"role in lower case", []string{"“Not now,” said councillor Amira Haddad, who chairs the panel."},
		"per:Amira Haddad=Amira Haddad"},
	{"role and comma", []string{"“It is full,” said the company’s operations director, Carys Bevan."},
		"per:Carys Bevan=Carys Bevan"},
	{"role and comma, one word", []string{"It angered his father, Rafael, who fled Cuba."}, ""},
	{"role and comma, name goes on", []string{"said David Kershaw, division vice president, Nissan Sales & Regional Operations."},
		"per:David Kershaw=David Kershaw"},
	{"initial A", []string{"Police arrested Elizabeth A. Burton, 32, on Monday."}, "per:Elizabeth A. Burton=Elizabeth A. Burton"},
	{"letter A ends the sentence", []string{"Voters chose Path A. Then they left."}, ""},

	// A title that is also a family name ends a name after a given name.
	{"title as surname", []string{"Martin Luther King said so. Billionaire Paul Singer agreed."},
		"per:Martin Luther King=Martin Luther King; per:Paul Singer=Paul Singer"},
	{"title after a name", []string{"The Art Director met Frances Miller Chair of the board."}, "per:Frances Miller=Frances Miller"},

	// Places, rooms and countries.
	{"town", []string{"The ferry between Caerlan and Port Elwyn will sail again from 2 April."}, ""},
	{"town in a headline", []string{"Night ferry to Port Elwyn returns after two-year pause"}, ""},
	{"ru adjective after a title", []string{"Директор Ассинской обсерватории рассказал о телескопе."}, ""},
	{"ru surname after a title", []string{"У директора Вишневской спросили о планах."}, "per:Вишневской=Вишневской"},
	{"title's field", []string{"the Under-Secretary-General for Disarmament Affairs said so."}, ""},
	{"name after the title's field", []string{"Under-Secretary-General for Disarmament Affairs Izumi Nakamitsu said so."},
		"per:Izumi Nakamitsu=Izumi Nakamitsu"},
	{"one word after the title's field", []string{"Minister for Foreign Affairs Ahmed said so."}, ""},
	{"office's field", []string{"The Office for Disarmament Affairs said so."},
		"org:Office for Disarmament Affairs=Office for Disarmament Affairs"},
	{"room", []string{"They met in the United Nations Security Council Chamber today."},
		"org:United Nations Security Council=United Nations Security Council"},
	{"room alone", []string{"The Council Chamber was full."}, ""},
	{"chamber of", []string{"The Chamber of Commerce met."}, "org:Chamber of Commerce=Chamber of Commerce"},
	{"country", []string{"Also speaking were the Russian Federation and the Republic of Korea."}, ""},
	{"federation", []string{"The Football Federation of Kazakhstan met."},
		"org:Football Federation of Kazakhstan=Football Federation of Kazakhstan"},

	// A given name and a patronymic name the one person of that given
	// name, when there is one.
	{"ru name and patronymic", []string{"Мы поговорили с директором Маратом Жумабаевым.", "— Марат Серикович, когда начнете?"},
		"per:Марат Жумабаев=Маратом Жумабаевым|Марат Серикович"},
	{"ru name and patronymic, two of the name", []string{"Марат Жумабаев и Марат Оспанов пришли.", "— Марат Серикович, когда начнете?"},
		"per:Марат Жумабаев=Марат Жумабаев; per:Марат Оспанов=Марат Оспанов; per:Марат Серикович=Марат Серикович"},
	{"ru name and patronymic, another name", []string{"Мы поговорили с Маратом Жумабаевым.", "— Ержан Серикович, когда начнете?"},
		"per:Марат Жумабаев=Маратом Жумабаевым; per:Ержан Серикович=Ержан Серикович"},
}

func TestFindPrecision(t *testing.T) { runFind(t, precisionTests) }
