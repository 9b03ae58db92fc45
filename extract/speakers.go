package extract

import (
	"slices"

	"github.com/newsextract/newsextract/model"
)

// linkSpeakers gives each quote whose speaker's mention overlaps a mention
// of a person or an organisation that entity's name.
func linkSpeakers(a *model.Article) {
	entities := slices.Concat(a.People, a.Organizations)
	for i := range a.Quotes {
		q := &a.Quotes[i]
		if q.SpeakerAt == nil {
			continue
		}
		for _, e := range entities {
			if slices.ContainsFunc(e.At, func(m model.Location) bool { return overlaps(m, *q.SpeakerAt) }) {
				q.SpeakerEntity = e.Name
				break
			}
		}
	}
}

// overlaps reports whether two locations share a byte of one string.
func overlaps(a, b model.Location) bool {
	return a.Field == b.Field && a.Paragraph == b.Paragraph && a.Start < b.End && b.Start < a.End
}

// namedSpeakers keeps, of each quote's speaker, only the person it names:
// the first person's mention inside the speaker's words becomes the
// speaker ("Die Bauleiterin Jana Wolff" gives "Jana Wolff"), and a
// speaker naming no person is dropped. It is for articles in a
// language whose cue verbs and word order the quote rules do not know,
// where the words before a colon or a quotation are as often a phrase of
// the writer's ("Neben der Studie") as a speaker.
func namedSpeakers(a *model.Article) {
	for i := range a.Quotes {
		q := &a.Quotes[i]
		if q.SpeakerAt == nil {
			continue
		}
		q.Speaker, q.SpeakerEntity = "", ""
		at := *q.SpeakerAt
		q.SpeakerAt = nil
		for _, e := range a.People {
			for _, m := range e.At {
				if within(m, at) && (q.SpeakerAt == nil || m.Start < q.SpeakerAt.Start) {
					q.Speaker, q.SpeakerAt, q.SpeakerEntity = m.Text, &m, e.Name
				}
			}
		}
	}
}

// within reports whether the location m lies inside the location at.
func within(m, at model.Location) bool {
	return m.Field == at.Field && m.Paragraph == at.Paragraph && m.Start >= at.Start && m.End <= at.End
}
