import { z } from 'zod'
import type { Outlet } from '../../model/index.js'

/** One name or a list of names: `domains: kyivpost.com` and `domains: [kyivpost.com, kyivpost.ua]` both read. */
const nameList = z
  .union([z.string(), z.array(z.string())])
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
const groupValue = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v).trim()).refine((v) => v !== '', 'must not be empty')

const text = z.string().trim().min(1, 'must not be empty')

/** One outlet as written in the registry file (YAML mapping or CSV row). Unknown fields are errors: `domain:` is a typo. */
export const rawOutletSchema = z.strictObject({
  name: text,
  domains: hostList.optional(),
  aliases: nameList.optional(),
  country: text.optional(),
  language: text.optional(),
  owner: text.optional(),
  groups: z.record(z.string().trim().min(1, 'a group kind must not be empty'), groupValue).optional(),
})

/** The YAML file: `outlets:` and a list of outlets. */
export const rawRegistrySchema = z.strictObject({ outlets: z.array(z.unknown()) })

/** A validated raw outlet in model form. */
export function toOutlet(raw: z.output<typeof rawOutletSchema>): Outlet {
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

/**
 * "WWW.KyivPost.com." → "kyivpost.com"; undefined for anything that is not a bare host. A leading "www." is
 * dropped here and from every host looked up, so either spelling matches.
 */
export function normalizeHost(value: string): string | undefined {
  const trimmed = value.trim().toLowerCase().replace(/\.$/, '')
  if (trimmed === '' || /[\s/:@?#\\]/.test(trimmed) || !trimmed.includes('.')) return undefined
  let host: string
  try {
    // The URL parser turns an internationalised name into its punycode form, as URL hosts arrive.
    host = new URL(`http://${trimmed}`).hostname
  } catch {
    return undefined
  }
  return host.replace(/^www\./, '')
}
