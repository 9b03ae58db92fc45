package byline

// The word lists of the names in a credit line.

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

// authorSeparators part the names in a list of authors: the words for
// "and" and the marks that list names.
var authorSeparators = []string{
	" and ", " & ", " и ", " және ", " und ", " et ", " og ", " och ", " ve ", " và ", " dan ", " és ",
	" a ", " oraz ", " та ", " і ", ";", "|", "\n", "·", "•", "、", "，", "/",
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
	"tác giả:", "tekijä:", "författare:", "forfatter:", "szerző:", "yazar:", "penulis:", "autorius:", "autors:",
	"autori:", "συντάκτης:", "作者：", "作者:", "文：", "文/",
}

// authorLabels name the field of a page's facts that holds its authors
// ("Autor: Jane Roe", "Author Jane Roe"), in the languages of the sites;
// German writes both genders ("Autorin/Autor", "Autor*in").
var authorLabels = []string{
	"author", "authors", "autor", "autorin", "autoren", "autorinnen", "autorin/autor", "autor/in", "autor*in",
	"autor:in", "autor_in", "autorinnen/autoren", "auteur", "auteurs", "autora", "autore", "autores", "autori",
	"автор", "авторы", "авторка", "tác giả", "tekijä", "författare", "forfatter", "szerző", "yazar", "penulis",
	"autorius", "autors", "autorka", "συντάκτης", "作者", "责编", "责任编辑", "責任編輯",
}

// companyForms are the legal forms that end a company's name, as written.
var companyForms = []string{
	"GmbH", "mbH", "AG", "KG", "KGaA", "SE", "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "LLC", "L.L.C.", "PLC", "plc",
	"Corp", "Corp.", "Corporation", "S.A.", "SA", "S.L.", "SL", "S.p.A.", "SpA", "Srl", "S.r.l.", "B.V.", "BV",
	"N.V.", "NV", "Oy", "Oyj", "AB", "ASA", "A/S", "ApS", "Pty", "SARL", "SAS", "s.r.o.", "a.s.", "Sp.", "z.o.o.",
	"Verlag", "Mediengruppe", "Verlagsgesellschaft",
}

// creditPrefixes begin the credit of a picture, a video or a source, which
// names no author of the text.
var creditPrefixes = []string{
	"photo:", "photos:", "photo by", "photograph:", "picture:", "image:", "credit:", "credits:", "video:",
	"illustration:", "graphic:", "source:", "foto:", "fotos:", "fotografie:", "bild:", "bilder:",
	"bildquelle:", "quelle:", "grafik:", "kamera:", "crédit:", "crédits:", "crédito:", "fonte:", "fuente:",
	"kuva:", "bilde:", "zdroj:", "źródło:", "фото:", "видео:", "©",
}

// nameParticles are the lower-case words that names carry.
var nameParticles = []string{
	"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den",
	"ter", "bin", "ibn", "al", "el", "y", "e", "and",
}

// particleSeparators mean "and" but are also particles inside names
// ("Ortega y Gasset"): they part names of two words or more only.
var particleSeparators = []string{" e ", " y ", " i "}

// placeWords stand between a name and where its bearer wrote from ("Jane
// Roe in Kyiv").
var placeWords = []string{" in ", " aus ", " from "}

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
	"berita", "газета", "редакція", "новини", "today",
}

// roleOpeners begin a line that names a role, not a person: "dalla
// nostra corrispondente", "from our correspondent".
var roleOpeners = []string{
	"dalla nostra ", "dal nostro ", "from our ", "our ", "de notre ", "de nuestro ", "de nuestra ",
	"von unserem ", "von unserer ", "unser ", "unsere ", "da nossa ", "do nosso ", "special to ",
}

// placeholders are the one-word labels a page prints where a byline would
// name someone, in lower case: its buttons, the names of users that are
// nobody's, and the word for news that names an account of the site.
var placeholders = []string{
	"news", "nachrichten", "noticias", "notizie", "notícias", "actualités", "nieuws", "nyheter", "nyheder",
	"uutiset", "wiadomości", "zprávy", "haberler", "новости", "новини", "жаңалықтар",
	"share", "tweet", "email", "print", "comment", "comments", "follow", "subscribe", "admin", "administrator",
	"guest", "anonymous", "unknown", "teilen", "drucken", "gast", "partager", "imprimer", "compartir",
	"imprimir", "condividi", "stampa", "compartilhar", "поделиться", "гость", "админ", "администратор",
	"аноним", "бөлісу",
}
