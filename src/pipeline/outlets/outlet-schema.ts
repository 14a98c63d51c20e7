import { createRequire } from 'node:module'
import type { z } from 'zod'
import type { Outlet } from '../../model/index.js'
import { normalizeHost } from './normalize-host.js'

/**
 * The schemas of a registry file, built on first use with zod (loaded then, not at import: a run without a
 * registry never loads it).
 */
export function outletSchemas(): OutletSchemas {
  schemas ??= buildSchemas((createRequire(import.meta.url)('zod') as { z: typeof z }).z)
  return schemas
}

type OutletSchemas = ReturnType<typeof buildSchemas>
let schemas: OutletSchemas | undefined

function buildSchemas(zod: typeof z) {
  /** One name or a list of names: `domains: kyivpost.com` and `domains: [kyivpost.com, kyivpost.ua]` both read. */
  const nameList = zod
    .union([zod.string(), zod.array(zod.string())])
    .transform((value) => (typeof value === 'string' ? [value] : value).map((v) => v.trim()))
    .refine((list) => list.every((v) => v !== ''), 'must not be empty')

  /** "https://www.kyivpost.com/" is a URL, not a host: say what to write instead of guessing. */
  const hostList = nameList.transform((list, context) => {
    const hosts: string[] = []
    for (const [i, value] of list.entries()) {
      const host = normalizeHost(value)
      if (host === undefined) context.addIssue({ code: 'custom', path: [i], message: `"${value}" is not a host name (write it as kyivpost.com: no scheme, path or port)` })
      else hosts.push(host)
    }
    return hosts
  })

  // `state media: yes` and `rank: 3` are scalars in YAML; a group value is always read as text.
  const groupValue = zod.union([zod.string(), zod.number(), zod.boolean()]).transform((v) => String(v).trim()).refine((v) => v !== '', 'must not be empty')

  const text = zod.string().trim().min(1, 'must not be empty')

  /** One outlet as written in the registry file (YAML mapping or CSV row). Unknown fields are errors: `domain:` is a typo. */
  const rawOutletSchema = zod.strictObject({
    name: text,
    domains: hostList.optional(),
    aliases: nameList.optional(),
    country: text.optional(),
    language: text.optional(),
    owner: text.optional(),
    groups: zod.record(zod.string().trim().min(1, 'a group kind must not be empty'), groupValue).optional(),
  })

  /** The YAML file: `outlets:` and a list of outlets. */
  const rawRegistrySchema = zod.strictObject({ outlets: zod.array(zod.unknown()) })
  return { rawOutletSchema, rawRegistrySchema }
}

/** A validated raw outlet in model form. */
export function toOutlet(raw: z.output<OutletSchemas['rawOutletSchema']>): Outlet {
  return {
    name: raw.name,
    domains: raw.domains ?? [],
    aliases: raw.aliases ?? [],
    ...(raw.country === undefined ? {} : { country: raw.country }),
    ...(raw.language === undefined ? {} : { language: raw.language }),
    ...(raw.owner === undefined ? {} : { owner: raw.owner }),
    groups: raw.groups ?? {},
  }
}
