package extract

// The word lists of the field passes: each is a slice of strings, compared
// as the function that reads it says.

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
	"дата публикации", "дата:", "жарияланды", "erstellt", "created", "creado", "créé", "criado", "creato",
	"создано", "publiziert", "publicerad", "publisert", "publiceret", "julkaistu", "zveřejněno",
	"publikované", "diterbitkan", "dipublikasikan", "paskelbta", "objavljeno", "közzétéve", "publicat",
	"发布时间", "發佈時間",
}

// otherDateLabels, in lower case, say that the date of a line is not the
// publication's: an update's, a comment's, an event's.
var otherDateLabels = []string{
	"updated", "modified", "last edited", "aktualisiert", "geändert", "mis à jour", "actualizado",
	"atualizado", "aggiornato", "bijgewerkt", "zaktualizowano", "обновлено", "изменено", "жаңартылды",
	"comment", "kommentar", "reply",
}
