/**
 * Function words that say nothing about which event an article covers (English, from the common
 * SMART/NLTK lists, plus reporting verbs and calendar words that every news story carries).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being below
between both but by can cannot could did do does doing don down during each few for from further had has have
having he her here hers herself him himself his how however i if in into is it its itself just let me more most
much must my myself no nor not now of off on once only or other ought our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those through to too
under until up upon very was we were what when where which while who whom why will with would you your yours
yourself yourselves said says say saying told tell according reported report reports news also one two three
new year years day days week weeks month months time times monday tuesday wednesday thursday friday saturday
sunday today yesterday tomorrow last first next ago since still even may might like well back get got make made
people many mr mrs ms dr st per via de la le el der die und et`.split(/\s+/),
)
