/**
 * One outlet as the user's registry describes it (docs/OUTLETS.md). Parallax ships no ratings: every group value
 * comes from the user's own file.
 */
export interface Outlet {
  /** Display name: what reports and story lists call the outlet. */
  readonly name: string
  /** Host names, lower case ("kyivpost.com"); a subdomain matches ("www.kyivpost.com", "news.kyivpost.com"). */
  readonly domains: readonly string[]
  /** Other names the outlet goes by in page metadata, file names or `--outlet` ("KP", "kyiv-post"). */
  readonly aliases: readonly string[]
  /** Free text as the user writes it; docs/OUTLETS.md suggests ISO 3166 codes ("UA"). */
  readonly country?: string
  /** Language of publication; docs/OUTLETS.md suggests BCP-47 primary subtags ("uk", "en"). */
  readonly language?: string
  readonly owner?: string
  /** User-defined group kinds with this outlet's value: { "lean": "left", "state media": "yes" }. */
  readonly groups: Readonly<Record<string, string>>
}

/** The outlets a user described, and the file they came from (for messages). */
export interface OutletRegistry {
  readonly outlets: readonly Outlet[]
  /** Path of the registry file, when it was read from one. */
  readonly source?: string
}

/** One outlet of a report or story, with what the registry says of it (nothing when it is not in the registry). */
export interface ReportOutlet {
  /** Display name: equals `articles[].outlet` of its articles. */
  readonly name: string
  /** Ids of the articles (report) or stored articles (story list) from this outlet, in order. */
  readonly articleIds: readonly string[]
  /** True when the registry describes this outlet. */
  readonly isKnown: boolean
  readonly country?: string
  readonly language?: string
  readonly owner?: string
  /** The registry's group values of this outlet (empty when unknown). */
  readonly groups: Readonly<Record<string, string>>
}

/** The value name under which outlets without a value for a group kind are counted. */
export type UnknownGroupValue = 'unknown'

/** For one group kind ("lean"), which outlets covered the story under each value; outlets with no value count as "unknown". */
export interface GroupCoverage {
  readonly kind: string
  /** Values with at least one outlet, most outlets first (then by name); "unknown" last. */
  readonly values: readonly { readonly value: string; readonly outlets: readonly string[] }[]
}

/** A group kind under which every outlet with a known value shares one value: the story is a blindspot of the others. */
export interface Blindspot {
  readonly kind: string
  /** The one value that covered the story ("right"). */
  readonly value: string
}
