package quote

// Quote is a quotation found in a sequence of paragraphs.
type Quote struct {
	// Text is the quoted speech without its marks; a quotation over
	// several paragraphs has them joined by "\n".
	Text string
	// Speaker is who the quotation is attributed to, as written ("the
	// message", "The Ministry", "Foreign Minister Kairat Abdrakhmanov"). A
	// pronoun is resolved to the most recent named person when that is
	// unambiguous and kept otherwise; Speaker is "" when the quotation is
	// unattributed.
	Speaker string
	// Cue is the verb of the attribution in lower case ("says", "noted",
	// "сказал", "атап өтті"); "" when there is none.
	Cue string
	// Partial marks an attributed fragment quoted inside a sentence of the
	// writer's own: called the deal “horrible, one-sided”.
	Partial bool
	// Paragraph is the index of the paragraph where the quotation starts.
	Paragraph int
	// Start and End are the byte offsets of the quotation's text, without
	// its marks, in its paragraph. For a quotation over several
	// paragraphs, End is the end of its part in the first one.
	Start, End int
	// SpeakerParagraph is the index of the paragraph where the speaker is
	// named, and SpeakerStart and SpeakerEnd are the byte offsets of that
	// mention in it: the words of the attribution, or, for a pronoun
	// resolved or a speaker carried over from the quotation before, the
	// mention of the person it stands for. All three are 0 when Speaker
	// is "".
	SpeakerParagraph, SpeakerStart, SpeakerEnd int
}

// at returns q with the speaker and where it is named taken from a.
func (q Quote) at(a attribution) Quote {
	q.Speaker = a.speaker
	if a.speaker != "" {
		q.SpeakerParagraph, q.SpeakerStart, q.SpeakerEnd = a.at.para, a.at.start, a.at.end
	}
	return q
}

// mentionAt is where a speaker is named: a paragraph and byte offsets in it.
type mentionAt struct {
	para, start, end int
}

// Para is one paragraph of text.
type Para struct {
	// Text is the paragraph's text.
	Text string
	// Block marks a paragraph that is a quotation as a whole, such as an
	// HTML blockquote, written without quote marks.
	Block bool
}

// Find returns the quotations in paragraphs, in order of appearance.
func Find(paragraphs []string) []Quote {
	ps := make([]Para, len(paragraphs))
	for i, p := range paragraphs {
		ps[i].Text = p
	}
	return FindParas(ps)
}

// FindParas returns the quotations in paragraphs, in order of
// appearance, reading paragraphs marked Block as quotations.
func FindParas(paragraphs []Para) []Quote {
	x := newExtractor(paragraphs)
	x.run()
	return x.finish()
}
