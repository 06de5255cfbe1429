import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.spec.ts'],
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
      // a component's first test loads Element Plus and the page; on a busy 2-core machine that takes seconds
      testTimeout: 20_000,
      server: { deps: { inline: ['element-plus'] } },
    },
  }),
)
