import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Route = (request: IncomingMessage, response: ServerResponse) => void

/** Starts an HTTP server on 127.0.0.1 with the given routes; `close()` stops it and drops hanging sockets. */
export async function startServer(routes: Record<string, Route>): Promise<{ base: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const route = routes[(request.url ?? '/').split('?')[0] ?? '/']
    if (route) route(request, response)
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
