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
	"story by ", "words by ", "text by ", "text:", "автор:", "авторы:", "автор ", "авторы ", "текст:",
}

// genericTLDs are the country-code top-level domains that sites of any
// country take for what they spell ("io", "tv", "me") or because they are
// given away, and the codes that name no country ("eu", "su").
var genericTLDs = []string{
	"ac", "ad", "ag", "ai", "am", "as", "bz", "cc", "cd", "cf", "cm", "co", "cx", "eu", "fm", "ga", "gd",
	"gg", "gl", "gq", "gs", "im", "io", "je", "la", "li", "ly", "me", "ml", "ms", "mu", "nu", "pw", "sc",
	"sh", "so", "st", "su", "tc", "tk", "tm", "to", "tv", "vc", "vg", "ws",
}

// publishedDateLabels, in lower case, say that the date of a line is the
// publication's.
var publishedDateLabels = []string{
	"published", "posted", "date:", "datum", "veröffentlicht", "publié", "publicado", "publicada",
	"pubblicato", "gepubliceerd", "opublikowano", "publikováno", "yayınlanma", "опубликовано",
	"дата публикации", "дата:", "жарияланды",
}

// otherDateLabels, in lower case, say that the date of a line is not the
// publication's: an update's, a comment's, an event's.
var otherDateLabels = []string{
	"updated", "modified", "last edited", "aktualisiert", "geändert", "mis à jour", "actualizado",
	"atualizado", "aggiornato", "bijgewerkt", "zaktualizowano", "обновлено", "изменено", "жаңартылды",
	"comment", "kommentar", "reply",
}
