import { defineConfig } from 'vitest/config';

// graphql ships both index.js and index.mjs; without the alias vitest loads both and schema objects
// from one fail `instanceof` checks in the other ("Cannot use GraphQLSchema from another realm").
const alias = [{ find: /^graphql$/, replacement: 'graphql/index.js' }];

export default defineConfig({
  resolve: { alias },
  test: {
    setupFiles: ['reflect-metadata'],
    env: { APOLLO_TELEMETRY_DISABLED: '1' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['schema/**/*.test.ts', 'subgraphs/**/*.test.ts', 'gateway/**/*.test.ts', 'scripts/**/*.test.ts', 'cli/**/*.test.ts', 'bench/**/*.test.ts', 'frontend/**/*.test.ts'],
          // Some unit files start real subgraphs and page through them; a loaded 2-core machine needs headroom.
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
