import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    // Cleaning up a test's temporary corpus (thousands of files, several databases) can take over 10 s on a loaded
    // 2-core CI machine: an afterAll timing out there failed a whole file.
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
