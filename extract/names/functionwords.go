package names

import "sync"

// functionSets holds the set of each language of functionData, built on
// first use, so that a text in one language costs the building of its
// set alone.
var functionSets [len(functionData)]struct {
	once sync.Once
	set  set
}

// functionWords returns the function words of the language base (see
// baseLanguage) that the lexicon does not hold (see function.go), or nil.
func functionWords(base string) set {
	for i := range functionData {
		if functionData[i].lang == base {
			fs := &functionSets[i]
			fs.once.Do(func() { fs.set = words(functionData[i].words) })
			return fs.set
		}
	}
	return nil
}
