package extract

// The word lists of the field passes: each is a slice of strings, compared
// as the function that reads it says.

// orgWords mark a credit to an organisation or a desk rather than a
// person.
var orgWords = []string{
	"staff", "reports", "report", "desk", "news", "press", "agency", "agencies", "wire", "editorial",
	"editors", "newsroom", "team", "associated", "reuters", "bureau", "service",
	"редакция", "служба", "агентство", "новости",
	"redaktion", "zeitung", "nachrichten", "rundschau", "tagblatt", "anzeiger", "kurier", "presse", "medien",
	"times", "herald", "gazette", "tribune", "newspaper", "magazine", "magazin", "online", "media",
	"rédaction", "redacción", "redazione", "redação", "redaksi", "redakce", "redakcja", "redaksjon", "redaktionen",
	"diario", "giornale", "gazzetta", "quotidien", "tidning", "avis", "dagblad", "krant", "nieuws", "haber",
	"berita", "газета", "редакція", "новини",
}

// authorSeparators part the names in a list of authors: the words for
// "and" and the marks that list names.
var authorSeparators = []string{
	" and ", " & ", " и ", " және ", " und ", " et ", " og ", " och ", " ve ", " và ", " dan ", " és ",
	" a ", " oraz ", " та ", " і ", ";", "|", "\n", "·", "•", "、", "，", "/",
}

// particleSeparators mean "and" but are also particles inside names
// ("Ortega y Gasset"): they part names of two words or more only.
var particleSeparators = []string{" e ", " y ", " i "}

// placeWords stand between a name and where its bearer wrote from ("Jane
// Roe in Kyiv").
var placeWords = []string{" in ", " aus ", " from "}

// nameParticles are the lower-case words that names carry.
var nameParticles = []string{
	"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den",
	"ter", "bin", "ibn", "al", "el", "y", "e", "and",
}

// roleWords follow a name in bylines ("Jane Roe, Science Editor") and are
// no names themselves.
var roleWords = []string{
	"correspondent", "editor", "reporter", "writer", "contributor", "columnist", "photographer",
	"staff writer", "senior", "chief", "journalist", "корреспондент", "редактор", "обозреватель",
	"журналист", "кореспондент", "журналіст",
	"redakteur", "redakteurin", "korrespondent", "korrespondentin", "journalistin", "reporterin",
	"volontär", "volontärin", "kolumnist", "kolumnistin", "chefredakteur", "chefredakteurin",
	"journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "envoyé spécial", "envoyée spéciale",
	"giornalista", "corrispondente", "inviato", "inviata", "periodista", "redactor", "redactora", "corresponsal",
	"jornalista", "repórter", "redaktør", "journalist", "toimittaja", "dziennikarz", "dziennikarka", "redaktor",
	"redaktorka", "novinář", "novinářka", "muhabir", "wartawan", "phóng viên", "記者", "记者", "기자", "특파원",
	"特派員", "特派员", "編集委員", "论说委员", "논설위원",
}

// roleOpeners begin a line that names a role, not a person: "dalla
// nostra corrispondente", "from our correspondent".
var roleOpeners = []string{
	"dalla nostra ", "dal nostro ", "from our ", "our ", "de notre ", "de nuestro ", "de nuestra ",
	"von unserem ", "von unserer ", "unser ", "unsere ", "da nossa ", "do nosso ",
}

// viewWords label a view counter, in lower case; a longer word goes before
// a word it holds.
var viewWords = []string{
	"views", "view", "reads", "просмотров", "просмотра", "просмотры", "просмотр",
	"прочтений", "прочитали", "қаралым", "қаралды", "көрілім", "оқылды",
	"переглядів", "перегляди", "перегляду", "перегляд", "прочитань",
	"aufrufe", "aufgerufen", "mal gelesen", "gelesen", "visualizzazioni", "letture", "visualizaciones",
	"lecturas", "visualizações", "leituras", "vues", "lectures", "weergaven", "visningar", "visninger",
	"näyttökertaa", "wyświetleń", "wyświetlenia", "odsłon", "zobrazení", "přečteno", "megtekintés",
	"görüntülenme", "kez okundu", "okunma", "kali dibaca", "dibaca", "dilihat", "lượt xem", "lượt đọc",
	"次阅读", "阅读量", "阅读", "次浏览", "浏览量", "浏览", "閱讀", "瀏覽", "閲覧数", "閲覧", "조회수", "조회",
	"مشاهدة", "مشاهدات", "צפיות", "बार देखा गया", "व्यूज", "hits",
}

// countMultipliers are the abbreviations of thousands, millions and
// ten-thousands that follow a rounded count ("1.2K", "3,4 тыс.", "1.2万"),
// in lower case, a longer one before one it ends with.
var countMultipliers = []struct {
	s string
	m float64
}{
	{"тыс.", 1e3}, {"тыс", 1e3}, {"тис.", 1e3}, {"тис", 1e3}, {"мың", 1e3}, {"tys.", 1e3}, {"tys", 1e3},
	{"tis.", 1e3}, {"mil", 1e3}, {"rb", 1e3}, {"k", 1e3},
	{"млн", 1e6}, {"mln", 1e6}, {"mio.", 1e6}, {"mio", 1e6}, {"m", 1e6},
	{"万", 1e4}, {"萬", 1e4}, {"만", 1e4}, {"亿", 1e8}, {"億", 1e8},
}

// countWords stand beside a view word in a counter's label ("Қаралым
// саны", "количество просмотров") and say nothing themselves.
var countWords = []string{"саны", "количество", "всего", "total", "count", "kali", "lần", "insgesamt"}

// otherCountWords label counters that are not views.
var otherCountWords = []string{
	"comment", "share", "like", "reply", "replies", "комментари", "поделиться", "пікір", "коментар",
	"kommentar", "commenti", "comentario", "comentário", "commentaire", "reacties", "yorum", "komentar",
	"bình luận", "评论", "評論", "コメント", "댓글", "min read", "minuten", "minutes", "lesezeit",
}

// captionPrefixes begin the credit line of a picture.
var captionPrefixes = []string{
	"photo:", "photo by", "photo credit", "photograph:", "image:", "picture:", "credit:", "video:",
	"фото:", "фото ", "фотография:", "видео:", "сурет:", "суретте:",
}

// bylinePrefixes begin a line that credits the authors, in the languages
// of the sites: the kind of piece first where a byline names it
// ("Kommentar von").
var bylinePrefixes = []string{
	"by:", "by ", "author:", "authors:", "written by ", "posted by ", "reported by ", "reporting by ",
	"story by ", "words by ", "text by ", "analysis by ", "opinion by ", "commentary by ", "review by ", "interview by ",
	"text:", "text von ", "autor:", "autorin:", "autoren:", "autor ", "autorin ", "von:", "von ",
	"ein kommentar von ", "kommentar von ", "eine analyse von ", "analyse von ", "ein gastbeitrag von ",
	"gastbeitrag von ", "ein interview von ", "interview von ", "eine reportage von ", "reportage von ",
	"eine kolumne von ", "kolumne von ", "ein essay von ", "essay von ",
	"par:", "par ", "auteur:", "auteurs:", "texte:", "por:", "por ", "autora:", "texto:",
	"di:", "di ", "testo:", "av:", "av ", "tekst:", "tekst og foto:", "door:", "door ", "af:", "af ",
	"oleh:", "oleh ", "yazan:", "napisał:", "napisała:", "autorka:",
	"автор:", "авторы:", "автор ", "авторы ", "текст:",
}

// creditPrefixes begin the credit of a picture, a video or a source, which
// names no author of the text.
var creditPrefixes = []string{
	"photo:", "photos:", "photo by", "photograph:", "picture:", "image:", "credit:", "credits:", "video:",
	"illustration:", "graphic:", "source:", "foto:", "fotos:", "fotografie:", "bild:", "bilder:",
	"bildquelle:", "quelle:", "grafik:", "kamera:", "crédit:", "crédits:", "crédito:", "fonte:", "fuente:",
	"kuva:", "bilde:", "zdroj:", "źródło:", "фото:", "видео:", "©",
}

// agencyNames are the news agencies that pages credit beside their own
// writers, in lower case.
var agencyNames = []string{
	"ap", "associated press", "the associated press", "afp", "agence france-presse", "agence france presse",
	"reuters", "thomson reuters", "dpa", "deutsche presse-agentur", "epd", "kna", "apa", "sda", "keystone-sda",
	"ansa", "adnkronos", "efe", "europa press", "lusa", "agência brasil", "aap", "pa", "pa media", "press association",
	"the canadian press", "canadian press", "cp", "upi", "united press international", "bloomberg", "xinhua", "新华社",
	"kyodo", "共同通信", "jiji", "時事通信", "yonhap", "연합뉴스", "tass", "тасс", "ria novosti", "риа новости",
	"интерфакс", "interfax", "ukrinform", "укрінформ", "pap", "čtk", "ctk", "tasr", "mti", "bta", "hina", "tanjug",
	"anp", "belga", "ntb", "tt", "ritzau", "stt", "anadolu ajansı", "anadolu agency", "aa", "dha", "iha",
	"bernama", "antara", "pti", "ians", "ani", "sapa", "nan", "kna", "wafa", "mena", "sna", "ina", "irna",
	"kazinform", "казинформ",
}

// companyForms are the legal forms that end a company's name, as written.
var companyForms = []string{
	"GmbH", "mbH", "AG", "KG", "KGaA", "SE", "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "LLC", "L.L.C.", "PLC", "plc",
	"Corp", "Corp.", "Corporation", "S.A.", "SA", "S.L.", "SL", "S.p.A.", "SpA", "Srl", "S.r.l.", "B.V.", "BV",
	"N.V.", "NV", "Oy", "Oyj", "AB", "ASA", "A/S", "ApS", "Pty", "SARL", "SAS", "s.r.o.", "a.s.", "Sp.", "z.o.o.",
	"Verlag", "Mediengruppe", "Verlagsgesellschaft",
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
