/** Anchor ids for every span object of the report, so sections can link to where it is highlighted. */
export class Anchors {
  private readonly ids = new Map<object, string>()
  /** The id of `span`'s anchor ("s12"); the same object always gets the same id. */
  of(span: object): string {
    let id = this.ids.get(span)
    if (id === undefined) {
      id = `s${this.ids.size + 1}`
      this.ids.set(span, id)
    }
    return id
  }
}

/** A class-name-safe form of a model value (the JSON may hold anything). */
export function cssName(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]/g, '')
}
