import { defineConfig } from 'vitest/config'

// Browser tests against a running stack (SPA + backend + Keycloak); see e2e/support.ts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    retry: 0,
  },
})
