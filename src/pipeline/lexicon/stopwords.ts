import type { LexiconLanguage } from './language.js'

/**
 * Closed word classes per language, the counterpart of ALIGNMENT_STOPWORDS for English: prepositions,
 * conjunctions, particles, pronouns in all their case forms, auxiliaries and modal verbs, and the plain
 * reporting verbs. Written down from standard grammars; `forms` are matched as written (lower case),
 * `lemmas` (reporting verbs) through the stemmer so every inflection of "сказать" / "powiedzieć" counts.
 */
interface StopwordList {
  readonly forms: string
  readonly lemmas: string
}

export const STOPWORD_LISTS: Readonly<Record<LexiconLanguage, StopwordList>> = {
  ru: {
    forms: `а без более бы был была были было быть в вам вас весь во вот все всего всех всю вы где да даже для до
      его ее её ей ему если есть еще ещё же за здесь и из или им ими их к как какой когда кто ли либо между меня
      мне много может можно мой мы на над надо наш не него нее неё ней нем нём нему нет ни них но ну о об однако
      он она они оно от очень по под при с со так также такой там те тем то того тоже той только том ту ты у уже
      хотя чего чей чем что чтобы чье чьи эта эти это этого этой этом этому этот эту я ему ним нею нами вами
      себя себе собой свой своя свое своё свои своего своей своих своим своими сам сама сами самих самим
      этих этим этими тот та тех тому теми всё всем всеми всей вся кого кому ком кем чем чему котор который
      которая которое которые которого которой которых которым которыми котором которую ведь вновь лишь
      будет будут буду будем будете будешь была были стал стала стали стало является являются якобы пока
      сейчас тогда теперь также затем ранее более менее около через после перед против среди вместе кроме
      благодаря согласно поэтому потому почему зачем сколько столько несколько каждый каждая каждое каждые может могут мог могла могли могу можем можете сказал сказала сказали имеет имеют имел имела имели иметь имеем нельзя несмотря никогда впервые свою своем своём своему своими своих
      наших нашу нашей нашего нашим нашими наша наше наши ваш ваша ваше ваши вашего вашей вашу вашим мой моя мое моё мои
      моего моей моих мою твой твоя твое твоё твои самый самая самое самые самых самого самой самым
      некоторые некоторых некоторым многие многих многим многими двух две два три трех трёх двумя тремя
      один одна одно одни одного одной одну одним вчера сегодня завтра также тоже вообще просто именно например
      т е г тыс млн млрд из-за из-под потому поэтому итак нему неё нею ими которому которой котором около возле вокруг вообще примерно приблизительно давно пока далее что-то ничего нечто такие такой таких такая
      такое таким другие других другой другая другое другим другими иные иных очень весьма почти уж`,
    lemmas: `сказать говорить заявить заявлять сообщить сообщать отметить отмечать добавить добавлять подчеркнуть
      подчеркивать пояснить пояснять объяснить объяснять рассказать рассказывать уточнить уточнять хотеть`,
  },
  uk: {
    forms: `а або але адже без би був була були було бути в вам вас ваш весь вже від він вона вони воно все всі
      всього всіх вся де для до ж за з зі із і й їй їм їх його коли котрий котра котре котрі хто що щоб чи як
      який яка яке які якого якої яких яким якими лише між мене мені ми на над навіть не нам нас наш неї нею
      нього ним них ні но ну о об однак от по під при про саме себе собі свій своя своє свої свого своєї
      своїх своїм сам сама самі та так також там те теж тим тих то того тієї той ту ти у уже хоча це цей ця
      ці цього цієї цих цим цими цю цьому чого чому чим я є буде будуть буду будемо була були став стала
      стали стало тільки лише після перед проти серед разом крім завдяки згідно тому чому скільки кілька
      кожен кожна кожне кожні зараз тоді тепер потім раніше понад близько через вже ще може можуть міг могла могли можу можемо має мають маємо мав мала мали мати маю маєш маєте б би деякі деяких деякими дехто усі усього усім усіх усе
      всьому ті тієї тими свою своєму своїм своїми своєї наші нашу нашої нашого нашим нашими наша наше ваш ваша ваше
      ваші вашої вашого вашою ваших вашим мій моя моє мої мого моєї моїх мою твій твоя твоє твої ними йому їй ним нею
      яку якому якій якою якого яких якими тобто зокрема наразі насправді внаслідок незважаючи аби жодних жоден жодна
      жодного жодної ніколи вперше вчора сьогодні завтра також теж просто саме наприклад тис млн млрд двох дві два три
      трьох один одна одне одні одного однієї одну якось десь ось от адже отже щодо відтак тощо йдеться біля поблизу навколо протягом згодом водночас взагалі приблизно давно поки далі щось нічого ніщо такі такий
      таких така таке таким інші інших інший інша інше іншим іншими дуже майже вже`,
    lemmas: `сказати говорити заявити заявляти повідомити повідомляти зазначити зазначати додати додавати
      наголосити наголошувати підкреслити підкреслювати пояснити пояснювати розповісти розповідати уточнити хотіти`,
  },
  be: {
    forms: `а але або без бы быў была былі было быць в ў вам вас ваш увесь ужо ад ён яна яны яно усё усе ўсе
      усяго усіх дзе для да ж за з са і й ёй ім іх яго калі які якая якое якія хто што каб ці як толькі
      паміж мяне мне мы на над нават не нам нас наш яе ёю яму ім іх ні ну аб аднак па пад пры пра сябе сабе
      свой свая сваё свае сам сама самі та так таксама там тое той тым тых то таго тую ты у ўжо хоць гэта
      гэты гэтая гэтыя гэтага гэтай гэтых гэтым я ёсць будзе будуць стаў стала сталі пасля перад супраць
      сярод разам акрамя дзякуючы паводле таму чаму колькі некалькі кожны цяпер потым раней праз яшчэ можа могуць мог магла маглі мае маюць мець мелі мела меў некаторыя усе ўсе усім усіх свой сваю сваім сваіх нашы нашу нашай нашага ваш ваша
      вашы мой мая маё маіх яму ёй імі якую якому якой якім якіх ніколі упершыню учора сёння заўтра проста
      напрыклад тыс млн млрд двух дзве два тры трох адзін адна адно адны каля вакол наогул прыкладна даўно пакуль далей нешта нічога такія такі такіх іншыя іншых іншы вельмі амаль`,
    lemmas: `сказаць гаварыць заявіць заяўляць паведаміць паведамляць адзначыць адзначаць дадаць дадаваць
      падкрэсліць падкрэсліваць патлумачыць удакладніць хацець`,
  },
  pl: {
    forms: `a aby albo ale ani aż bardzo bez bo by być był była było byli były będzie będą będę chociaż choć co
      czy czyli dla do dlaczego gdy gdyż gdzie go i ich ile im jak jaki jaka jakie jako je jego jej jest jestem
      jesteśmy są ją już każdy każda każde kiedy kto którego której których który która które którym którą
      ku lub ma mają mi mnie może można my na nad nam nas nasz nawet nic nie niech nim nią niej nich niego
      nigdy no o od oraz on ona one oni ono po pod podczas przed przez przy się sobie sobą swój swoja swoje
      swojego swojej swoich ta tak także tam te tego tej ten to tu tym tylko tę ty u w we wszystko wszyscy
      wszystkie z za ze że żeby też już jeszcze około według wobec wśród między poza oprócz dzięki zamiast
      obecnie wtedy teraz potem wcześniej kilka kilku wiele więcej mniej ponad ok jednak również czyli bowiem
      został została zostało zostali zostały zostanie zostaną może mogą mógł mogła mogli mogę możemy ma mają miał miała mieli mieć mamy nigdy nasz nasza nasze naszych naszym naszej naszego wasz wasza wasze mój
      moja moje moich mojego twój twoja twoje niektóre niektórych niektórzy wszystkich wszystkim wszystkie wszyscy
      dwa dwie dwóch trzy trzech jeden jedna jedno jednego jednej wczoraj dziś dzisiaj jutro także właśnie np tys mln
      mld czyli tj obok wokół około ogólnie dawno dalej coś nic nikt takie taki takich inne innych inny inna bardzo prawie`,
    lemmas: `powiedzieć mówić stwierdzić stwierdzać oświadczyć oświadczać zaznaczyć zaznaczać dodać dodawać
      poinformować informować przekazać przekazywać podkreślić podkreślać wyjaśnić wyjaśniać chcieć`,
  },
  cs: {
    forms: `a aby ale ani asi až bez bude budou budu by byl byla byli bylo byly být co což či další do ho i jak
      jako je jeho jej její jejich jemu jen jenž jež ještě jsem jsi jsme jste jsou již k ke kde kdo když
      kterou který která které kterého kterém kterým kteří mezi mi mně mu my na nad nás náš ne nebo něj
      není nich nim ním o od on ona oni ono pak po pod podle pouze pro proti protože před přes při s se si
      sice svůj svá své svého svých ta tak také tam ten tento tato toto tím to tu ty u už v ve všechny však
      z za ze že tedy totiž kolem během místo kromě díky několik každý teď nyní potom dříve více méně ještě může mohou mohl mohla mohli řekl řekla řekli má mají měl měla měli mít máme nikdy náš naše našich našim naší našeho váš vaše můj moje mého mých tvůj
      některé některých někteří všech všem všichni dva dvě dvou tři tří jeden jedna jedno jednoho jedné včera dnes
      zítra právě například tis mil mld tj vedle kolem okolo obecně dávno dále něco nic nikdo takové takový takových jiné jiných jiný jiná velmi téměř`,
    lemmas: `říci říct říkat uvést uvádět prohlásit prohlašovat oznámit oznamovat dodat dodávat sdělit sdělovat
      zdůraznit zdůrazňovat vysvětlit vysvětlovat chtít`,
  },
  de: {
    forms: `aber als also am an auch auf aus bei bin bis bist da damit dann das dass daß dem den denn der des
      dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er
      es etwa euch für gegen hab habe haben hat hatte hatten hier ich ihm ihn ihnen ihr ihre ihrem ihren ihrer
      ihres im in ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine können könnte man mehr mein
      mich mir mit muss musste nach nicht noch nun nur ob oder ohne sehr sein seine seinem seinen seiner
      seines sich sie sind so soll sollen sollte sondern um und uns unser unter vom von vor war waren was
      weil wenn wer werden wie wieder will wir wird wo wurde wurden zu zum zur zwischen über sowie bereits
      einige mehrere seit während wegen laut gemäß trotz statt ab etwa rund jedoch zudem außerdem sei seien
      worden wäre wären hätte hätten kann können darf dürfen sagte sagten sagt erklärte erklärten betonte teilte mit hatte hatten hat haben habe gehabt nie niemals unsere unserer unseren unserem euer eure meine meinen meinem
      meiner deine dein zwei drei eins einer gestern heute morgen eben beispielsweise bzw usw neben um herum ungefähr etwa längst weiter etwas nichts niemand solche solcher andere anderen anderer anderes
      sehr fast`,
    lemmas: `sagen erklären betonen mitteilen berichten hinzufügen ergänzen`,
  },
}
