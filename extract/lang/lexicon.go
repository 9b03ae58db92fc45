package lang

// The word lists are the commonest words of news prose in each language:
// function words, auxiliaries and the verbs of reporting, a string of
// words separated by spaces per language. A word may stand in several
// lists; it then counts less for each. The letters are those a language
// uses and its neighbours do not, or use much less.

// langList is a list of words or letters of one language.
type langList struct {
	code string
	list string
}

// latinWords lists the frequent words of the languages written in Latin
// script.
var latinWords = []langList{
	{"en", "the of and to in is that for on it with as was he said by at from his are have has but not be an this they were which who will been their had after its would also about more than when there one"},
	{"de", "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei sind wird nach noch wie einem über einen so zum zur war haben nur oder aber vor sie sagte wurde werden dass"},
	{"fr", "de la le et les des en un une du est que pour dans qui au par sur pas plus il a ne sont avec ce se son sa aux été ont elle mais ou comme cette selon été après entre leur nous fait aussi dont"},
	{"es", "de la que el en y los del se las por un para con no una su al es lo como más pero sus le ha fue este sobre entre también cuando muy sin hasta desde porque ya según dijo está han son años"},
	{"pt", "de a o que e do da em um para com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também pelo pela segundo disse são até isso"},
	{"it", "di e il la che in a per un è del non una con le si da i al sono della gli ha lo più anche come nel alla ma ed delle dei questo stato dopo essere hanno secondo tra perché già"},
	{"nl", "de van het een en in is dat op te zijn voor met die niet aan er om ook als bij door maar dan nog wordt werd naar uit over tot heeft hebben zijn worden deze volgens zegt kan wel"},
	{"pl", "w i na z się do nie że to jest o jak po od za przez dla tym już czy oraz który które była był są został może także tak ale jego jej ich będzie tego również według powiedział"},
	{"cs", "a se na v je že s o z do to by jsou ve k jako pro ale také již jeho byl byla bylo který která které podle při ještě před může jsme bude řekl až mezi"},
	{"sk", "a sa na v je že s o z do to by sú vo k ako pre ale aj tiež jeho bol bola bolo ktorý ktorá ktoré podľa pri ešte pred môže sme bude povedal až medzi keď len"},
	{"sl", "in je v na da se za so ki z tudi pa bo kot po ali še bil bila so ter od do ne smo jih pri lahko zelo ker vendar"},
	{"hr", "i je u na da se za su od što koji kako će bio bila biti ali iz to ne sa prema tijekom također vrlo rekao nakon može još samo gdje prije poslije vrijeme mjesto tisuća dio"},
	{"sr", "i je u na da se za su od šta koji kako će bio bila biti ali iz to ne sa prema tokom takođe veoma rekao nakon može još samo gde pre posle vreme mesto hiljada deo"},
	{"ro", "și de la în a cu pe că din nu care este o un se pentru mai au fost sunt dar lui după fi ca sau acest această despre şi între anul"},
	{"hu", "a az és hogy is nem egy meg már csak de volt mint van ez el azt még után szerint között kell lesz most pedig ami aki vagy mert"},
	{"tr", "ve bir bu için ile de da olarak çok daha gibi ama en olan kadar sonra değil ise göre yılında dedi ancak oldu etti kendi ki ne her önce yeni ilk son büyük tüm iki yıl şu o hem ya veya üzerinde karşı arasında tarafından ayrıca"},
	{"sv", "och att det som en på är för till med av inte har de han jag efter också kan vill ska blir blev vad var mot från men säger några mycket vara om sig den ett när"},
	{"nb", "og i det som en på er for til med av ikke har de han å jeg etter også kan vil skal blir ble hva hvor mot fra men sier noen mye være ut"},
	{"da", "og i det som en på er for til med af ikke har de han at jeg efter også kan vil skal bliver blev hvad hvor mod fra men siger nogle meget være ud"},
	{"fi", "ja on että ei se hän oli ovat mutta kun myös joka tai sen jo vain kuin nyt mukaan vuonna hänen ole olisi kanssa sekä jotka"},
	{"et", "ja on et ei see ta oli ning aga kui ka mis või selle juba vaid kuid nüüd järgi aastal seda oma üle ole tema nad"},
	{"lv", "un ir ar par no uz ka kas lai arī bet tas bija to vai pēc kā gan jau viņš tika tiek savu šo"},
	{"lt", "ir kad yra su į iš bet tai kaip buvo jis dėl o bei nuo apie per jau taip kuris tačiau metų jo"},
	{"is", "og að í á er sem við um en til með það ekki var fyrir hann af eru þess frá hún þau sagði hefur"},
	{"id", "yang dan di ini itu dengan untuk dari tidak akan pada juga dalam ke ada oleh karena bisa sudah kata mereka saat lebih telah bahwa seperti namun hingga masih tersebut menurut kami setelah sejak"},
	{"ms", "yang dan di ini itu dengan untuk dari tidak akan pada juga dalam ke ada oleh kerana boleh sudah kata mereka ketika lebih telah bahawa seperti namun sehingga masih tersebut menurut kami selepas daripada iaitu beliau ialah"},
	{"vi", "và của là có các trong cho được với những một người này không đã để khi từ theo về ra nhiều năm cũng đến ngày tại sẽ đang như nhưng sau trên làm hơn đó thì vào bị lại mà việc chỉ"},
	{"sq", "të në dhe e për me që një është nga se ka do u janë si edhe por ishte kjo"},
	{"ca", "el la de i que a en per amb del els les un una és va són més això també però aquest seva dels ha"},
	{"gl", "o a de e que do da en un unha non para por os as máis ao tamén pero coa cos nun dunha é"},
	{"eu", "eta da ez du bat ere dira zen izan egin baina bere hau beste dute zuen"},
	{"af", "die en van is het nie te in wat op vir met sy hy om ook word aan"},
	{"sw", "na ya wa kwa la za katika ni kuwa hiyo huo kama lakini pia hii"},
	{"tl", "ang ng sa na mga at ay ito para kay si niya hindi may"},
	{"zu", "futhi ukuthi kanye ngoba kodwa uma lapho wathi kusho kule ngesikhathi kakhulu bathi abantu khona noma leli ukuba"},
	{"xh", "ukuba kwaye ngoko kodwa xa apho uthe ngexesha kakhulu abantu okanye kule kwi ukuze nje"},
	{"az", "və bu ilə üçün də bir olan ki edib deyib qeyd olub"},
	{"uz", "va bilan uchun bu ham bo'lgan qilib esa yil"},
}

// latinLetters lists the letters each Latin-script language is told by.
var latinLetters = []langList{
	{"de", "ßäöü"},
	{"fr", "éèêàçùœû"},
	{"es", "ñáéíóú¿¡"},
	{"pt", "ãõçáâêéó"},
	{"it", "àèìòù"},
	{"pl", "łąęśźżćń"},
	{"cs", "řůěčšž"},
	{"sk", "ľôäĺŕčšž"},
	{"sl", "čšž"},
	{"hr", "čćđšž"},
	{"sr", "čćđšž"},
	{"ro", "ăâîșțşţ"},
	{"hu", "őűáéö"},
	{"tr", "ışğçöü"},
	{"sv", "åäö"},
	{"nb", "åæø"},
	{"da", "åæø"},
	{"fi", "äö"},
	{"et", "õäöü"},
	{"lv", "āēīūķļņģčšž"},
	{"lt", "ąęėįųūčšž"},
	{"is", "þðæáéíóúý"},
	{"vi", "ăâđêôơưạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửữựỳỵỷỹ"},
	{"sq", "ëç"},
	{"ca", "àçèéíòóúï"},
	{"az", "əğışçöü"},
	{"uz", "ʻʼ"},
}

// cyrillicWords lists the frequent words of the languages written in
// Cyrillic script.
var cyrillicWords = []langList{
	{"ru", "и в не на что с по как это он из за от о к для его также был было который которые уже только или при после году этом так будет может сообщил заявил её их они она мы"},
	{"uk", "і в не на що з по як це він із за від до для його також був було який які вже тільки або при після році цьому та буде може зазначив й у є ще її вони вона ми"},
	{"bg", "и в не на че с по като това той от за да се е са със във които който която още само или при след година ще бъде може каза ги му но през към този тази вече обаче заяви съобщи съобщиха"},
	{"sr", "и у је на да се са за од су што који као из по не то ће године према али такође током рекао после"},
	{"mk", "и во на да се со за од е што кој која како ќе не тоа до по беше според години исто така но ги го"},
	{"kk", "және бен мен да де бұл деп үшін еді болды бойынша жылы оның осы сондай тағы ол жөнінде бар жоқ туралы"},
	{"be", "і ў на не што з па як гэта ён для яго таксама быў было які ужо толькі ці пры пасля годзе будзе можа"},
	{"ky", "жана менен бул деп үчүн болгон боюнча анын дагы"},
	{"mn", "нь болон юм байна энэ бол ба гэж оны"},
}

// cyrillicLetters lists the letters each Cyrillic-script language is told
// by.
var cyrillicLetters = []langList{
	{"ru", "ыэё"},
	{"uk", "іїєґ"},
	{"bg", "ъ"},
	{"sr", "ђћџјљњ"},
	{"mk", "ѓќѕјљњџ"},
	{"kk", "әғқңөұүһі"},
	{"be", "ўі"},
	{"ky", "ңөү"},
	{"mn", "өү"},
}

// arabicWords lists the frequent words of the languages written in Arabic
// script.
var arabicWords = []langList{
	{"ar", "في من على أن إلى التي الذي عن مع هذا هذه كان بين قال ذلك كما بعد ما لا قد أو إن كل هو هي منذ حتى لم لن خلال عام أنه وفي ومن"},
	{"fa", "و در به از که این است را با برای آن شده می یک خود شد کرد"},
	{"ur", "کے میں کی ہے اور سے کا کو نے پر یہ ہیں کیا تھا"},
}

// arabicLetters lists the letters each Arabic-script language is told by.
var arabicLetters = []langList{
	{"ar", "ةىيكأإ"},
	{"fa", "پچژگکی"},
	{"ur", "ٹڈڑںےہھ"},
}

// devanagariWords lists the frequent words of the languages written in
// Devanagari.
var devanagariWords = []langList{
	{"hi", "है के में की और से को का ने पर यह भी हैं था"},
	{"mr", "आहे आणि या व हे करण्यात त्यांनी होते असे"},
	{"ne", "छ र को मा पनि गरेको हो भएको थियो गर्न"},
}
