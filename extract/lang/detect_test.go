package lang

import "testing"

// paragraphs are news paragraphs in each language told, as such pages
// print them.
var paragraphs = []struct{ code, text string }{
	{"en", "The government said on Tuesday that it would raise the minimum wage next year, after months of talks with unions and employers. The minister told reporters that the decision had been taken in the interest of the workers who were hit hardest by rising prices."},
	{"de", "Die Bundesregierung hat am Dienstag angekündigt, den Mindestlohn im kommenden Jahr zu erhöhen. Nach monatelangen Gesprächen mit Gewerkschaften und Arbeitgebern sei die Entscheidung gefallen, sagte der Minister. Sie komme vor allem den Beschäftigten zugute, die unter den gestiegenen Preisen leiden."},
	{"fr", "Le gouvernement a annoncé mardi qu'il allait augmenter le salaire minimum l'année prochaine, après des mois de négociations avec les syndicats et le patronat. Selon le ministre, cette décision a été prise dans l'intérêt des salariés qui sont les plus touchés par la hausse des prix."},
	{"es", "El Gobierno anunció el martes que subirá el salario mínimo el próximo año, tras meses de negociaciones con los sindicatos y la patronal. Según el ministro, la decisión se ha tomado pensando en los trabajadores que más han sufrido la subida de los precios."},
	{"pt", "O governo anunciou na terça-feira que vai aumentar o salário mínimo no próximo ano, depois de meses de negociações com os sindicatos e os empregadores. Segundo o ministro, a decisão foi tomada a pensar nos trabalhadores que mais sofreram com a subida dos preços."},
	{"it", "Il governo ha annunciato martedì che il salario minimo sarà aumentato il prossimo anno, dopo mesi di trattative con i sindacati e le imprese. Secondo il ministro, la decisione è stata presa nell'interesse dei lavoratori che sono stati più colpiti dall'aumento dei prezzi."},
	{"nl", "Het kabinet heeft dinsdag bekendgemaakt dat het minimumloon volgend jaar omhoog gaat, na maanden van overleg met vakbonden en werkgevers. Volgens de minister is het besluit genomen in het belang van de werknemers die het hardst zijn getroffen door de gestegen prijzen."},
	{"pl", "Rząd poinformował we wtorek, że w przyszłym roku podniesie płacę minimalną. Decyzja zapadła po wielu miesiącach rozmów ze związkami zawodowymi i pracodawcami. Jak powiedział minister, została podjęta z myślą o pracownikach, którzy najbardziej odczuli wzrost cen."},
	{"cs", "Vláda v úterý oznámila, že příští rok zvýší minimální mzdu. Rozhodnutí padlo po měsících jednání s odbory a zaměstnavateli. Podle ministra bylo přijato v zájmu zaměstnanců, které nejvíce zasáhl růst cen, a vláda také slíbila, že bude situaci dále sledovat."},
	{"sk", "Vláda v utorok oznámila, že budúci rok zvýši minimálnu mzdu. Rozhodnutie padlo po mesiacoch rokovaní s odbormi a zamestnávateľmi. Podľa ministra bolo prijaté v záujme zamestnancov, ktorých najviac zasiahol rast cien, a vláda tiež sľúbila, že bude situáciu ďalej sledovať."},
	{"sl", "Vlada je v torek sporočila, da bo prihodnje leto zvišala minimalno plačo. Odločitev je bila sprejeta po mesecih pogajanj s sindikati in delodajalci, je dejal minister, ki je poudaril, da so jo sprejeli v korist delavcev, ki jih je rast cen najbolj prizadela."},
	{"hr", "Vlada je u utorak objavila da će iduće godine povećati minimalnu plaću. Odluka je donesena nakon višemjesečnih pregovora sa sindikatima i poslodavcima, rekao je ministar, koji je istaknuo da je to učinjeno prije svega zbog radnika koje je rast cijena najviše pogodio."},
	{"sr", "Vlada je u utorak saopštila da će sledeće godine povećati minimalnu zaradu. Odluka je doneta posle višemesečnih pregovora sa sindikatima i poslodavcima, rekao je ministar, koji je istakao da je to urađeno pre svega zbog radnika koje je rast cena najviše pogodio."},
	{"ro", "Guvernul a anunțat marți că va majora salariul minim de anul viitor, după luni de negocieri cu sindicatele și patronatele. Potrivit ministrului, decizia a fost luată în interesul angajaților care au fost cel mai afectați de creșterea prețurilor."},
	{"hu", "A kormány kedden bejelentette, hogy jövőre emeli a minimálbért. A döntés a szakszervezetekkel és a munkaadókkal folytatott hónapokig tartó tárgyalások után született meg, és a miniszter szerint azokat a dolgozókat segíti, akiket leginkább sújtott az áremelkedés."},
	{"tr", "Hükümet salı günü yaptığı açıklamada asgari ücretin gelecek yıl artırılacağını duyurdu. Bakan, sendikalar ve işverenlerle aylarca süren görüşmelerin ardından alınan kararın, fiyat artışlarından en çok etkilenen çalışanlar için olduğunu söyledi."},
	{"sv", "Regeringen meddelade på tisdagen att minimilönen ska höjas nästa år, efter flera månaders förhandlingar med fackförbunden och arbetsgivarna. Enligt ministern har beslutet fattats för att hjälpa de anställda som har drabbats hårdast av de stigande priserna."},
	{"nb", "Regjeringen opplyste tirsdag at minstelønnen skal økes neste år, etter flere måneder med forhandlinger med fagforeningene og arbeidsgiverne. Ifølge statsråden er beslutningen tatt for å hjelpe de ansatte som har blitt hardest rammet av prisveksten, og hun sier at det ikke blir flere kutt."},
	{"da", "Regeringen meddelte tirsdag, at mindstelønnen skal hæves næste år, efter flere måneders forhandlinger med fagforeningerne og arbejdsgiverne. Ifølge ministeren er beslutningen truffet for at hjælpe de ansatte, som er blevet hårdest ramt af de stigende priser, og hun siger, at der ikke kommer flere besparelser."},
	{"fi", "Hallitus ilmoitti tiistaina, että vähimmäispalkkaa nostetaan ensi vuonna. Päätös tehtiin kuukausia kestäneiden neuvottelujen jälkeen ammattiliittojen ja työnantajien kanssa, ja ministerin mukaan se auttaa erityisesti niitä työntekijöitä, joihin hintojen nousu on osunut pahiten."},
	{"et", "Valitsus teatas teisipäeval, et tõstab järgmisel aastal miinimumpalka. Otsus tehti pärast kuid kestnud läbirääkimisi ametiühingute ja tööandjatega ning ministri sõnul aitab see eelkõige neid töötajaid, keda hinnatõus on kõige rohkem tabanud."},
	{"lv", "Valdība otrdien paziņoja, ka nākamgad tiks palielināta minimālā alga. Lēmums tika pieņemts pēc vairāku mēnešu sarunām ar arodbiedrībām un darba devējiem, un ministrs sacīja, ka tas ir darīts to strādājošo labā, kurus cenu kāpums ir skāris visvairāk."},
	{"lt", "Vyriausybė antradienį paskelbė, kad kitais metais bus padidintas minimalusis atlyginimas. Sprendimas priimtas po kelis mėnesius trukusių derybų su profesinėmis sąjungomis ir darbdaviais, o ministras sakė, kad jis yra skirtas tiems darbuotojams, kuriuos labiausiai paveikė kainų augimas."},
	{"is", "Ríkisstjórnin tilkynnti á þriðjudag að lágmarkslaun yrðu hækkuð á næsta ári eftir margra mánaða viðræður við verkalýðsfélög og atvinnurekendur. Ráðherrann sagði að ákvörðunin hefði verið tekin í þágu þess launafólks sem hefur orðið verst úti vegna verðhækkana."},
	{"id", "Pemerintah pada hari Selasa mengumumkan bahwa upah minimum akan dinaikkan tahun depan, setelah berbulan-bulan perundingan dengan serikat pekerja dan pengusaha. Menurut menteri, keputusan tersebut diambil karena para pekerja yang paling terdampak oleh kenaikan harga harus dibantu."},
	{"ms", "Kerajaan pada hari Selasa mengumumkan bahawa gaji minimum akan dinaikkan tahun hadapan, selepas berbulan-bulan rundingan dengan kesatuan sekerja dan majikan. Menurut menteri, keputusan itu dibuat kerana pekerja yang paling terjejas oleh kenaikan harga perlu dibantu, dan beliau berkata ia adalah langkah yang adil."},
	{"vi", "Chính phủ hôm thứ Ba thông báo sẽ tăng lương tối thiểu vào năm tới, sau nhiều tháng đàm phán với các công đoàn và người sử dụng lao động. Theo bộ trưởng, quyết định này được đưa ra vì lợi ích của những người lao động bị ảnh hưởng nặng nề nhất bởi giá cả tăng cao."},
	{"sq", "Qeveria njoftoi të martën se paga minimale do të rritet vitin e ardhshëm, pas disa muajsh bisedimesh me sindikatat dhe punëdhënësit. Sipas ministrit, vendimi është marrë në interes të punonjësve që janë goditur më shumë nga rritja e çmimeve."},
	{"zu", "Uhulumeni uthe ngoLwesibili uzokhuphula iholo elincane ngonyaka ozayo, ngemuva kwezinyanga zezingxoxo nezinyunyana kanye nabaqashi. Ungqongqoshe uthe lesi sinqumo sithathwe ngoba abantu abasebenzayo bathinteke kakhulu ukukhuphuka kwamanani, futhi kusho ukuthi kuzoba khona usizo."},
	{"xh", "Urhulumente uthe ngoLwesibini uza kunyusa umvuzo omncinci kunyaka ozayo, emva kweenyanga zothethathethwano neemanyano kwaye nabaqeshi. Umphathiswa uthe esi sigqibo sithathwe ngoba abantu abasebenzayo bachaphazeleke kakhulu kukunyuka kwamaxabiso, kwaye ukuba uncedo luza kufika ngexesha."},
	{"ca", "El Govern va anunciar dimarts que apujarà el salari mínim l'any vinent, després de mesos de negociacions amb els sindicats i la patronal. Segons el conseller, la decisió s'ha pres pensant en els treballadors que han patit més la pujada dels preus i també en les seves famílies."},
	{"tr", "İstanbul'da bugün düzenlenen törene çok sayıda kişi katıldı. Belediye başkanı yaptığı konuşmada, yeni metro hattının önümüzdeki yıl hizmete gireceğini ve şehir trafiğini önemli ölçüde rahatlatacağını söyledi."},
	{"ru", "Правительство во вторник объявило о повышении минимальной зарплаты в следующем году. Решение было принято после нескольких месяцев переговоров с профсоюзами и работодателями, сообщил министр. По его словам, оно поможет прежде всего тем работникам, которые больше всего пострадали от роста цен."},
	{"uk", "Уряд у вівторок оголосив про підвищення мінімальної зарплати в наступному році. Рішення було ухвалено після кількох місяців переговорів із профспілками та роботодавцями, зазначив міністр. За його словами, воно допоможе передусім тим працівникам, які найбільше постраждали від зростання цін."},
	{"bg", "Правителството обяви във вторник, че догодина ще увеличи минималната работна заплата. Решението е взето след месеци преговори със синдикатите и работодателите, каза министърът. По думите му то ще помогне най-вече на работниците, които са най-засегнати от поскъпването."},
	{"sr", "Влада је у уторак саопштила да ће следеће године повећати минималну зараду. Одлука је донета после вишемесечних преговора са синдикатима и послодавцима, рекао је министар, који је истакао да је то урађено пре свега због радника које је раст цена највише погодио."},
	{"mk", "Владата во вторник соопшти дека следната година ќе ја зголеми минималната плата. Одлуката е донесена по неколкумесечни преговори со синдикатите и работодавачите, изјави министерот, според кого таа ќе им помогне на работниците кои најмногу беа погодени од поскапувањата."},
	{"kk", "Үкімет сейсенбі күні келесі жылы ең төменгі жалақы көтерілетінін хабарлады. Бұл шешім кәсіподақтармен және жұмыс берушілермен бірнеше ай бойы жүргізілген келіссөздерден кейін қабылданды деп мәлімдеді министр. Оның айтуынша, бұл баға өсімінен ең көп зардап шеккен жұмысшыларға көмектеседі."},
	{"be", "Урад у аўторак абвясціў аб павышэнні мінімальнага заробку ў наступным годзе. Рашэнне было прынята пасля некалькіх месяцаў перамоў з прафсаюзамі і працадаўцамі, паведаміў міністр. Па яго словах, яно дапаможа перш за ўсё тым работнікам, якія найбольш пацярпелі ад росту цэн."},
	{"el", "Η κυβέρνηση ανακοίνωσε την Τρίτη ότι ο κατώτατος μισθός θα αυξηθεί τον επόμενο χρόνο, μετά από μήνες διαπραγματεύσεων με τα συνδικάτα και τους εργοδότες. Σύμφωνα με τον υπουργό, η απόφαση ελήφθη για τους εργαζόμενους που επλήγησαν περισσότερο από την άνοδο των τιμών."},
	{"ar", "أعلنت الحكومة يوم الثلاثاء أنها سترفع الحد الأدنى للأجور في العام المقبل، بعد أشهر من المفاوضات مع النقابات وأصحاب العمل. وقال الوزير إن القرار اتخذ من أجل العمال الذين تضرروا أكثر من غيرهم من ارتفاع الأسعار."},
	{"fa", "دولت روز سه‌شنبه اعلام کرد که حداقل دستمزد در سال آینده افزایش می‌یابد. این تصمیم پس از ماه‌ها مذاکره با اتحادیه‌ها و کارفرمایان گرفته شد و وزیر گفت که این کار برای کمک به کارگرانی است که بیش از همه از گرانی آسیب دیده‌اند."},
	{"ur", "حکومت نے منگل کو اعلان کیا کہ اگلے سال کم از کم اجرت میں اضافہ کیا جائے گا۔ وزیر نے کہا کہ یہ فیصلہ مزدور یونینوں اور آجروں کے ساتھ کئی مہینوں کی بات چیت کے بعد کیا گیا ہے اور اس سے ان مزدوروں کو فائدہ ہوگا جو مہنگائی سے سب سے زیادہ متاثر ہوئے ہیں۔"},
	{"he", "הממשלה הודיעה ביום שלישי כי שכר המינימום יועלה בשנה הבאה, לאחר חודשים של משא ומתן עם האיגודים והמעסיקים. לדברי השר, ההחלטה התקבלה למען העובדים שנפגעו יותר מכולם מעליית המחירים."},
	{"hi", "सरकार ने मंगलवार को घोषणा की कि अगले साल न्यूनतम मजदूरी बढ़ाई जाएगी। मंत्री ने कहा कि यह फैसला मजदूर संघों और नियोक्ताओं के साथ कई महीनों की बातचीत के बाद लिया गया है और इससे उन मजदूरों को मदद मिलेगी जो महंगाई से सबसे ज्यादा प्रभावित हुए हैं।"},
	{"th", "รัฐบาลประกาศเมื่อวันอังคารว่าจะปรับขึ้นค่าแรงขั้นต่ำในปีหน้า หลังจากการเจรจากับสหภาพแรงงานและนายจ้างเป็นเวลาหลายเดือน รัฐมนตรีกล่าวว่าการตัดสินใจครั้งนี้เพื่อช่วยเหลือแรงงานที่ได้รับผลกระทบจากราคาสินค้าที่สูงขึ้น"},
	{"zh", "政府周二宣布，明年将提高最低工资标准。这一决定是在与工会和雇主进行了数月的谈判之后做出的。部长表示，此举主要是为了帮助受物价上涨影响最严重的劳动者。"},
	{"ja", "政府は火曜日、来年から最低賃金を引き上げると発表した。労働組合や経営者団体との数か月にわたる協議を経て決定したもので、大臣は物価上昇の影響を最も受けている労働者を支援するためだと説明した。"},
	{"ko", "정부는 화요일 내년부터 최저임금을 인상한다고 발표했다. 이번 결정은 노동조합 및 사용자 단체와 수개월간의 협의를 거쳐 내려졌으며, 장관은 물가 상승으로 가장 큰 타격을 입은 노동자들을 돕기 위한 것이라고 설명했다."},
}

func TestDetect(t *testing.T) {
	for _, p := range paragraphs {
		got, conf := Detect(p.text)
		if got != p.code {
			r := detect(p.text)
			t.Errorf("Detect(%.40q) = %q (%.2f), want %q; scores %v", p.text, got, conf, p.code, scoreList(r))
		}
	}
}

// scoreList gives the scores of a result's family, for failure messages.
func scoreList(r result) map[string]float64 {
	m := map[string]float64{}
	if r.fam == nil {
		return m
	}
	for i, c := range r.fam.codes {
		if r.sc.of[i] > 0 {
			m[c] = r.sc.of[i]
		}
	}
	return m
}

// paragraph returns the first paragraph in language code.
func paragraph(code string) string {
	for _, p := range paragraphs {
		if p.code == code {
			return p.text
		}
	}
	panic("no paragraph in " + code)
}

func TestDetectShortOrUnknown(t *testing.T) {
	for _, s := range []string{"", "utf", "OK", "12:30 14.05.2026 +7 (727) 123-45-67", "ABC DEF", "\x00\xff\xfe", "Ξ"} {
		if got, conf := Detect(s); got != "" || conf != 0 {
			t.Errorf("Detect(%q) = %q, %.2f; want nothing", s, got, conf)
		}
	}
}

func TestDetectHint(t *testing.T) {
	de := paragraph("de")
	hr, sr := paragraph("hr"), paragraph("sr")
	for _, c := range []struct{ text, declared, want string }{
		{de, "", "de"},                // no declaration: the text tells
		{de, "en", "de"},              // German declared English is German
		{de, "en-US", "de"},           // whatever the tag
		{de, "de-AT", "de"},           // the primary subtag only
		{"Hi", "en-GB", "en"},         // too short: the declaration stands
		{"Hi", "utf-8", ""},           // never a code that is not one
		{"Hi", "utf", ""},             // nor a made-up one
		{"Hi", "iw", "he"},            // deprecated codes replaced
		{sr, "hr", "hr"},              // a close neighbour declared stands
		{hr, "sr", "sr"},              // both ways
		{hr, "en", "hr"},              // but not a language the text is not in
		{paragraph("uk"), "ru", "uk"}, // Ukrainian declared Russian
		{paragraph("bg"), "ru", "bg"}, // Bulgarian declared Russian
		{paragraph("kk"), "ru", "kk"}, // Kazakh declared Russian
	} {
		if got := DetectHint(c.text, c.declared); got != c.want {
			t.Errorf("DetectHint(%.30q, %q) = %q, want %q", c.text, c.declared, got, c.want)
		}
	}
}

func TestUkrainianBulgarianNotRussianOrKazakh(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Президент України заявив, що переговори тривають, і уряд вже готує нові рішення щодо енергетики та економіки.", "uk"},
		{"Кабінет міністрів ухвалив постанову, яка має підтримати підприємства, що постраждали від обстрілів.", "uk"},
		{"Министър-председателят заяви, че правителството ще внесе промени в бюджета, които са необходими за страната.", "bg"},
		{"Според данните на НСИ инфлацията в България се е забавила през последния месец, съобщиха от института.", "bg"},
	} {
		if got, _ := Detect(c.text); got != c.want {
			t.Errorf("Detect(%.40q) = %q, want %q; %v", c.text, got, c.want, scoreList(detect(c.text)))
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"en": "en", "en-US": "en", "EN_gb": "en", " ru ": "ru", "kk-KZ": "kk", "no": "nb", "nb-NO": "nb",
		"fil": "fil", "utf": "", "utf-8": "", "x-klingon": "", "": "", "e": "", "english": "", "zz": "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSampleBounded(t *testing.T) {
	long := paragraphs[1].text
	for len(long) < 64*SampleBytes {
		long += " " + long
	}
	if got, _ := Detect(long + " " + paragraphs[0].text); got != "de" {
		t.Errorf("long German text = %q", got)
	}
	s := sample("ä" + long)
	if len(s) > SampleBytes || !utf8ValidString(s) {
		t.Errorf("sample of %d bytes, valid %v", len(s), utf8ValidString(s))
	}
}
