// Package quote finds quotations and their speakers in news text in
// English, Russian and Kazakh.
//
// [Find] reads a sequence of paragraphs and returns each quotation with
// its text, the speaker and cue verb of its attribution, and where its
// text lies. [FindParas] does the same for paragraphs some of which are
// block quotations written without marks.
//
// # Marks
//
// Quotations are set off by “…” (with ‘…’ inside), ‘…’ (with “…” inside),
// straight "…", «…» (with „…“ or “…” inside), „…“ and ‹…›. An apostrophe
// inside a word (Kazakhstan’s, don’t) is never a mark. Marks are paired in
// one pass over each paragraph with a bounded stack, and a mark that
// closes nothing, or opens what never closes, is set aside without taking
// the quotations after it along: a quotation never runs past its paragraph
// unless the paragraphs after it continue it, either in the English habit
// (each paragraph opens with the mark again, only the last one closes) or
// in the Russian one (the paragraphs in between carry no marks, the last
// one closes). Russian and Kazakh dialogue is read too: «…», — сказал он,
// an author's remark set into speech, «Q1, — отметил X, — Q2», and
// interview turns that open with a dash.
//
// # Speakers
//
// The attribution is read next to the quotation: after it (“Q,” X said;
// “Q,” said X, title; “Q.” Says the message; «Q», — сказал X; «Q» деп
// атап өтті X), before it (X said: “Q”; X told reporters, “Q”; X заявил:
// «Q»; the paragraph before ending in "X said:"), around it (Министр «Q»
// деп мәлімдеді) or in a headline's "X: “Q”". A quotation that follows an
// attributed one without attribution of its own takes its speaker. A
// pronoun speaker (he, she, он, она, ол) is replaced by the most recent
// named speaker whose gender, where the cue or a title tells it, agrees,
// unless another such person spoke within the last few paragraphs.
// Speakers are noun phrases as written; cues are in lower case.
//
// # What is a quotation
//
// A quotation that opens its sentence, or follows its attribution, is
// speech when it is attributed or reads as speech. One quoted inside a
// sentence of the writer's own is kept only when a cue attributes it, and
// is then marked Partial; quoted names of forums, documents and events,
// and scare quotes, are left out.
//
// The work is linear in the size of the text: marks are paired in one
// pass, and attribution reads a bounded window around each quotation.
package quote
