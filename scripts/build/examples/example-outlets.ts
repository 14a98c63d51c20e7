/**
 * The invented outlets that "publish" examples/multilingual in the other input formats: names, bylines, dates,
 * URL slugs and each page's furniture in its language. Everything here is made up for the examples (no real outlet,
 * person or story); the article texts themselves come only from examples/multilingual/{en,pl,ru,uk}.txt.
 */

export type ExampleLanguage = 'en' | 'pl' | 'ru' | 'uk'

/** In directory order, so a folder, the feed and the WARC list the articles as `compare examples/multilingual/*.txt` does. */
export const EXAMPLE_LANGUAGES: readonly ExampleLanguage[] = ['en', 'pl', 'ru', 'uk']

export interface ExampleOutlet {
  /** og:site_name of the page, and the outlet Parallax should report for it. */
  readonly name: string
  /** Path segment under https://example.org/ (example.org is reserved for documentation, RFC 2606). */
  readonly slug: string
  readonly byline: string
  /** "By …" as the page shows it above the article. */
  readonly bylineLabel: string
  /** ISO 8601 with the outlet's own offset: what `article:published_time` and <time datetime> say. */
  readonly publishedAt: string
  /** The same moment as the page shows it to readers. */
  readonly publishedLabel: string
  /** URL slug of the article (transliterated headline). */
  readonly articleSlug: string
  readonly nav: readonly string[]
  readonly section: string
  readonly readAlsoLabel: string
  /** Invented, harmless headlines of other stories: page furniture that must not reach the article body. */
  readonly readAlso: readonly string[]
  readonly footerLinks: readonly string[]
  readonly copyright: string
}

export const EXAMPLE_OUTLETS: Readonly<Record<ExampleLanguage, ExampleOutlet>> = {
  en: {
    name: 'The Lakeside Herald',
    slug: 'lakeside-herald',
    byline: 'Jane Holloway',
    bylineLabel: 'By Jane Holloway',
    publishedAt: '2024-12-06T17:30:00+00:00',
    publishedLabel: '6 December 2024, 17:30',
    articleSlug: 'lukashenko-asks-putin-for-oreshnik-missiles',
    nav: ['Home', 'World', 'Politics', 'Business', 'Sport', 'Opinion'],
    section: 'World',
    readAlsoLabel: 'Read also',
    readAlso: ['Christmas market opens in the old town on Saturday', 'Heavy snow expected across the region this weekend', 'Rail fares to rise from January'],
    footerLinks: ['About us', 'Contact', 'Privacy policy'],
    copyright: '© 2024 The Lakeside Herald. All rights reserved.',
  },
  pl: {
    name: 'Kurier Nadrzeczny',
    slug: 'kurier-nadrzeczny',
    byline: 'Marta Kowalczyk',
    bylineLabel: 'Autor: Marta Kowalczyk',
    publishedAt: '2024-12-06T18:40:00+01:00',
    publishedLabel: '6 grudnia 2024, 18:40',
    articleSlug: 'lukaszenka-prosi-putina-o-rakiety-oriesznik',
    nav: ['Strona główna', 'Świat', 'Polityka', 'Gospodarka', 'Sport', 'Opinie'],
    section: 'Świat',
    readAlsoLabel: 'Czytaj także',
    readAlso: ['Na starówce rusza jarmark bożonarodzeniowy', 'Synoptycy zapowiadają śnieżny weekend', 'Od stycznia podrożeją bilety kolejowe'],
    footerLinks: ['O nas', 'Kontakt', 'Polityka prywatności'],
    copyright: '© 2024 Kurier Nadrzeczny. Wszelkie prawa zastrzeżone.',
  },
  ru: {
    name: 'Заречные новости',
    slug: 'zarechnye-novosti',
    byline: 'Анна Соколова',
    bylineLabel: 'Автор: Анна Соколова',
    publishedAt: '2024-12-06T20:15:00+03:00',
    publishedLabel: '6 декабря 2024, 20:15',
    articleSlug: 'lukashenko-poprosil-putina-razmestit-oreshnik',
    nav: ['Главная', 'В мире', 'Политика', 'Экономика', 'Спорт', 'Мнения'],
    section: 'В мире',
    readAlsoLabel: 'Читайте также',
    readAlso: ['В старом городе открылась рождественская ярмарка', 'Синоптики обещают снегопад в выходные', 'С января подорожают билеты на поезда'],
    footerLinks: ['О нас', 'Контакты', 'Политика конфиденциальности'],
    copyright: '© 2024 Заречные новости. Все права защищены.',
  },
  uk: {
    name: 'Придніпровські вісті',
    slug: 'prydniprovski-visti',
    byline: 'Марія Гнатюк',
    bylineLabel: 'Авторка: Марія Гнатюк',
    publishedAt: '2024-12-06T19:05:00+02:00',
    publishedLabel: '6 грудня 2024, 19:05',
    articleSlug: 'lukashenko-poprosyv-putina-rozmistyty-oreshnik',
    nav: ['Головна', 'Світ', 'Політика', 'Економіка', 'Спорт', 'Думки'],
    section: 'Світ',
    readAlsoLabel: 'Читайте також',
    readAlso: ['У старому місті відкрився різдвяний ярмарок', 'Синоптики прогнозують снігопади на вихідних', 'З січня подорожчають квитки на потяги'],
    footerLinks: ['Про нас', 'Контакти', 'Політика конфіденційності'],
    copyright: '© 2024 Придніпровські вісті. Усі права захищено.',
  },
}

/** The one invented outlet whose RSS feed carries all four articles (a multilingual wire service). */
export const FEED_OUTLET = {
  name: 'Meridian Wire',
  slug: 'meridian-wire',
  description: 'Invented news wire for the Parallax examples: one event in four languages.',
} as const

/** When the invented crawler fetched the pages for examples/pages.warc.gz: a day after publication, as crawls are. */
export const CRAWLED_AT = '2024-12-07T09:00:00Z'

/** https://example.org/<outlet>/2024/12/06/<slug> */
export function articleUrl(outletSlug: string, language: ExampleLanguage): string {
  return `https://example.org/${outletSlug}/2024/12/06/${EXAMPLE_OUTLETS[language].articleSlug}`
}
