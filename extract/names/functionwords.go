package names

import (
	"strings"
	"sync"
)

// functionSets holds the set of each language of functionData, built on
// first use, so that a text in one language costs the building of its
// set alone.
var functionSets [len(functionData)]struct {
	once sync.Once
	set  set
}

// functionWords returns the function words of the language of the BCP 47
// tag lang that the lexicon does not hold (see function.go), or nil.
func functionWords(lang string) set {
	base, _, _ := strings.Cut(lang, "-")
	base = strings.ToLower(base)
	if base == "nb" || base == "nn" {
		base = "no"
	}
	for i := range functionData {
		if functionData[i].lang == base {
			fs := &functionSets[i]
			fs.once.Do(func() { fs.set = words(functionData[i].words) })
			return fs.set
		}
	}
	return nil
}
