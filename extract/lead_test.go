package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/model"
)

// TestLeadFromDescription checks when the first paragraph is the teaser the
// description repeats, in several languages, with near-misses.
func TestLeadFromDescription(t *testing.T) {
	const next = "Der zweite Absatz erzählt, was am Morgen geschah, und wer davon betroffen war."
	tests := []struct {
		name, desc, first string
		lead              string
		body              []string
	}{
		{"same text", "In Hamburg steht der Hafen still. Tausende warten auf Nachricht.", "In Hamburg steht der Hafen still. Tausende warten auf Nachricht.",
			"In Hamburg steht der Hafen still. Tausende warten auf Nachricht.", []string{next}},
		{"dateline before it", "In Hamburg steht der Hafen still. Tausende warten auf Nachricht.", "Hamburg. In Hamburg steht der Hafen still. Tausende warten auf Nachricht.",
			"Hamburg. In Hamburg steht der Hafen still. Tausende warten auf Nachricht.", []string{next}},
		{"cut with an ellipsis", "El Gobierno aprobó este martes el nuevo plan de vivienda para los jóvenes de…", "El Gobierno aprobó este martes el nuevo plan de vivienda para los jóvenes de toda España.",
			"El Gobierno aprobó este martes el nuevo plan de vivienda para los jóvenes de toda España.", []string{next}},
		{"near-miss: cut from a long paragraph", "The council adopted the water resolution on Tuesday after a debate",
			"The council adopted the water resolution on Tuesday after a debate that lasted most of the afternoon, and members said it would protect the river in the dry summers to come.",
			"", nil},
		{"near-miss: another text", "Une tribune sur la réforme des retraites et ses effets.", "Le gouvernement a présenté mardi son projet de réforme des retraites.", "", nil},
		{"near-miss: too short", "Live", "Live", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Meta: blocks.Meta{Description: tt.desc}}
			s := (&Extractor{}).newState(Source{}, d)
			s.a.Body = []string{tt.first, next}
			lead, took, _ := s.lead()
			body := s.a.Body
			if took >= 0 {
				body = slices.Delete(slices.Clone(body), took, took+1)
			}
			want := tt.body
			if tt.lead == "" {
				want = []string{tt.first, next}
			}
			if lead != tt.lead || !slices.Equal(body, want) {
				t.Errorf("lead %q, body %q; want %q, %q", lead, body, tt.lead, want)
			}
		})
	}
}

// TestTeaserAfterShortLines checks a teaser after the short lines of top
// matter the layout left in the body, and none after prose.
func TestTeaserAfterShortLines(t *testing.T) {
	const desc = "Das Schiff hat zehn Millionen Barrel Öl nach China transportiert und achtmal den Namen gewechselt."
	const text = "US-Streitkräfte haben im Nordatlantik einen Öltanker beschlagnahmt, der zuvor unter anderem Namen fuhr und Öl nach China brachte."
	for _, tt := range []struct {
		body []string
		lead string
	}{
		{[]string{"USA stoppen Schattentanker", "Aktualisiert am 07.01.2026 - 18:50 Uhr", desc, text}, desc},
		{[]string{text + " " + text, desc, text}, ""},
	} {
		d := &blocks.Document{Meta: blocks.Meta{Description: desc}}
		s := (&Extractor{}).newState(Source{}, d)
		s.a.Body = tt.body
		if lead, _, _ := s.lead(); lead != tt.lead {
			t.Errorf("lead of %q = %q, want %q", tt.body, lead, tt.lead)
		}
	}
}

// TestLeadInHeader checks a standfirst the layout took for furniture above
// the body, which the description repeats, with near-misses: furniture
// after the body starts, furniture the description does not repeat.
func TestLeadInHeader(t *testing.T) {
	const desc = "El Ayuntamiento ampliará el horario de las bibliotecas mientras estudia abrir dos salas nuevas."
	const text = "La concejala presentó este martes el plan, que el pleno votará a finales de mes tras escuchar a los vecinos."
	const more = "Los vecinos piden además más puestos de lectura en los barrios del norte."
	furniture := func(s string) blocks.Block { return blocks.Block{Text: s, Role: blocks.Boilerplate} }
	paragraph := blocks.Block{Text: text, Role: blocks.Paragraph}
	for _, tt := range []struct {
		name   string
		blocks []blocks.Block
		lead   string
		source string
	}{
		{"above the body", []blocks.Block{furniture("Portada"), furniture(desc), paragraph}, desc, model.LeadHeader},
		{"near-miss: after the body starts", []blocks.Block{paragraph, furniture(desc)}, "", ""},
		{"near-miss: another text", []blocks.Block{furniture("Los vecinos debaten el plan en el centro cívico esta semana."), paragraph}, "", ""},
		{"the longer standfirst a cut description begins", []blocks.Block{furniture(desc + " " + more), paragraph}, desc + " " + more, model.LeadHeader},
		{"near-miss: the longer one, the description not cut", []blocks.Block{furniture(desc + " " + more), paragraph}, "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Blocks: tt.blocks, Meta: blocks.Meta{Description: desc}}
			if strings.HasPrefix(tt.name, "the longer") {
				d.Meta.Description = desc[:60] + "..."
			}
			s := (&Extractor{}).newState(Source{}, d)
			s.a.Body = []string{text, text}
			if lead, took, source := s.lead(); lead != tt.lead || source != tt.source || took != -1 {
				t.Errorf("lead %q from %q (took %d), want %q from %q", lead, source, took, tt.lead, tt.source)
			}
		})
	}
}

// TestLeadNotTitle checks that the headline printed above the body is no
// standfirst when the description begins with it, the page's headline
// block aside (a logo took its place).
func TestLeadNotTitle(t *testing.T) {
	const title = "Las bibliotecas municipales abrirán también los domingos por la tarde desde junio"
	const text = "La concejala presentó este martes el plan, que el pleno votará a finales de mes tras escuchar a los vecinos."
	d := &blocks.Document{
		Blocks: []blocks.Block{{Text: title, Role: blocks.Boilerplate}, {Text: text, Role: blocks.Paragraph}},
		Meta:   blocks.Meta{Description: title + ", el Ayuntamiento ampliará el horario de las biblio..."},
	}
	s := (&Extractor{}).newState(Source{}, d)
	s.a.Title, s.a.Body = title, []string{text, text}
	if lead, _, source := s.lead(); lead != "" {
		t.Errorf("lead %q from %q, want none", lead, source)
	}
}

// TestLeadSource checks where each kind of standfirst is said to come from.
func TestLeadSource(t *testing.T) {
	const desc = "In Hamburg steht der Hafen still. Tausende warten auf Nachricht."
	const next = "Der zweite Absatz erzählt, was am Morgen geschah, und wer davon betroffen war."
	for _, tt := range []struct {
		name   string
		blocks []blocks.Block
		body   []string
		want   string
	}{
		{"marked", []blocks.Block{{Text: "Der Hafen steht still.", Role: blocks.Lead}}, []string{next}, model.LeadMarked},
		{"opening", nil, []string{desc, next}, model.LeadOpening},
		{"description", nil, nil, model.LeadDescription},
		{"none", nil, []string{next, next}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Blocks: tt.blocks, Meta: blocks.Meta{Description: desc}}
			s := (&Extractor{}).newState(Source{}, d)
			s.a.Body = tt.body
			if _, _, source := s.lead(); source != tt.want {
				t.Errorf("source %q, want %q", source, tt.want)
			}
		})
	}
}

// TestLeadUnderHeadline checks the standfirst told by its place: the first
// text under the headline, before the body, that the layout set in the
// header, with near-misses.
func TestLeadUnderHeadline(t *testing.T) {
	const (
		headline = "Hafenstreik in Hamburg: Tausende Container stehen still"
		first    = "Seit Montag ruht die Arbeit an den Terminals, und die Reedereien leiten ihre Schiffe nach Bremerhaven um."
		second   = "Die Gewerkschaft fordert mehr Lohn für die Hafenarbeiter, die Betreiber verweisen auf die hohen Kosten der Container."
		teaser   = "Der Streik im Hafen trifft die Container der Reedereien. Was Hamburg jetzt droht."
	)
	b := func(role blocks.Role, text string) blocks.Block { return blocks.Block{Role: role, Text: text} }
	tests := []struct {
		name   string
		header []blocks.Block
		want   string
	}{
		{"right under the headline", []blocks.Block{b(blocks.Boilerplate, teaser)}, teaser},
		{"past a kicker and a dateline", []blocks.Block{b(blocks.Boilerplate, "Arbeitskampf"), b(blocks.Dateline, "12.05.2026, 10:15 Uhr"), b(blocks.Boilerplate, teaser)}, teaser},
		{"a long line without a full stop", []blocks.Block{b(blocks.Boilerplate, "Der Streik im Hafen trifft die Container der Reedereien und zeigt was Hamburg jetzt droht wenn die Gespräche scheitern")},
			"Der Streik im Hafen trifft die Container der Reedereien und zeigt was Hamburg jetzt droht wenn die Gespräche scheitern"},
		{"a short line right under it", []blocks.Block{b(blocks.Boilerplate, "Die Reedereien leiten ihre Container nach Bremerhaven um")}, "Die Reedereien leiten ihre Container nach Bremerhaven um"},
		{"near-miss: a short line under a dateline", []blocks.Block{b(blocks.Dateline, "12.05.2026"), b(blocks.Boilerplate, "Die Reedereien leiten ihre Container nach Bremerhaven um")}, ""},
		{"near-miss: a notice of the site", []blocks.Block{b(blocks.Boilerplate, "Folgen Sie uns jetzt auch auf unserem neuen Kanal, damit Sie nichts verpassen.")}, ""},
		{"near-miss: a trail of links", []blocks.Block{b(blocks.Boilerplate, "Startseite » Hamburg » Hafen » Container » Streik der Hafenarbeiter im Hafen")}, ""},
		{"near-miss: the body's first paragraph", []blocks.Block{b(blocks.Boilerplate, first)}, ""},
		{"near-miss: a short line", []blocks.Block{b(blocks.Boilerplate, "Container im Hafen.")}, ""},
		{"past a caption with its credit", []blocks.Block{b(blocks.Boilerplate, "Container im Hafen von Hamburg am Montagmorgen, als die Arbeit an den Terminals ruhte (Foto: Jane Roe/dpa)"), b(blocks.Boilerplate, teaser)}, teaser},
		{"past a second headline with a kicker", []blocks.Block{b(blocks.Boilerplate, "Streik im Hafen: Reedereien leiten Schiffe nach Bremerhaven um"), b(blocks.Boilerplate, teaser)}, teaser},
		{"near-miss: other text first", []blocks.Block{b(blocks.Boilerplate, "Lesen Sie auch die anderen Artikel unserer Serie über die Häfen an der Nordsee und ihre Geschichte"), b(blocks.Boilerplate, teaser)}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Blocks: append(append([]blocks.Block{b(blocks.Headline, headline)}, tt.header...), b(blocks.Paragraph, first), b(blocks.Paragraph, second))}
			if tt.want != "" {
				d.Meta.Description = first // the standfirst wins over the opening the description repeats
			}
			s := (&Extractor{}).newState(Source{}, d)
			s.a.Title, s.a.Body = headline, []string{first, second}
			lead, took, source := s.lead()
			if lead != tt.want || took != -1 || lead != "" && source != model.LeadHeader {
				t.Errorf("lead = %q, %d, %q; want %q, -1, header", lead, took, source, tt.want)
			}
		})
	}
}

// TestMarkedLead checks that a block marked as the lead is the standfirst
// before the body's text, and not after a paragraph of it.
// The standfirst is read under the furniture that prints the title when
// the layout marked the page's <title> as the headline, and not under a
// list of other stories that names it.
func TestLeadUnderPrintedTitle(t *testing.T) {
	const (
		title  = "Hafenstreik in Hamburg: Tausende Container stehen still"
		first  = "Seit Montag ruht die Arbeit an den Terminals, und die Reedereien leiten ihre Schiffe nach Bremerhaven um."
		second = "Die Gewerkschaft fordert mehr Lohn für die Hafenarbeiter, die Betreiber verweisen auf die hohen Kosten der Container."
		teaser = "Der Streik im Hafen trifft die Container der Reedereien. Was Hamburg jetzt droht."
	)
	b := func(role blocks.Role, text string) blocks.Block { return blocks.Block{Role: role, Text: text} }
	for _, tt := range []struct {
		name  string
		shown blocks.Role
		want  string
	}{
		{"under furniture", blocks.Boilerplate, teaser},
		{"near-miss: under a byline's list of stories", blocks.Byline, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Blocks: []blocks.Block{
				b(blocks.Headline, title+" | Hafenblatt"), b(blocks.Boilerplate, "Startseite"), b(blocks.Boilerplate, "Politik"), b(blocks.Boilerplate, "Wirtschaft"),
				b(tt.shown, title), b(blocks.Dateline, "12.05.2026"), b(blocks.Boilerplate, "Lesezeit: 2 Min."),
				b(blocks.Boilerplate, teaser), b(blocks.Paragraph, first), b(blocks.Paragraph, second),
			}}
			s := (&Extractor{}).newState(Source{}, d)
			s.a.Title, s.a.Body = title, []string{first, second}
			if lead, _, _ := s.lead(); lead != tt.want {
				t.Errorf("lead = %q, want %q", lead, tt.want)
			}
		})
	}
}

func TestMarkedLead(t *testing.T) {
	const standfirst = "Die Stadt erweitert die Öffnungszeiten ihrer Bibliotheken und prüft zwei neue Säle."
	b := func(role blocks.Role, text string) blocks.Block { return blocks.Block{Role: role, Text: text} }
	para := b(blocks.Paragraph, "Die Stadträtin stellte den Plan am Dienstag vor, der Rat stimmt Ende des Monats ab.")
	for _, tt := range []struct {
		name   string
		blocks []blocks.Block
		want   string
	}{
		{"before the body", []blocks.Block{b(blocks.Headline, "Bibliotheken länger offen"), b(blocks.Lead, standfirst), para}, standfirst},
		{"past a byline", []blocks.Block{b(blocks.Byline, "Von Jana Roth"), b(blocks.Lead, standfirst), para}, standfirst},
		{"in lines", []blocks.Block{b(blocks.Lead, standfirst), b(blocks.Lead, "Der Rat stimmt Ende Mai ab."), para}, standfirst + "\nDer Rat stimmt Ende Mai ab."},
		{"near-miss: lines apart", []blocks.Block{b(blocks.Lead, standfirst), b(blocks.Caption, "Foto: Stadt"), b(blocks.Lead, "Der Rat stimmt Ende Mai ab."), para}, standfirst},
		{"near-miss: a biography under a byline in the text", []blocks.Block{para, b(blocks.Byline, "Jana Roth"), b(blocks.Lead, "Redakteurin im Ressort Stadt, zuständig für Kultur und Bildung.")}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := (&Extractor{}).newState(Source{}, &blocks.Document{Blocks: tt.blocks})
			if got, _ := s.markedLead(); got != tt.want {
				t.Errorf("markedLead = %q, want %q", got, tt.want)
			}
		})
	}
}

// Blocks marked as the lead that follow a standfirst printed right under
// the headline, past the byline, are the opening of the text set in the
// lead's style: the standfirst is the lead and they are the body's.
func TestOpeningMarkedLead(t *testing.T) {
	const (
		headline = "Storms threaten the central states through Saturday"
		dek      = "Strong storms are possible across the central states both Friday and Saturday"
		opening  = "Friday marks the second day of a run of severe storms across the central states, with strong winds."
		text     = "Forecasters expect the storms to reach the Great Lakes by Saturday evening, with hail in places."
	)
	b := func(role blocks.Role, text string) blocks.Block { return blocks.Block{Role: role, Text: text} }
	for _, tt := range []struct {
		name  string
		top   []blocks.Block
		lead  string
		first string
	}{
		{"after the standfirst and the byline", []blocks.Block{b(blocks.Boilerplate, dek), b(blocks.Byline, "By Jane Roe"), b(blocks.Lead, opening)}, dek, opening},
		{"near-miss: right under the headline", []blocks.Block{b(blocks.Lead, opening), b(blocks.Boilerplate, dek), b(blocks.Byline, "By Jane Roe")}, opening, text},
		{"near-miss: no standfirst before it", []blocks.Block{b(blocks.Byline, "By Jane Roe"), b(blocks.Lead, opening)}, opening, text},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bs := append([]blocks.Block{b(blocks.Headline, headline)}, tt.top...)
			d := &blocks.Document{Blocks: append(bs, b(blocks.Paragraph, text), b(blocks.Paragraph, text))}
			a := (&Extractor{}).newState(Source{}, d).article()
			if a.Lead != tt.lead || len(a.Body) == 0 || a.Body[0] != tt.first {
				t.Errorf("lead %q, body %q; want %q, then %q", a.Lead, a.Body, tt.lead, tt.first)
			}
		})
	}
}
