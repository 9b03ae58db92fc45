package extract

// The word lists of the field passes: each is a slice of strings, compared
// as the function that reads it says.

// orgWords mark a credit to an organisation or a desk rather than a
// person.
var orgWords = []string{
	"staff", "reports", "report", "desk", "news", "press", "agency", "agencies", "wire", "editorial",
	"editors", "newsroom", "team", "associated", "reuters", "bureau", "service",
	"редакция", "служба", "агентство", "новости",
}

// authorSeparators part the names in a list of authors.
var authorSeparators = []string{" and ", " & ", " и ", " және ", ";", "|", "\n", "·", "•"}

// nameParticles are the lower-case words that names carry.
var nameParticles = []string{
	"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den",
	"ter", "bin", "ibn", "al", "el", "y", "e", "and",
}

// roleWords follow a name in bylines ("Jane Roe, Science Editor") and are
// no names themselves.
var roleWords = []string{
	"correspondent", "editor", "reporter", "writer", "contributor", "columnist", "photographer",
	"staff writer", "senior", "chief", "корреспондент", "редактор", "обозреватель",
}

// viewWords label a view counter.
var viewWords = []string{
	"views", "view", "reads", "просмотров", "просмотра", "просмотры", "просмотр",
	"прочтений", "қаралым", "қаралды", "көрілім", "оқылды",
}

// countWords stand beside a view word in a counter's label ("Қаралым
// саны", "количество просмотров") and say nothing themselves.
var countWords = []string{"саны", "количество", "всего", "total", "count"}

// otherCountWords label counters that are not views.
var otherCountWords = []string{
	"comment", "share", "like", "reply", "replies", "комментари", "поделиться", "пікір",
}

// captionPrefixes begin the credit line of a picture.
var captionPrefixes = []string{
	"photo:", "photo by", "photo credit", "photograph:", "image:", "picture:", "credit:", "video:",
	"фото:", "фото ", "фотография:", "видео:", "сурет:", "суретте:",
}

// bylinePrefixes begin a line that credits the authors.
var bylinePrefixes = []string{
	"by:", "by ", "author:", "authors:", "written by ", "posted by ", "reported by ", "reporting by ",
	"story by ", "words by ", "text by ", "text:", "von:", "von ", "автор:", "авторы:", "автор ", "авторы ", "текст:",
}
