import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/real/**/*.test.ts'],
    globalSetup: ['test/real/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One set of real servers: the files share it, so they run one after another.
    fileParallelism: false,
  },
})
