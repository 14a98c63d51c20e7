import { z } from 'zod'
import { MAX_JSON_DEPTH } from './parse-body.js'
import { DEFAULT_STORIES_LIMIT, MAX_COMPARE_ARTICLES, MAX_COMPARE_BODY_BYTES, MAX_COMPARE_CHARS, ArticleInput, CompareRequest } from './schemas.js'

/** JSON Schema of a request body, OpenAPI 3.1 flavour (JSON Schema 2020-12), from the zod schema that validates it. */
function bodySchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>
  return rest
}

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {
          type: 'string',
          enum: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'too_large', 'blocked_address', 'fetch_failed', 'store_unavailable', 'timeout', 'internal', 'rate_limited', 'busy', 'client_closed'],
        },
        message: { type: 'string', description: 'What went wrong, in words a user can act on.' },
        issues: { type: 'array', items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } } },
      },
    },
  },
}

const reportSchema = {
  type: 'object',
  description: 'A CoverageReport: articles, outlets and coverage by group, entities, facts, differences, quotes, framing, brief, skipped. The full schema is schema/report.schema.json; docs/REPORT.md explains each field.',
  required: ['version', 'articles', 'outlets', 'coverageByGroup', 'entities', 'facts', 'differences', 'quotes', 'framing', 'brief', 'skipped'],
}

const storySchema = {
  type: 'object',
  required: ['id', 'title', 'firstSeen', 'lastSeen', 'articleCount', 'independentSources', 'outlets', 'outletDetails', 'coverageByGroup', 'blindspots', 'timeline', 'articles'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    firstSeen: { type: 'string', format: 'date-time' },
    lastSeen: { type: 'string', format: 'date-time' },
    articleCount: { type: 'integer' },
    independentSources: { type: 'integer', description: 'Articles sharing an outlet, a wire credit or a near-duplicate group count once.' },
    outlets: { type: 'array', items: { type: 'string' }, description: "Display names: the outlet registry's for outlets it knows." },
    outletDetails: {
      type: 'array',
      description: "Each outlet with what the server's outlet registry (docs/OUTLETS.md) says of it; as CoverageReport.outlets, articleIds being stored article ids.",
      items: {
        type: 'object',
        required: ['name', 'articleIds', 'isKnown', 'groups'],
        properties: {
          name: { type: 'string' },
          articleIds: { type: 'array', items: { type: 'string' } },
          isKnown: { type: 'boolean' },
          country: { type: 'string' },
          language: { type: 'string' },
          owner: { type: 'string' },
          groups: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
    coverageByGroup: {
      type: 'array',
      description: 'For each group kind of the registry, the outlets that covered the story under each value; outlets without a value count as "unknown" (last). Empty without a registry.',
      items: {
        type: 'object',
        required: ['kind', 'values'],
        properties: {
          kind: { type: 'string' },
          values: { type: 'array', items: { type: 'object', required: ['value', 'outlets'], properties: { value: { type: 'string' }, outlets: { type: 'array', items: { type: 'string' } } } } },
        },
      },
    },
    blindspots: {
      type: 'array',
      description: 'Group kinds under which every outlet with a known value shares one value: the story is a blindspot of the others.',
      items: { type: 'object', required: ['kind', 'value'], properties: { kind: { type: 'string' }, value: { type: 'string' } } },
    },
    timeline: { type: 'array', items: { type: 'object', properties: { day: { type: 'string', format: 'date' }, articles: { type: 'integer' } } } },
    articles: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' }, publishedAt: { type: ['string', 'null'] }, firstSeenAt: { type: 'string' } },
      },
    },
  },
}

const skippedSchema = { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, reason: { type: 'string' }, message: { type: 'string' } } } }

const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { $ref: `#/components/responses/E${code}` }]))

const retryAfter = { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 1 } }

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } })

/** The OpenAPI 3.1 description of the HTTP API, served at GET /api/openapi.json and kept in docs/openapi.json. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parallax HTTP API',
      version: '1',
      description:
        'Compare how news outlets cover one story. Reads are open to clients on the same machine (loopback); writes, and reads from other hosts, need `Authorization: Bearer $PARALLAX_TOKEN`. Every error is `{ error: { code, message, issues? } }`. See docs/API.md.',
    },
    servers: [{ url: 'http://127.0.0.1:7700' }],
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'The PARALLAX_TOKEN the server was started with.' } },
      schemas: { Error: errorSchema, CoverageReport: reportSchema, Story: storySchema, ArticleInput: bodySchema(ArticleInput), CompareRequest: bodySchema(CompareRequest) },
      responses: {
        E400: { description: 'Invalid request: `issues` names each bad field.', ...json({ $ref: '#/components/schemas/Error' }) },
        E401: { description: 'Missing or wrong bearer token.', ...json({ $ref: '#/components/schemas/Error' }) },
        E403: { description: 'Writes are disabled (no PARALLAX_TOKEN configured), the Host header is not this server, or another site posted to a compare endpoint (CSRF).', ...json({ $ref: '#/components/schemas/Error' }) },
        E404: { description: 'No such story.', ...json({ $ref: '#/components/schemas/Error' }) },
        E413: { description: 'Request body too large.', ...json({ $ref: '#/components/schemas/Error' }) },
        E429: { description: 'Too many requests from this client (`rate_limited`): retry after `Retry-After` seconds.', headers: { 'Retry-After': retryAfter }, ...json({ $ref: '#/components/schemas/Error' }) },
        E503: { description: 'The database is locked or unavailable (`store_unavailable`), or every comparison worker is busy and the queue full (`busy`, with `Retry-After`).', headers: { 'Retry-After': retryAfter }, ...json({ $ref: '#/components/schemas/Error' }) },
        E504: { description: 'The comparison ran past the server\'s time limit and was stopped (`timeout`).', ...json({ $ref: '#/components/schemas/Error' }) },
      },
    },
    paths: {
      '/api/stories': {
        get: {
          summary: 'List stories, newest first',
          parameters: [
            { name: 'since', in: 'query', schema: { type: 'string', format: 'date-time' }, description: 'Only stories with an article published or first seen at or after this ISO 8601 date.' },
            { name: 'q', in: 'query', schema: { type: 'string', maxLength: 500 }, description: 'Words that must all occur in one article of the story (any script, any accents).' },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: DEFAULT_STORIES_LIMIT }, description: 'Stories on the page.' },
            {
              name: 'after',
              in: 'query',
              schema: { type: 'string', maxLength: 400 },
              description: 'The page after this cursor: follow `next` of the page before (an opaque token naming its last story) rather than building it.',
            },
            {
              name: 'blindspots',
              in: 'query',
              schema: { type: 'string', enum: ['1'] },
              description:
                "Only stories that are a blindspot under some group kind of the server's outlet registry (every outlet with a known value shares one), among the next 1,000 stories that match the other filters (the newest 1,000 on the first page).",
            },
          ],
          responses: {
            '200': {
              description: 'A page of stories, and the link to the next page',
              ...json({
                type: 'object',
                required: ['stories', 'next'],
                properties: {
                  stories: { type: 'array', items: { $ref: '#/components/schemas/Story' } },
                  next: { type: ['string', 'null'], description: 'Path and query of the next page (the same query, `after` its last story); null on the last page.' },
                },
              }),
            },
            ...errors(400, 401, 403, 503),
          },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: "A story's coverage report",
          description: 'Analyses the story\'s articles (cached per article revision) and compares them.',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' }, description: 'Story id or a unique prefix.' }],
          responses: { '200': { description: 'The CoverageReport', ...json({ $ref: '#/components/schemas/CoverageReport' }) }, ...errors(400, 401, 403, 404, 503) },
        },
      },
      '/api/articles': {
        post: {
          summary: 'Store an article (as `parallax ingest`)',
          description: 'Exactly one of text, html or url; a url alone is fetched (public addresses only; a feed URL stores every item). Storing the same article again changes nothing; changed content at a known location becomes a new revision.',
          security: [{ token: [] }],
          requestBody: { required: true, ...json({ $ref: '#/components/schemas/ArticleInput' }) },
          responses: {
            '201': { description: 'Stored (new article or new revision)', ...json(ingestResult()) },
            '200': { description: 'Already stored: nothing changed', ...json(ingestResult()) },
            '422': { description: 'Nothing could be stored (not an article, fetch refused or failed)', ...json(ingestResult()) },
            ...errors(400, 401, 403, 413, 429, 503),
          },
        },
      },
      '/api/compare': {
        post: {
          summary: 'Compare articles without storing them',
          description: `1 to ${MAX_COMPARE_ARTICLES} articles, each text, html or a url (fetched; public addresses only), holding at most ${MAX_COMPARE_CHARS.toLocaleString('en-US')} characters of article text together (413 beyond, checked on the pasted text before any analysis). Articles get ids a1, a2, … in order. Limits checked before the body is parsed: ${MAX_COMPARE_BODY_BYTES.toLocaleString('en-US')} bytes, JSON nested at most ${MAX_JSON_DEPTH} deep. Runs in a worker pool: 503 when it is full, 504 past the time limit. Needs the token, or a request from this server's own pages (a cross-site \`Origin\` or \`Sec-Fetch-Site\` is 403); rate-limited per client (429).`,
          requestBody: { required: true, ...json({ $ref: '#/components/schemas/CompareRequest' }) },
          responses: {
            '200': { description: 'The CoverageReport', ...json({ $ref: '#/components/schemas/CoverageReport' }) },
            '422': { description: 'No article could be analysed', ...json({ type: 'object', properties: { skipped: skippedSchema, error: errorSchema.properties.error } }) },
            ...errors(400, 401, 403, 413, 429, 503, 504),
          },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1 document' } } } },
    },
  }
}

function ingestResult(): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      articles: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            articleId: { type: 'string' },
            storyId: { type: 'string' },
            revision: { type: 'integer' },
            source: { type: 'string' },
            outcome: { type: 'string', enum: ['stored', 'revised', 'unchanged', 'copy'] },
          },
        },
      },
      skipped: skippedSchema,
    },
  }
}
