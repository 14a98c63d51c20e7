import type { Token } from '../../model/index.js'
import { memoizeByKey } from '../memoize.js'

/** Grammatical gender of a person pronoun or name: masculine, feminine. */
export type Gender = 'm' | 'f'

/**
 * The words that mark reported speech in one language, for the languages whose quotes are found by word lists
 * (uk, ru, be, pl, cs, de); English keeps its tagger-based finders. Every set holds `wordKey` forms.
 */
export interface SpeechLexicon {
  readonly language: string
  /** Verbs of saying in the forms news reports use: past in every gender and number, present third person. */
  readonly verbs: ReadonlySet<string>
  /**
   * Verbs of asking, urging and proposing, whose content is what is asked for, as English "asked Putin to deploy":
   * an infinitive ("попросил Путина разместить") or a preposition's object ("poprosił Putina o rozmieszczenie").
   */
  readonly requests: ReadonlySet<string>
  /** The preposition that names what is asked for: "о", "про", "o", "um". */
  readonly requestPrepositions: ReadonlySet<string>
  /** An infinitive's ending ("разместить", "розмістити", "rozmieścić"); undefined where the language has none to tell. */
  readonly infinitive: RegExp | undefined
  /** Adverbial participles ("заявив, что …", "dodając, że …"): their subject is the sentence's. */
  readonly gerunds: ReadonlySet<string>
  /** Conjunctions that open a reported clause: "что", "що", "што", "że", "że", "dass". */
  readonly that: ReadonlySet<string>
  /**
   * "According to X" cues as word sequences, by their first word ("* zufolge" under "zufolge"), longer first: `*` is the speaker, `<verb>` any verb of saying ("как <verb> *":
   * "как заявил Лукашенко"), "," a comma ("…, so Lukaschenko").
   */
  readonly cuesByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>
  /** Words that open an attribution inserted in a sentence: "как (заявил X)", "jak (powiedział X)", "wie (X sagte)". */
  readonly as: ReadonlySet<string>
  /** Third-person singular subject pronouns and their gender: "он", "вона", "on", "sie" (a plural names no one person). */
  readonly pronouns: ReadonlyMap<string, Gender>
  /** Possessive pronouns, speakers only inside a cue: "по его словам", "jego zdaniem", "seinen Worten zufolge". */
  readonly possessives: ReadonlyMap<string, Gender>
  /**
   * Surname endings that only a woman's or only a man's name has, in any case: "Вербицкая", "Nováková",
   * "Kowalska"; "Путин", "Песков", "Zieliński". "Захарова" is left out: it is also the genitive of "Захаров".
   */
  readonly feminineSurname: RegExp
  readonly masculineSurname: RegExp
  /** First-person words that open unmarked speech: "мы", "ja", "wir". */
  readonly firstPerson: ReadonlySet<string>
  /** Role nouns in their inflected forms, each with its first form: "президента" → "президент". */
  readonly roles: ReadonlyMap<string, string>
  /** Endings of adjectives that stand before a role noun: "белорусский лидер", "białoruski przywódca". */
  readonly adjectiveEnding: RegExp
  /** Prepositions: a name right after one is an object ("с Путиным", "mit Putin"), never the subject or speaker. */
  readonly prepositions: ReadonlySet<string>
  /** Auxiliaries and copulas, verbs that mark the end of a sentence's subject ("был", "jest", "hat"). */
  readonly auxiliaries: ReadonlySet<string>
  /** Past-tense endings that mark a finite verb ("встретился", "spotkał"), for finding a sentence's subject. */
  readonly pastEnding: RegExp | undefined
  /** True when a reported clause may follow the verb after a bare comma: "Er sagte, Russland werde …". */
  readonly hasBareClause: boolean
  /**
   * Words that open a phrase before a verb-second language's verb, whose subject then follows it ("Am Freitag sagte
   * Lukaschenko", "Laut Bericht der Agentur Belta sagte Lukaschenko"): the prepositions and "laut"; empty elsewhere
   * ("После встречи Лукашенко заявил").
   */
  readonly verbSecondOpeners: ReadonlySet<string>
}

/**
 * The matching form of a word: lower case, "ё" as "е" (Russian texts write either), the apostrophe of
 * Ukrainian and Belarusian ("прем'єр", "прем’єр") as one sign.
 */
export function wordKey(word: string): string {
  const lower = word.toLowerCase()
  return /[ё’ʼ]/.test(lower) ? lower.replace(/ё/g, 'е').replace(/[’ʼ]/g, "'") : lower
}

const tokenKeys = new WeakMap<Token, string>()

/** `tokenKey` of the token at `k`, "" past either end. */
export function keyAt(tokens: readonly Token[], k: number): string {
  const t = tokens[k]
  return t ? tokenKey(t) : ''
}

/** `wordKey` of a token's text, remembered per token: the finders ask it of every token many times. */
export function tokenKey(t: Token): string {
  let key = tokenKeys.get(t)
  if (key === undefined) {
    key = wordKey(t.text)
    tokenKeys.set(t, key)
  }
  return key
}

/** The lexicon of a language, built on first use; undefined for English and the languages without one. */
export const speechLexicon: (language: string) => SpeechLexicon | undefined = memoizeByKey((language: string) => {
  const raw = RAW[language]
  return raw ? buildLexicon(language, raw) : undefined
})

/** One language as written below: space-separated words, `stem(a|b|)` for a stem with its endings. */
interface RawLexicon {
  readonly verbs: string
  readonly requests: string
  readonly requestPrepositions: string
  readonly infinitive?: RegExp
  readonly gerunds: string
  readonly that: string
  readonly accordingTo: readonly string[]
  readonly as: string
  readonly pronouns: { readonly m: string; readonly f: string }
  readonly possessives: { readonly m: string; readonly f: string }
  readonly feminineSurname: RegExp
  readonly masculineSurname: RegExp
  readonly firstPerson: string
  readonly roles: string
  readonly adjectiveEnding: RegExp
  readonly prepositions: string
  readonly auxiliaries: string
  readonly pastEnding?: RegExp
  readonly hasBareClause?: boolean
  /** Verb-second languages: words besides the prepositions that open a phrase before the verb (see SpeechLexicon). */
  readonly verbSecondOpeners?: string
}

// Source of every list: the standard grammar of each language (past tense in -л/-ла/-ло/-ли, -в/-ў, -ł/-li,
// -l/-li; present third person; adverbial participles; personal and possessive pronouns; common prepositions),
// written down from the authors' knowledge of the languages and checked against the verbs the project's
// issue 14 names. No data was downloaded. Gerunds are verbs too: they are listed in both. The tokenizer splits
// hyphenated words ("пресс|-|секретарь", "прем|'|єр|-|міністр"), so a compound role is listed by its last part.
const RAW: Readonly<Record<string, RawLexicon>> = {
  ru: {
    verbs:
      'сказа(л|ла|ло|ли) заяви(л|ла|ло|ли) отмети(л|ла|ло|ли) подчеркну(л|ла|ло|ли) добави(л|ла|ло|ли) сообщи(л|ла|ло|ли) ' +
      'поясни(л|ла|ло|ли) объясни(л|ла|ло|ли) замети(л|ла|ло|ли) указа(л|ла|ло|ли) призна(л|ла|ло|ли) ' +
      'предупреди(л|ла|ло|ли) напомни(л|ла|ло|ли) уточни(л|ла|ло|ли) написа(л|ла|ло|ли) ответи(л|ла|ло|ли) ' +
      'рассказа(л|ла|ло|ли) констатирова(л|ла|ло|ли) утвержда(л|ла|ло|ли) говори(л|ла|ло|ли) завери(л|ла|ло|ли) ' +
      'подтверди(л|ла|ло|ли) возрази(л|ла|ло|ли) резюмирова(л|ла|ло|ли) счита(л|ла|ло|ли) ' +
      'говор(ит|ят) заявля(ет|ют) отмеча(ет|ют) подчеркива(ет|ют) добавля(ет|ют) сообща(ет|ют) поясня(ет|ют) ' +
      'счита(ет|ют) полага(ет|ют) утвержда(ет|ют) уверя(ет|ют) пиш(ет|ут) указыва(ет|ют) признает напомина(ет|ют) ' +
      // What someone holds, expects or fears, as English "believe", "expect", "fear", "predict", "conclude".
      'заключи(л|ла|ло|ли) прогнозирова(л|ла|ло|ли) прогнозиру(ет|ют) предсказа(л|ла|ло|ли) ожида(ет|ют) ' +
      'надеется надеются надеял(ся|ась|ись) опаса(ется|ются) предполага(ет|ют) дума(ет|ют) уверен(|а|ы)',
    requests: 'попроси(л|ла|ли) проси(л|ла|ли|т|ят) призва(л|ла|ли) призыва(л|ла|ли|ет|ют) потребова(л|ла|ли) требу(ет|ют) предложи(л|ла|ли) предлага(ет|ют)',
    requestPrepositions: 'о об',
    infinitive: /\p{L}{2}(?:ть|ти|чь)(?:ся|сь)?$/u,
    gerunds:
      'сказав заявив отметив подчеркнув добавив пояснив объяснив указав сообщив напомнив уточнив признав заметив ' +
      'предупредив заверив подчеркивая отмечая заявляя добавляя говоря утверждая',
    that: 'что',
    accordingTo: ['по словам *', 'по * словам', 'как <verb> *', 'со слов *', 'по мнению *', 'по * мнению', 'по данным *', 'по информации *', 'по сообщению *', 'по * сообщению', 'по оценке *', 'по * оценке', 'согласно *'],
    as: 'как',
    pronouns: { m: 'он', f: 'она' },
    possessives: { m: 'его', f: 'ее её' },
    feminineSurname: /(?:ская|цкая)$/u,
    masculineSurname: /(?:ов|ев|ин|ын|ский|цкий)$/u,
    firstPerson: 'я мы нас нам наш наша наше наши мне меня мой моя мое мои',
    roles:
      'президент(|а|у|ом|е|ы|ов) премьер(|а|у|ом|е) министр(|а|у|ом|е|ы|ов) ' +
      'лидер(|а|у|ом|е|ы|ов) глав(а|ы|е|у|ой) председател(ь|я|ю|ем|е) спикер(|а|у|ом|е) секретар(ь|я|ю|ем|е) ' +
      'представител(ь|я|ю|ем|е|и|ей) пос(ол|ла|лу|лом|ле) канцлер(|а|у|ом|е) генсек(|а|у|ом|е) губернатор(|а|у|ом|е) ' +
      'мэр(|а|у|ом|е) руководител(ь|я|ю|ем|е) диктатор(|а|у|ом|е)',
    adjectiveEnding: /\p{L}{3}(?:ий|ый|ой|ая|ое|ые|ие|ого|ому|ым|им)$/u,
    prepositions: 'с со у к ко от ото для о об обо про при по за над под перед между без из на в во до после против через',
    auxiliaries: 'был была было были будет будут является являются стал стала стали есть',
    pastEnding: /\p{L}{2}(?:л|ла|ло|ли|лся|лась|лись)$/u,
  },
  uk: {
    verbs:
      'сказа(в|ла|ло|ли) заяви(в|ла|ло|ли) зазначи(в|ла|ло|ли) наголоси(в|ла|ло|ли) дода(в|ла|ло|ли) повідоми(в|ла|ло|ли) ' +
      'поясни(в|ла|ло|ли) підкресли(в|ла|ло|ли) відзначи(в|ла|ло|ли) вказа(в|ла|ло|ли) нагада(в|ла|ло|ли) ' +
      'розпові(в|ла|ло|ли) написа(в|ла|ло|ли) відпові(в|ла|ло|ли) попереди(в|ла|ло|ли) визна(в|ла|ло|ли) ' +
      'уточни(в|ла|ло|ли) констатува(в|ла|ло|ли) стверджува(в|ла|ло|ли) говори(в|ла|ло|ли) запевни(в|ла|ло|ли) ' +
      'підтверди(в|ла|ло|ли) зауважи(в|ла|ло|ли) вважа(в|ла|ло|ли) ' +
      'каж(е|уть) говор(ить|ять) заявля(є|ють) зазнача(є|ють) наголошу(є|ють) дода(є|ють) повідомля(є|ють) ' +
      'поясню(є|ють) вважа(є|ють) стверджу(є|ють) підкреслю(є|ють) пиш(е|уть) нагаду(є|ють) ' +
      'підсумува(в|ла|ли) прогнозува(в|ла|ли) прогнозу(є|ють) передбача(є|ють) очіку(є|ють) сподіва(ється|ються) ' +
      'сподівав(ся|ася|ися) побою(ється|ються) дума(є|ють) впевнен(ий|а|і) переконан(ий|а|і)',
    requests: 'попроси(в|ла|ли) проси(в|ла|ли|ть|ять) закли(кав|кала|кали|кає|кають) вимага(в|ла|ли|є|ють) запропонува(в|ла|ли) пропону(є|ють)',
    requestPrepositions: 'про',
    infinitive: /\p{L}{2}(?:ти|ть)(?:ся)?$/u,
    gerunds:
      'сказавши заявивши зазначивши наголосивши додавши повідомивши пояснивши підкресливши наголошуючи зазначаючи ' +
      'заявляючи додаючи кажучи',
    that: 'що',
    accordingTo: ['за словами *', 'за * словами', 'як <verb> *', 'за повідомленням *', 'за оцінкою *', 'за * оцінкою', 'зі слів *', 'на думку *', 'на * думку', 'за даними *', 'за інформацією *', 'згідно з *', 'згідно із *'],
    as: 'як',
    pronouns: { m: 'він', f: 'вона' },
    possessives: { m: 'його', f: 'її' },
    feminineSurname: /(?:ська|цька)$/u,
    masculineSurname: /(?:ов|ев|ін|ський|цький)$/u,
    firstPerson: 'я ми нас нам наш наша наше наші мені мене мій моя моє мої',
    roles:
      'президент(|а|у|ові|ом|і|и|ів) міністр(|а|у|ові|ом|і|и|ів) ' +
      'лідер(|а|у|ові|ом|і|и|ів) голов(а|и|і|у|ою) речни(к|ка|ку|кові|ком|ці|ця|ці|цею) посл(а|у|ом|ові) посол ' +
      'канцлер(|а|у|ові|ом|і) генсек(|а|у|ові|ом|у) очільни(к|ка|ку|кові|ком|ці) керівни(к|ка|ку|кові|ком|ці) ' +
      'спікер(|а|у|ові|ом|і) представни(к|ка|ку|кові|ком|ці|ки|ків) диктатор(|а|у|ові|ом|і) губернатор(|а|у|ові|ом|і) ' +
      'мер(|а|у|ові|ом|і)',
    adjectiveEnding: /\p{L}{3}(?:ий|ій|ого|ому|им|ім|ої|ою|ька|ська|ські|на|ні)$/u,
    prepositions: 'з із зі зо у в до від для про при по за над під перед між без на після проти через',
    auxiliaries: 'був була було були буде будуть є став стала стали',
    pastEnding: /\p{L}{2}(?:[аиоуея]в|ла|ло|ли|вся|лася|лися)$/u,
  },
  be: {
    verbs:
      'сказа(ў|ла|ло|лі) заяві(ў|ла|ло|лі) адзначы(ў|ла|ло|лі) падкрэслі(ў|ла|ло|лі) дада(ў|ла|ло|лі) ' +
      'паведамі(ў|ла|ло|лі) растлумачы(ў|ла|ло|лі) нагада(ў|ла|ло|лі) расказа(ў|ла|ло|лі) напіса(ў|ла|ло|лі) ' +
      'адказа(ў|ла|ло|лі) папярэдзі(ў|ла|ло|лі) прызна(ў|ла|ло|лі) удакладні(ў|ла|ло|лі) канстатава(ў|ла|ло|лі) ' +
      'сцвярджа(ў|ла|ло|лі) гавары(ў|ла|ло|лі) зазначы(ў|ла|ло|лі) пацвердзі(ў|ла|ло|лі) ' +
      'каж(а|уць) гавор(ыць|аць) заяўля(е|юць) адзнача(е|юць) падкрэсліва(е|юць) ліч(ыць|аць) ' +
      'паведамля(е|юць) піш(а|уць) сцвярджа(е|юць) дада(е|юць) ' +
      'прагназава(ў|ла|лі) прагназуе прагназуюць чака(е|юць) спадзяецца спадзяюцца мярку(е|юць) упэўнен(ы|а|ыя)',
    requests: 'папрасі(ў|ла|лі) прасі(ў|ла|лі) закліка(ў|ла|лі) патрабава(ў|ла|лі) прапанава(ў|ла|лі)',
    requestPrepositions: 'пра',
    infinitive: /\p{L}{2}(?:ць|ці|чы)(?:ца)?$/u,
    gerunds: 'сказаўшы заявіўшы адзначыўшы дадаўшы падкрэсліўшы паведаміўшы',
    that: 'што',
    accordingTo: ['па словах *', 'па * словах', 'як <verb> *', 'паводле *', 'на думку *', 'на * думку', 'па дадзеных *'],
    as: 'як',
    pronouns: { m: 'ён', f: 'яна' },
    possessives: { m: 'яго', f: 'яе' },
    feminineSurname: /(?:ская|цкая)$/u,
    masculineSurname: /(?:аў|еў|ін|скі|цкі)$/u,
    firstPerson: 'я мы нас нам наш наша наша нашы мне мяне мой мая маё мае',
    roles:
      'прэзідэнт(|а|у|ам|е|ы|аў) міністр(|а|у|ам|е|ы|аў) ' +
      'лідар(|а|у|ам|ы|аў) кіраўні(к|ка|ку|ком|ку|кі|коў) старшын(я|і|ю|ёй) сакратар(|а|у|ом|ы) ' +
      'прадстаўні(к|ка|ку|ком|кі|коў) пасла пасол паслу паслом дыктатар(|а|у|ам|ы) канцлер(|а|у|ам|ы)',
    adjectiveEnding: /\p{L}{3}(?:кі|ы|ая|ае|ага|аму|ым|ім|ой|ія)$/u,
    prepositions: 'з са у ў да ад для пра пры па за над пад перад паміж без на пасля супраць праз',
    auxiliaries: 'быў была было былі будзе будуць ёсць стаў стала сталі',
    pastEnding: /\p{L}{2}(?:ў|ла|ло|лі|ўся|лася|ліся)$/u,
  },
  pl: {
    verbs:
      'powiedzia(ł|ła|ło|ły) powiedzieli stwierdzi(ł|ła|ło|li|ły) oświadczy(ł|ła|ło|li|ły) doda(ł|ła|ło|li|ły) ' +
      'podkreśli(ł|ła|ło|li|ły) zaznaczy(ł|ła|ło|li|ły) zapewni(ł|ła|ło|li|ły) wyjaśni(ł|ła|ło|li|ły) ' +
      'zauważy(ł|ła|ło|li|ły) poinformowa(ł|ła|ło|li|ły) przyzna(ł|ła|ło|li|ły) oceni(ł|ła|ło|li|ły) ' +
      'napisa(ł|ła|ło|li|ły) odpowiedzia(ł|ła|ło|ły) odpowiedzieli przypomnia(ł|ła|ło|ły) przypomnieli ' +
      'ogłosi(ł|ła|ło|li|ły) mówi(ł|ła|ło|li|ły) twierdzi(ł|ła|ło|li|ły) przekonywa(ł|ła|ło|li|ły) ostrzeg(ł|ła|li|ły) ' +
      'zapowiedzia(ł|ła|ło|ły) zapowiedzieli uzna(ł|ła|ło|li|ły) potwierdzi(ł|ła|ło|li|ły) zadeklarowa(ł|ła|ło|li|ły) ' +
      'mówi mówią twierdzi twierdzą stwierdza stwierdzają podkreśla podkreślają zaznacza zaznaczają dodaje dodają ' +
      'uważa uważają oświadcza pisze piszą przekonuje zapewnia ostrzega informuje przyznaje zauważa wyjaśnia ocenia ' +
      'przypomina ' +
      'podsumowa(ł|ła|li|ły) przewid(uje|ują) prognoz(uje|ują) oczek(uje|ują) spodziewa spodziewają obawia obawiają ' +
      'sądzi sądzą myśli myślą przekonan(y|a|i)',
    requests: 'poprosi(ł|ła|li|ły) prosi(ł|ła|li|ły) wezwa(ł|ła|li|ły) wzywa zażąda(ł|ła|li|ły) żąda zaproponowa(ł|ła|li|ły) zaapelowa(ł|ła|li|ły) apeluje',
    requestPrepositions: 'o',
    infinitive: /\p{L}{2}(?:ć|c)$/u,
    gerunds: 'dodając podkreślając zaznaczając mówiąc twierdząc stwierdzając wskazując przekonując zapewniając',
    that: 'że iż',
    accordingTo: ['według *', 'wedle *', 'jak <verb> *', 'zdaniem *', '* zdaniem', 'w opinii *', 'w * opinii', 'cytowany przez *'],
    as: 'jak',
    pronouns: { m: 'on', f: 'ona' },
    possessives: { m: 'jego', f: 'jej' },
    feminineSurname: /(?:ska|cka|dzka)$/u,
    masculineSurname: /(?:ow|ew|ski|cki|dzki|in)$/u,
    firstPerson: 'ja my nas nam nasz nasza nasze naszych mnie mój moja moje',
    roles:
      'prezydent(|a|owi|em|ie|y|ów) premier(|a|owi|em|ze|zy|ów) minist(er|ra|rowi|rem|rze|rowie|rów) ' +
      'przywódc(a|y|ę|ą|ów) lider(|a|owi|em|ze|zy|ów) szef(|a|owi|em|ie|owie|ów|owa|owej) ' +
      'rzeczni(k|ka|kowi|kiem|ku|cy|ków|czka|czki|czką) ambasador(|a|owi|em|ze|zy|ów) kanclerz(|a|owi|em|e) ' +
      'przewodnicząc(y|ego|emu|ym|a) sekretarz(|a|owi|em|e) dyktator(|a|owi|em|ze) gubernator(|a|owi|em|ze) ' +
      'burmistrz(|a|owi|em|u) polityk(|a|owi|iem|u)',
    adjectiveEnding: /\p{L}{3}(?:ski|ska|skie|skiego|skiemu|skim|cki|cka|ckiego|ny|na|ne|nego|owy|owa|owego)$/u,
    prepositions: 'z ze u do od dla o przy po za nad pod przed między bez na w we przeciw przez wobec ku k',
    auxiliaries: 'był była było byli były będzie będą jest są został została zostali',
    pastEnding: /\p{L}{2}(?:ł|ła|ło|li|ły|łem|łam)$/u,
  },
  cs: {
    verbs:
      'řek(l|la|lo|li|ly) uved(l|la|lo|li|ly) doda(l|la|lo|li|ly) prohlási(l|la|lo|li|ly) zdůrazni(l|la|lo|li|ly) ' +
      'sděli(l|la|lo|li|ly) oznámi(l|la|lo|li|ly) konstatova(l|la|lo|li|ly) poznamena(l|la|lo|li|ly) ' +
      'upozorni(l|la|lo|li|ly) napsa(l|la|lo|li|ly) vysvětli(l|la|lo|li|ly) tvrdi(l|la|lo|li|ly) varova(l|la|lo|li|ly) ' +
      'potvrdi(l|la|lo|li|ly) odpověděl odpověděla odpověděli připomně(l|la|li|ly) podotk(l|la|li|ly) ujisti(l|la|li|ly) ' +
      'zmíni(l|la|li|ly) míni(l|la|li|ly) ' +
      'říká říkají uvádí uvádějí dodává dodávají tvrdí prohlašuje zdůrazňuje píše píšou upozorňuje vysvětluje míní ' +
      'sděluje varuje ' +
      'usoudi(l|la|li|ly) předpovídá předpovídají předpokládá předpokládají očekává očekávají doufá doufají obává obávají ' +
      'domnívá domnívají myslí přesvědčen(|a|i|y)',
    requests: 'požádal(|a|i|y) žádal(|a|i|y) žádá vyzval(|a|i|y) vyzývá navrhl(|a|i|y) navrhuje',
    requestPrepositions: 'o',
    infinitive: /\p{L}{2}(?:[aeiyouě]t|ct)$/u,
    gerunds: '',
    that: 'že',
    accordingTo: ['podle *', 'dle *', 'jak <verb> *', 'podle * slov', 'slovy *', 'podle názoru *', 'podle * názoru'],
    as: 'jak',
    pronouns: { m: 'on', f: 'ona' },
    possessives: { m: 'jeho', f: 'její' },
    feminineSurname: /(?:ová|ská|cká)$/u,
    masculineSurname: /(?:ov|ev|ský|cký|in)$/u,
    firstPerson: 'já my nás nám náš naše naši mě mi můj moje',
    roles:
      'prezident(|a|ovi|em|e|i|ů) premiér(|a|ovi|em|e) minist(r|ra|rovi|rem|ři|rů|ryně|ryni) ' +
      'lídr(|a|ovi|em|e) vůdc(e|i|em|ové) šéf(|a|ovi|em|e|ka|ky|ku|ové) mluvčí velvyslan(ec|ce|ci|cem) ' +
      'kancléř(|e|i|em|ka|ky) předsed(a|y|ovi|ou|ové|kyně) diktátor(|a|ovi|em|e) hejtman(|a|ovi|em) ' +
      'starost(a|y|ovi|ou)',
    adjectiveEnding: /\p{L}{3}(?:ský|ská|ské|ského|skému|ským|cký|cká|ní|ný|ná|né)$/u,
    prepositions: 's se u k ke do od pro o při po za nad pod před mezi bez na v ve proti přes z ze',
    auxiliaries: 'byl byla bylo byli byly bude budou je jsou',
    pastEnding: /\p{L}{2}(?:l|la|lo|li|ly)$/u,
  },
  de: {
    verbs:
      'sagte sagten sagt sagen erklärte erklärten erklärt betonte betonten betont fügte fügten fügt meinte meinten ' +
      'meint warnte warnten warnt schrieb schrieben schreibt kündigte bekräftigte bekräftigt unterstrich unterstreicht ' +
      'behauptete behauptet versicherte versichert räumte ergänzte ergänzt erläuterte erläutert teilte berichtete ' +
      'verkündete hofft hoffen erwartet erwarten befürchtet befürchten fürchtet glaubt glauben prognostiziert ' +
      'prognostizierte schätzt schätzen',
    requests: 'bat baten forderte forderten verlangte verlangten appellierte',
    requestPrepositions: 'um',
    gerunds: '',
    that: 'dass daß',
    // ", so Lukaschenko." and "X zufolge" follow the content; a cue's comma is a word of the pattern.
    accordingTo: ['laut *', 'wie * <verb>', 'nach angaben *', 'nach worten *', 'nach * worten', '* zufolge', 'nach ansicht *', 'gemäß *', ', so *'],
    as: 'wie',
    pronouns: { m: 'er', f: 'sie' },
    possessives: { m: 'seinen seiner seinem sein seine', f: 'ihren ihrer ihrem ihr ihre' },
    feminineSurname: /(?!)/u,
    masculineSurname: /(?!)/u,
    firstPerson: 'ich wir uns unser unsere mich mir mein meine',
    roles:
      'präsident(|en|in) regierungschef(|s|in) staatschef(|s|in) kanzler(|s|in) minister(|s|in) außenminister(|s|in) ' +
      'machthaber(|s|in) sprecher(|s|in) botschafter(|s|in) premier(|s) premierminister(|s|in) vorsitzende(|n|r) ' +
      'diktator(|s|en) bürgermeister(|s|in)',
    adjectiveEnding: /\p{L}{3}(?:e|en|er|es|em)$/u,
    prepositions: 'mit von vom zu zum zur bei beim für über unter vor nach gegen ohne an am auf aus in im durch zwischen neben',
    auxiliaries: 'ist sind war waren hat haben hatte hatten wird werden wurde wurden kann soll will muss',
    hasBareClause: true,
    verbSecondOpeners: 'laut gemäß seit während wegen trotz bis ab',
  },
}

function buildLexicon(language: string, raw: RawLexicon): SpeechLexicon {
  const gerunds = words(raw.gerunds)
  // Longer cues first: "podle * slov" before "podle *", whose speaker would be "jeho" and content "slov …".
  const cues = raw.accordingTo.map((cue) => cue.split(' ').map(wordKey)).sort((a, b) => b.length - a.length)
  const cuesByFirstWord = new Map<string, (readonly string[])[]>()
  for (const cue of cues) {
    const first = cue.find((w) => w !== '*')!
    cuesByFirstWord.set(first, [...(cuesByFirstWord.get(first) ?? []), cue])
  }
  return {
    language,
    verbs: new Set([...words(raw.verbs), ...gerunds]),
    requests: new Set(words(raw.requests)),
    requestPrepositions: new Set(words(raw.requestPrepositions)),
    infinitive: raw.infinitive,
    gerunds: new Set(gerunds),
    that: new Set(words(raw.that)),
    cuesByFirstWord,
    as: new Set(words(raw.as)),
    pronouns: byGender(raw.pronouns),
    possessives: byGender(raw.possessives),
    feminineSurname: raw.feminineSurname,
    masculineSurname: raw.masculineSurname,
    firstPerson: new Set(words(raw.firstPerson)),
    roles: new Map(raw.roles.split(/\s+/).filter(Boolean).flatMap((w) => words(w).map((form, _, all) => [form, all[0]!] as const))),
    adjectiveEnding: raw.adjectiveEnding,
    prepositions: new Set(words(raw.prepositions)),
    auxiliaries: new Set(words(raw.auxiliaries)),
    pastEnding: raw.pastEnding,
    hasBareClause: raw.hasBareClause ?? false,
    // The prepositions too: a verb-second language puts its verb right after any phrase that opens the clause.
    verbSecondOpeners: raw.verbSecondOpeners === undefined ? new Set() : new Set([...words(raw.verbSecondOpeners), ...words(raw.prepositions)]),
  }
}

function byGender(forms: { readonly m: string; readonly f: string }): Map<string, Gender> {
  return new Map([...words(forms.m).map((w) => [w, 'm'] as const), ...words(forms.f).map((w) => [w, 'f'] as const)])
}

/** "сказа(л|ла) заявил" → сказал, сказала, заявил: every word of a list with its stem's endings spelled out. */
function words(list: string): string[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => {
      const m = /^([^(]*)\(([^)]*)\)$/.exec(w)
      return m ? m[2]!.split('|').map((ending) => wordKey(m[1]! + ending)) : [wordKey(w)]
    })
}
