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

// capitalisesNouns reports whether the language of the BCP 47 tag lang
// writes every noun with a capital: German and Luxembourgish.
func capitalisesNouns(lang string) bool {
	base, _, _ := strings.Cut(lang, "-")
	base = strings.ToLower(base)
	return base == "de" || base == "lb" || base == "gsw"
}

// langGivenSets holds the given names of each language of langGivenData,
// built on first use.
var langGivenSets [len(langGivenData)]struct {
	once  sync.Once
	names map[string]byte
}

// langGiven returns the given names, with their genders, that a text of
// the language of the BCP 47 tag lang reads besides those of every text
// (see givenlang.go), or nil.
func langGiven(lang string) map[string]byte {
	base, _, _ := strings.Cut(lang, "-")
	base = strings.ToLower(base)
	for i := range langGivenData {
		if langGivenData[i].lang == base {
			gs := &langGivenSets[i]
			gs.once.Do(func() {
				data := langGivenData[i].names
				gs.names = make(map[string]byte, strings.Count(data, "\n"))
				for line := range strings.SplitSeq(data, "\n") {
					if len(line) > 1 {
						gs.names[fold(line[1:])] = line[0]
					}
				}
			})
			return gs.names
		}
	}
	return nil
}
