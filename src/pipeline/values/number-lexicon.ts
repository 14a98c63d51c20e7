/**
 * Words around figures in uk, ru, be, pl, cs, de: scale words ("тыс.", "mln", "Mrd."), measurement units,
 * currencies and percent, each mapped to the language-free unit English text gives ("км" → "kilometre",
 * "гривень" → "hryvnia"), plus small number words ("два", "dwa", "zwei", "трое") and vague magnitudes ("десятки",
 * "setki", "Tausende"). Written from standard grammars; forms are spelled `stem(ending,ending,…)`, where an empty
 * ending is the bare stem.
 */

/** What a word next to a figure means. */
export type ValueWord =
  | { readonly kind: 'scale'; readonly value: number }
  | { readonly kind: 'unit'; readonly unit: string }
  | { readonly kind: 'currency'; readonly unit: string }
  | { readonly kind: 'percent' }
  /** "кв.", "kw.": the next unit is squared ("кв. км" → "square kilometre"). */
  | { readonly kind: 'square' }

export interface NumberLexicon {
  /** Lower-cased forms, apostrophes as "'": scale words, units, currencies, percent. */
  readonly words: ReadonlyMap<string, ValueWord>
  /** Small number words that count a following noun ("два солдата", "dwie osoby"), by value; "one" only before a scale word ("один миллион"). */
  readonly numberWords: ReadonlyMap<string, number>
  /** Plural magnitudes ("десятки", "setki", "Tausende"): the order of magnitude. */
  readonly vague: ReadonlyMap<string, number>
  /** Words after a figure that are not what it counts. */
  readonly functionWords: ReadonlySet<string>
  /** German: a counted noun is capitalised ("15 Soldaten"); a lower-case word after a figure is not one. */
  readonly isNounCapitalised: boolean
  /** German: "10.000" is ten thousand (elsewhere a full stop before three digits is read as a decimal point). */
  readonly isDotGrouping: boolean
  /** A word between a vague magnitude and its noun: German "Tausende von Menschen". */
  readonly vagueLink?: string
  /** Ordinals are written with a full stop: Czech "21. století", German "im 21. Jahrhundert". */
  readonly isOrdinalDotted: boolean
}

interface LexiconSource {
  readonly scales: readonly (readonly [number, string])[]
  readonly units: Readonly<Record<string, string>>
  readonly currencies: Readonly<Record<string, string>>
  readonly percent: string
  readonly square: string
  readonly numberWords: readonly (readonly [number, string])[]
  readonly vague: readonly (readonly [number, string])[]
  readonly functionWords: string
  readonly isNounCapitalised?: boolean
  readonly isDotGrouping?: boolean
  readonly vagueLink?: string
  readonly isOrdinalDotted?: boolean
}

/** Currency symbols, as English reads them (numbers.ts). */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: 'dollar', '€': 'euro', '£': 'pound', '¥': 'yen', '₴': 'hryvnia', '₽': 'rouble' }
const CURRENCY_CODES: Readonly<Record<string, string>> = {
  dollar: 'usd', euro: 'eur', pound: 'gbp', hryvnia: 'uah', rouble: 'rub byn', zloty: 'pln', koruna: 'czk', yuan: 'cny',
}

// Masculine noun endings (километр, километра, …) and feminine ones (минута, минуты, минут, …) of each language.
const RU_M = '(,а,у,ом,е,ы,ов,ам,ами,ах)'
const UK_M = '(,а,у,ом,і,и,ів,ам,ами,ах)'
const BE_M = '(,а,у,ам,е,ы,аў,амі,ах)'
const PL_M = '(,a,y,ów,em,ami,ach,ze,u)'
const CS_M = '(,u,y,ů,em,ech)'
const RU_F = '(а,ы,у,е,,ами,ам,ах,ой)'
const UK_F = '(а,и,у,і,,ами,ам,ах,ою)'
const BE_F = '(а,ы,у,е,,амі,ам,ах,ай)'
const PL_F = '(a,y,ę,)'
const CS_F = '(a,y,u,)'

const SOURCES: Readonly<Record<string, LexiconSource>> = {
  ru: {
    scales: [[1e3, 'тыс тыс. тысяч(а,и,у,ей,ью,е,ам,ами,ах,)'], [1e6, `млн млн. миллион${RU_M}`], [1e9, `млрд млрд. миллиард${RU_M}`], [1e12, `трлн трлн. триллион${RU_M}`]],
    units: {
      kilometre: `км км. километр${RU_M}`, metre: `м м. метр${RU_M}`, centimetre: `см сантиметр${RU_M}`, millimetre: `мм миллиметр${RU_M}`,
      mile: 'мил(я,и,ь,ей,ям,ями,ях,ю)', kilogram: `кг килограмм${RU_M} килограм${RU_M}`, gram: `грамм${RU_M}`,
      tonne: `тонн${RU_F}`, litre: `литр${RU_M}`, hectare: `га гектар${RU_M}`, degree: `градус${RU_M}`,
      'square kilometre': 'км²', 'square metre': 'м²', 'cubic metre': `м³ кубометр${RU_M}`,
      year: 'лет год(,а,у,ом,ы,ам,ами,ах)', month: 'месяц(,а,у,ем,е,ы,ев,ам,ами,ах) мес.', week: 'недел(я,и,ю,е,ь,ям,ями,ях,ей)',
      day: 'день дня дней дню днём днем дни дням днями днях сутки суток', hour: `час${RU_M} ч.`,
      minute: `минут${RU_F} мин.`, second: `секунд${RU_F} сек.`,
      people: 'человек(,а,у,ом) людей люди людям людьми чел.', time: 'раз раза', inch: 'дюйм(,а,ов,ами,ах)', foot: 'фут(,а,ов,ами,ах)',
      acre: 'акр(,а,ов,ами,ах)',
    },
    currencies: {
      dollar: `доллар${RU_M} долл. дол.`, euro: 'евро', pound: `фунт${RU_M}`, hryvnia: `гривн${RU_F} гривен грн грн.`,
      rouble: 'рубл(ь,я,ю,ем,е,и,ей,ям,ями,ях) руб руб.', zloty: 'злот(ый,ых,ым,ыми,ые,ого)', koruna: `крон${RU_F}`,
      yuan: 'юан(ь,я,ей,ям,ях,и,ю,ем)',
    },
    percent: `процент${RU_M} проц.`,
    square: 'кв. кв квадратн(ых,ый,ые,ого,ым,ыми)',
    numberWords: [
      [2, 'два две двух двум двумя двое двоих'], [3, 'три трёх трех трём трем тремя трое троих'],
      [4, 'четыре четырёх четырех четырём четырем четырьмя четверо'], [5, 'пять пяти пятью пятеро'], [6, 'шесть шести шестью шестеро'],
      [7, 'семь семи семеро'], [8, 'восемь восьми восьмью'], [9, 'девять девяти'], [10, 'десять десяти десятью'],
      [11, 'одиннадцать одиннадцати'], [12, 'двенадцать двенадцати дюжина дюжину'], [15, 'пятнадцать пятнадцати'],
      [20, 'двадцать двадцати'], [30, 'тридцать тридцати'], [40, 'сорок сорока'], [50, 'пятьдесят пятидесяти'], [100, 'сто'],
      [1, 'один одна одну одного одной'],
    ],
    vague: [[12, 'десятк(и,ов,ами,ам,ах)'], [100, 'сотн(и,ям,ями,ях) сотен'], [1e3, 'тысяч(и,ами,ам,ах,)'], [1e6, 'миллион(ы,ов,ами)'], [1e9, 'миллиард(ы,ов,ами)']],
    functionWords:
      'и в во на с со по из за от до к ко о об у не а но или что как для при без над под через это же ли бы уже ещё еще лишь только также тоже почти около более менее свыше из-за',
  },
  uk: {
    scales: [[1e3, 'тис тис. тисяч(а,і,у,ею,ам,ами,ах,)'], [1e6, `млн млн. мільйон${UK_M}`], [1e9, `млрд млрд. мільярд${UK_M}`], [1e12, `трлн трлн. трильйон${UK_M}`]],
    units: {
      kilometre: `км км. кілометр${UK_M}`, metre: `м м. метр${UK_M}`, centimetre: `см сантиметр${UK_M}`, millimetre: `мм міліметр${UK_M}`,
      mile: 'мил(я,і,ь,ям,ями,ях,ю)', kilogram: `кг кілограм${UK_M}`, gram: `грам${UK_M}`, tonne: `тонн${UK_F}`,
      litre: `літр${UK_M}`, hectare: `га гектар${UK_M}`, degree: `градус${UK_M}`,
      'square kilometre': 'км²', 'square metre': 'м²', 'cubic metre': `м³ кубометр${UK_M}`,
      year: 'рок(и,ів,ам,ами,ах,у) рік', month: 'місяц(ь,я,і,ів,ям,ями,ях,ем)', week: 'тиж(день,ня,ні,нів,ням,нями,нях)',
      day: 'день дня дні днів дням днями днях доба доби діб', hour: `годин${UK_F} год.`,
      minute: `хвилин${UK_F} хв.`, second: `секунд${UK_F}`,
      people: 'людей люди людьми людин(а,и,у) осіб особи особам особами чоловік', time: 'раз рази разів', inch: 'дюйм(,а,и,ів,ами)',
      foot: 'фут(,а,и,ів,ами)', acre: 'акр(,а,и,ів,ами)',
    },
    currencies: {
      dollar: `долар${UK_M} дол. долл.`, euro: 'євро', pound: `фунт${UK_M}`, hryvnia: 'гривн(я,і,ю,ею,ям,ями,ях) гривень грн грн.',
      rouble: 'рубл(ь,я,ю,ем,і,ів,ям,ями,ях) руб руб.', zloty: 'злот(ий,их,им,ими,і,ого)', koruna: `крон${UK_F}`,
      yuan: 'юан(ь,я,ів,ям,ях,і,ю,ем)',
    },
    percent: `відсот(ок,ка,ку,ків,ки,кам,ками,ках) процент${UK_M}`,
    square: 'кв. кв квадратн(их,ий,і,ого,им,ими)',
    numberWords: [
      [2, 'два дві двох двом двома двоє'], [3, 'три трьох трьом трьома троє'], [4, 'чотири чотирьох чотирьом чотирма четверо'],
      [5, "п'ять п'яти п'ятьох п'ятеро"], [6, 'шість шести шістьох шестеро'], [7, 'сім семи сімох семеро'], [8, 'вісім восьми вісьмох'],
      [9, "дев'ять дев'яти"], [10, 'десять десяти десятьох'], [11, 'одинадцять одинадцяти'], [12, 'дванадцять дванадцяти дюжина дюжину'],
      [15, "п'ятнадцять п'ятнадцяти"], [20, 'двадцять двадцяти'], [30, 'тридцять тридцяти'], [40, 'сорок сорока'], [50, "п'ятдесят п'ятдесяти"],
      [100, 'сто'], [1, 'один одна одну одного однієї'],
    ],
    vague: [[12, 'десятк(и,ів,ами,ам,ах)'], [100, 'сотн(і,ям,ями,ях) сотень'], [1e3, 'тисяч(і,ами,ам,ах,)'], [1e6, 'мільйон(и,ів,ами)'], [1e9, 'мільярд(и,ів,ами)']],
    functionWords:
      'і й та в у на з із зі по за від до к о об не а але або що як для при без над під через це вже ще лише тільки також теж майже близько понад більш менш',
  },
  be: {
    scales: [[1e3, 'тыс тыс. тысяч(а,ы,у,ай,ам,амі,ах,)'], [1e6, `млн млн. мільён${BE_M}`], [1e9, `млрд млрд. мільярд${BE_M}`], [1e12, 'трлн трлн.']],
    units: {
      kilometre: `км км. кіламетр${BE_M}`, metre: `м м. метр${BE_M}`, centimetre: `см сантыметр${BE_M}`, kilogram: `кг кілаграм${BE_M}`,
      tonne: 'тон(а,ы,у,е,,амі,ам,ах,ай,аў)', litre: `літр${BE_M}`, hectare: `га гектар${BE_M}`, degree: `градус${BE_M}`,
      'square kilometre': 'км²', 'square metre': 'м²',
      year: 'гадоў гады год года гадамі', month: `месяц${BE_M}`, week: 'тыдзень тыдн(і,яў,я,ям,ямі,ях)',
      day: 'дзень дні дзён дня днямі суткі сутак', hour: `гадзін${BE_F}`, minute: `хвілін${BE_F}`,
      second: `секунд${BE_F}`, people: 'чалавек(,а) людзей людзі асоб', time: 'раз разы разоў',
    },
    currencies: {
      dollar: `долар${BE_M} даляр${BE_M} дол.`, euro: 'еўра евро', pound: `фунт${BE_M}`, hryvnia: 'грыўн(а,ы,у,е,,ям,ях,аў) грн',
      rouble: 'рубл(ь,я,ю,ём,і,ёў,ям,ямі,ях) руб руб.', zloty: 'злот(ых,ы,ага)', koruna: 'крон(а,ы,у,аў)', yuan: 'юан(ь,я,яў,ей)',
    },
    percent: `працэнт${BE_M} адсот(ак,ка,каў,кі,ках)`,
    square: 'кв. кв квадратн(ых,ы,ыя,ага,ым,ымі)',
    numberWords: [
      [2, 'два дзве двух двум двума двое'], [3, 'тры трох тром трыма трое'], [4, 'чатыры чатырох чатыром чатырма чацвёра'],
      [5, 'пяць пяці пяццю пяцёра'], [6, 'шэсць шасці шасцёра'], [7, 'сем сямі сямёра'], [8, 'восем васьмі'], [9, 'дзевяць дзевяці'],
      [10, 'дзесяць дзесяці'], [11, 'адзінаццаць'], [12, 'дванаццаць'], [15, 'пятнаццаць'], [20, 'дваццаць'], [30, 'трыццаць'],
      [40, 'сорак'], [50, 'пяцьдзясят'], [100, 'сто'], [1, 'адзін адна адну аднаго'],
    ],
    vague: [[12, 'дзясятк(і,аў,амі)'], [100, 'сотн(і,ямі) сотняў'], [1e3, 'тысяч(ы,амі,)'], [1e6, 'мільён(ы,аў)'], [1e9, 'мільярд(ы,аў)']],
    functionWords: 'і й ды ў у на з са па за ад да к аб не а але або што як для пры без над пад праз гэта ўжо яшчэ толькі таксама амаль каля больш менш',
  },
  pl: {
    scales: [[1e3, 'tys tys. tysiąc(,a,e,u,em,ami,ach) tysięcy'], [1e6, 'mln mln. milion(,a,y,ów,em,ami,ach)'], [1e9, 'mld mld. miliard(,a,y,ów,em,ami,ach)'], [1e12, 'bln bln. bilion(,a,y,ów)']],
    units: {
      kilometre: `km km. kilometr${PL_M}`, metre: `m m. metr${PL_M}`, centimetre: 'cm centymetr(,a,y,ów)', millimetre: 'mm milimetr(,a,y,ów)',
      mile: 'mil(a,e,i,ę,)', kilogram: 'kg kilogram(,a,y,ów)', gram: 'gram(a,y,ów)', tonne: `ton${PL_F}`, litre: 'litr(,a,y,ów)',
      hectare: 'ha hektar(,a,y,ów)', degree: 'stopni(,e,a) stopień', 'square kilometre': 'km²', 'square metre': 'm²',
      year: 'lat lata rok roku', month: 'miesi(ąc,ące,ęcy,ąca)', week: 'tydzień tygodni(,e,a)', day: 'dzień dni dnia doby dób',
      hour: `godzin${PL_F}`, minute: `minut${PL_F}`, second: `sekund${PL_F}`, people: 'osób osoby osoba osobom osobami ludzi',
      time: 'raz razy', inch: 'cal(,e,i)', foot: 'stóp stop(a,y)', acre: 'akr(,y,ów)',
    },
    currencies: {
      dollar: 'dolar(,a,y,ów,ach,ami)', euro: 'euro', pound: 'funt(,a,y,ów)', hryvnia: `hrywn${PL_F}`, rouble: 'rubl(i,e,a) rubel',
      zloty: 'zł zł. złot(y,ych,e,ego,ówek)', koruna: `koron${PL_F}`, yuan: 'juan(,a,y,ów)',
    },
    percent: 'procent(,y,ów,a,u) proc.',
    square: 'kw. kw kwadratow(ych,e,y)',
    numberWords: [
      [2, 'dwa dwie dwóch dwu dwoma dwom dwaj dwoje'], [3, 'trzy trzech trzema trzem trzej troje'],
      [4, 'cztery czterech czterema czterem czterej czworo'], [5, 'pięć pięciu pięcioro'], [6, 'sześć sześciu sześcioro'],
      [7, 'siedem siedmiu siedmioro'], [8, 'osiem ośmiu'], [9, 'dziewięć dziewięciu'], [10, 'dziesięć dziesięciu'],
      [11, 'jedenaście jedenastu'], [12, 'dwanaście dwunastu tuzin'], [15, 'piętnaście piętnastu'], [20, 'dwadzieścia dwudziestu'],
      [30, 'trzydzieści trzydziestu'], [40, 'czterdzieści czterdziestu'], [50, 'pięćdziesiąt pięćdziesięciu'], [100, 'sto stu'],
      [1, 'jeden jedna jedną jednego'],
    ],
    vague: [[12, 'dziesiąt(ki,kami,kach,ek)'], [100, 'set(ki,kami,kach,ek)'], [1e3, 'tysiące tysięcy tysiącami'], [1e6, 'milion(y,ów,ami)'], [1e9, 'miliard(y,ów,ami)']],
    functionWords:
      'i w we na z ze po za od do o u nie a ale lub albo oraz że jak dla przy bez nad pod przez to już jeszcze tylko także też prawie około ponad mniej więcej się',
  },
  cs: {
    // "mil" without a full stop is the genitive plural of "míle" (mile); only "mil." is a million.
    scales: [[1e3, 'tis tis. tisíc(,e,i,ů,em,ích)'], [1e6, `mil. mln mln. milion${CS_M}`], [1e9, 'mld mld. miliard(a,y,u,ou,)'], [1e12, 'bil. bilion(,y,ů)']],
    units: {
      kilometre: `km km. kilometr${CS_M}`, metre: `m m. metr${CS_M}`, centimetre: 'cm centimetr(,y,ů)', millimetre: 'mm milimetr(,y,ů)',
      mile: 'mil(e,í)', kilogram: 'kg kilogram(,u,y,ů)', tonne: `tun${CS_F}`, litre: 'litr(,u,y,ů)', hectare: 'ha hektar(,u,y,ů)',
      degree: 'stup(eň,ně,ňů)', 'square kilometre': 'km²', 'square metre': 'm²',
      year: 'let rok(,u,y,ů)', month: 'měsíc(,e,ů,ích)', week: 'týd(en,ne,nů,ny)', day: 'den dn(y,ů,í,ech) dne',
      hour: `hodin${CS_F}`, minute: `minut${CS_F}`, second: `sekund${CS_F}`, people: 'lidí lidé lidem osob(,y,ám)',
      time: 'krát', inch: 'palc(e,ů)', foot: 'stop(a,y,)', acre: 'akr(,y,ů)',
    },
    currencies: {
      dollar: 'dolar(,u,y,ů,ech)', euro: 'euro eur', pound: 'lib(ra,er,ry)', hryvnia: 'hřiven hřivn(a,y,u)', rouble: 'rubl(,ů,y,u,ech)',
      zloty: 'zlot(ý,ých,é)', koruna: `kč kč. korun${CS_F}`, yuan: 'jüan(,ů,y)',
    },
    percent: 'procent(,a,o,u) proc.',
    square: 'čtverečn(í,ích)',
    numberWords: [
      [2, 'dva dvě dvou dvěma'], [3, 'tři tří třem třemi'], [4, 'čtyři čtyř čtyřem čtyřmi'], [5, 'pět pěti'], [6, 'šest šesti'],
      [7, 'sedm sedmi'], [8, 'osm osmi'], [9, 'devět devíti'], [10, 'deset deseti'], [11, 'jedenáct jedenácti'], [12, 'dvanáct dvanácti tucet'],
      [15, 'patnáct patnácti'], [20, 'dvacet dvaceti'], [30, 'třicet třiceti'], [40, 'čtyřicet čtyřiceti'], [50, 'padesát padesáti'], [100, 'sto'],
      [1, 'jeden jedna jednu jednoho'],
    ],
    vague: [[12, 'desít(ky,kách,kami,ek)'], [100, 'stov(ky,kách,kami,ek)'], [1e3, 'tisíce tisíců'], [1e6, 'milion(y,ů)'], [1e9, 'miliard(y)']],
    functionWords: 'a i v ve na s se z ze po za od do k ke o u ne ale nebo že jak pro při bez nad pod přes to už ještě jen pouze také též téměř asi více méně',
    isOrdinalDotted: true,
  },
  de: {
    scales: [[1e3, 'tsd tsd. tausend'], [1e6, 'mio mio. million millionen'], [1e9, 'mrd mrd. milliarde milliarden'], [1e12, 'bio. billion billionen']],
    units: {
      kilometre: 'km km. kilometer kilometern kilometers', metre: 'm meter metern', centimetre: 'cm zentimeter', millimetre: 'mm millimeter',
      mile: 'meile meilen', kilogram: 'kg kilogramm', gram: 'gramm', tonne: 't tonne tonnen', litre: 'liter litern', hectare: 'ha hektar',
      degree: 'grad', 'square kilometre': 'km² quadratkilometer quadratkilometern', 'square metre': 'm² quadratmeter quadratmetern',
      year: 'jahr jahre jahren jahres', month: 'monat monate monaten', week: 'woche wochen', day: 'tag tage tagen',
      hour: 'stunde stunden std.', minute: 'minute minuten min.', second: 'sekunde sekunden sek.', people: 'menschen personen leute',
      time: 'mal', inch: 'zoll', foot: 'fuß', acre: 'acre acres',
    },
    currencies: {
      dollar: 'dollar us-dollar', euro: 'euro', pound: 'pfund', hryvnia: 'hrywnja griwna', rouble: 'rubel', zloty: 'zloty',
      koruna: 'krone kronen', yuan: 'yuan',
    },
    percent: 'prozent',
    square: 'quadrat',
    numberWords: [
      [2, 'zwei'], [3, 'drei'], [4, 'vier'], [5, 'fünf'], [6, 'sechs'], [7, 'sieben'], [8, 'acht'], [9, 'neun'], [10, 'zehn'],
      [11, 'elf'], [12, 'zwölf dutzend'], [15, 'fünfzehn'], [20, 'zwanzig'], [30, 'dreißig'], [40, 'vierzig'], [50, 'fünfzig'], [100, 'hundert'],
      [1, 'eine einer einen ein'],
    ],
    vague: [[12, 'dutzende'], [100, 'hunderte'], [1e3, 'tausende'], [1e5, 'hunderttausende'], [1e6, 'millionen'], [1e9, 'milliarden']],
    functionWords:
      'und in im am an auf aus bei mit nach von vom zu zum zur für über unter um bis seit durch gegen ohne nicht aber oder dass wie als auch noch nur schon fast rund etwa mehr weniger der die das den dem des ein eine einen einem einer es sie er wir ich',
    isNounCapitalised: true,
    isDotGrouping: true,
    vagueLink: 'von',
    isOrdinalDotted: true,
  },
}

/** The languages with their own number words. */
export const NUMBER_LANGUAGES: ReadonlySet<string> = new Set(Object.keys(SOURCES))

/** The lexicon of a language in NUMBER_LANGUAGES, expanded from its source on first use; undefined for others. */
export function numberLexicon(lang: string): NumberLexicon | undefined {
  const source = Object.hasOwn(SOURCES, lang) ? SOURCES[lang] : undefined
  if (!source) return undefined
  const words = new Map<string, ValueWord>()
  const add = (spec: string, value: ValueWord): void => {
    for (const form of expandForms(spec)) if (!words.has(form)) words.set(form, value)
  }
  for (const [value, spec] of source.scales) add(spec, { kind: 'scale', value })
  for (const [unit, spec] of Object.entries(source.units)) add(spec, { kind: 'unit', unit })
  for (const [unit, spec] of Object.entries(source.currencies)) add(`${spec} ${CURRENCY_CODES[unit] ?? ''}`, { kind: 'currency', unit })
  for (const [symbol, unit] of Object.entries(CURRENCY_SYMBOLS)) add(symbol, { kind: 'currency', unit })
  add(`${source.percent} %`, { kind: 'percent' })
  add(source.square, { kind: 'square' })
  return {
    words,
    numberWords: toValues(source.numberWords),
    vague: toValues(source.vague),
    functionWords: new Set(source.functionWords.split(' ')),
    isNounCapitalised: source.isNounCapitalised ?? false,
    isOrdinalDotted: source.isOrdinalDotted ?? false,
    isDotGrouping: source.isDotGrouping ?? false,
    ...(source.vagueLink ? { vagueLink: source.vagueLink } : {}),
  }
}

/** A word as the lexicon keys it: lower-cased, with ’ and ʼ as ' (Ukrainian "п’ять" = "п'ять"). */
export function lexiconKey(word: string): string {
  return word.toLowerCase().replace(/[’ʼ]/g, "'")
}

function toValues(entries: readonly (readonly [number, string])[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const [value, spec] of entries) for (const form of expandForms(spec)) if (!out.has(form)) out.set(form, value)
  return out
}

/** "тонн(а,ы,) т" → тонна, тонны, тонн, т. */
export function expandForms(spec: string): string[] {
  const out: string[] = []
  for (const item of spec.split(' ')) {
    if (!item) continue
    const open = item.indexOf('(')
    if (open < 0) {
      out.push(lexiconKey(item))
      continue
    }
    const stem = item.slice(0, open)
    for (const ending of item.slice(open + 1, item.lastIndexOf(')')).split(',')) out.push(lexiconKey(stem + ending))
  }
  return out
}
