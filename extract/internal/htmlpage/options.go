package htmlpage

// Options tell the front end what to collect beyond what every article
// needs.
type Options struct {
	// Links collects the links of the blocks' text.
	Links bool
}
