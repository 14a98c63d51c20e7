/**
 * Anchor ids for every span object of the report, so sections can link to where it is highlighted. With
 * `locate` (a page of a story whose texts are in pages), a link to a span shown on another page goes to that
 * page's URL: `locate` gives it, or '' for a span on this page.
 */
export class Anchors {
  private readonly ids = new Map<object, string>()
  private readonly locate: ((span: object) => string) | undefined

  constructor(locate?: (span: object) => string) {
    this.locate = locate
  }

  /** The id of `span`'s anchor ("s12"); the same object always gets the same id. */
  of(span: object): string {
    let id = this.ids.get(span)
    if (id === undefined) {
      id = `s${this.ids.size + 1}`
      this.ids.set(span, id)
    }
    return id
  }

  /** The link to `span`'s anchor: "#s12" on this page, "/stories/s1?page=2#s12" on another. */
  href(span: object): string {
    return `${this.locate?.(span) ?? ''}#${this.of(span)}`
  }
}

/** The id of an article's headline card ("headline-2"; its heading is "headline-2-h"), which fact spans of that
 *  headline link to. */
export function headlineAnchor(articleNumber: number | string): string {
  return `headline-${articleNumber}`
}

/** A class-name-safe form of a model value (the JSON may hold anything). */
export function cssName(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]/g, '')
}
