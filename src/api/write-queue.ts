/**
 * Runs async jobs one at a time, in arrival order. The store allows one write transaction per connection
 * (a second concurrent `write()` is a bug there), and HTTP requests arrive concurrently.
 */
export class WriteQueue {
  #tail: Promise<unknown> = Promise.resolve()

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(job, job)
    // The queue goes on after a failed job; the caller still sees the failure.
    this.#tail = result.catch(() => undefined)
    return result
  }
}
