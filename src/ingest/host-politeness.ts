/**
 * Spaces out requests to one host: `await politeness.wait('example.com')` resolves when at least
 * `delayMs` have passed since the previous request to that host was let through.
 */
export function createHostPoliteness(delayMs: number): { wait(host: string): Promise<void> } {
  const nextSlot = new Map<string, number>()
  return {
    async wait(host) {
      const now = Date.now()
      const slot = Math.max(now, nextSlot.get(host) ?? 0)
      nextSlot.set(host, slot + delayMs)
      if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now))
    },
  }
}
