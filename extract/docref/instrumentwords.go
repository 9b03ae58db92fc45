package docref

import (
	"strings"
	"sync"
)

// instrumentData lists the instruments that Russian and Kazakh texts name
// by a fixed phrase, and English texts by an acronym or a short name that
// the rules of named instruments do not read (NPT, UN Charter), one a line: the canonical English title, the kind,
// and the phrases, separated by " | ". A word ending in "*" is a stem
// that takes any case ending (Договор*: Договора, Договору...); the
// other words are as written. Matching folds case and ё.
const instrumentData = `Treaty on the Non-Proliferation of Nuclear Weapons | treaty | Договор* о нераспространении ядерного оружия | ДНЯО | Ядролық қаруды таратпау туралы шарт* | NPT
Comprehensive Nuclear-Test-Ban Treaty | treaty | Договор* о всеобъемлющем запрещении ядерных испытаний | ДВЗЯИ | Ядролық сынақтарға жан-жақты тыйым салу туралы шарт* | CTBT
Treaty on the Prohibition of Nuclear Weapons | treaty | Договор* о запрещении ядерного оружия | Ядролық қаруға тыйым салу туралы шарт* | TPNW
Treaty on a Nuclear-Weapon-Free Zone in Central Asia | treaty | Договор* о зоне , свободной от ядерного оружия , в Центральной Азии | Договор* о зоне, свободной от ядерного оружия в Центральной Азии | Орталық Азияда ядролық қарудан азат аймақ туралы шарт*
Treaty on the Eurasian Economic Union | treaty | Договор* о Евразийском экономическом союзе | Еуразиялық экономикалық одақ туралы шарт*
Charter of the United Nations | charter | UN Charter | U.N. Charter | United Nations Charter | Устав* ООН | Устав* Организации Объединенных Наций | БҰҰ Жарғы* | БҰҰ-ның Жарғы* | Біріккен Ұлттар Ұйымының Жарғы*
Paris Agreement | agreement | Парижск* соглашени* | Париж келісім*
Kyoto Protocol | protocol | Киотск* протокол* | Киото хаттама*
Universal Declaration of Human Rights | declaration | UDHR | Всеобщ* деклараци* прав человека | Адам құқықтарының жалпыға бірдей декларация*
Joint Comprehensive Plan of Action | plan | JCPOA | Совместн* всеобъемлющ* план* действий | СВПД | Бірлескен жан-жақты іс-қимыл жоспар*
Chemical Weapons Convention | convention | Конвенци* о запрещении химического оружия | Химиялық қаруға тыйым салу туралы конвенция*
Biological Weapons Convention | convention | Конвенци* о запрещении биологического оружия | Биологиялық қаруға тыйым салу туралы конвенция*
Convention on the Rights of the Child | convention | Конвенци* о правах ребенка | Бала құқықтары туралы конвенция*
United Nations Framework Convention on Climate Change | convention | UNFCCC | Рамочн* конвенци* ООН об изменении климата | Рамочн* конвенци* Организации Объединенных Наций об изменении климата | Климаттың өзгеруі туралы негіздемелік конвенция*
Rome Statute of the International Criminal Court | statute | Римск* статут* | Рим статут*
Vienna Convention on Diplomatic Relations | convention | Венск* конвенци* о дипломатических сношениях | Дипломатиялық қатынастар туралы Вена конвенция*
International Covenant on Civil and Political Rights | covenant | Международн* пакт* о гражданских и политических правах | Азаматтық және саяси құқықтар туралы халықаралық пакт*
2030 Agenda for Sustainable Development | agenda | Повестк* дня в области устойчивого развития на период до 2030 года | Повестк* дня в области устойчивого развития до 2030 года | 2030 жылға дейінгі тұрақты даму саласындағы күн тәртібі*`

// maxEnding bounds the letters of a case ending after a stem: Kazakh
// stacks a possessive and a case (Жарғы-сының).
const maxEnding = 6

// ruEndings are the Russian case endings of nouns and adjectives that a
// stem of instrumentData takes.
const ruEndings = "а у ом е ы ов ам ами ах ая ой ую ое ого ому ым ие ия ию ием ем ии ий его ему ее юю яя их им ых ими и ю ей я ям ями ях ою ею"

// kkPossessives and kkCases are the Kazakh endings that a stem takes: a
// possessive of the third person, then a case (Жарғы-сы-ның).
const (
	kkPossessives = "ы і сы сі"
	kkCases       = "ның нің тың тің дың дің на не ға ге қа ке н ны ні ты ті ды ді да де та те нда нде дан ден тан тен нан нен мен бен пен мен ымен імен ндағы дағы дегі тағы тегі"
)

// endings returns the set of the case endings of ruEndings and the
// Kazakh possessives and cases, alone and stacked.
var endings = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{"": true}
	for _, e := range strings.Fields(ruEndings) {
		m[e] = true
	}
	poss := append([]string{""}, strings.Fields(kkPossessives)...)
	for _, p := range poss {
		m[p] = true
		for _, c := range strings.Fields(kkCases) {
			m[p+c] = true
		}
	}
	return m
})
