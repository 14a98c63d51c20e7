import type { HttpBindings } from '@hono/node-server'

/**
 * Hono environment of the app: under @hono/node-server the Node request is in `env.incoming`. `app.request()`
 * in tests passes no env at all, so code reads it with optional chaining.
 */
export interface ApiEnv {
  Bindings: Partial<HttpBindings>
}
