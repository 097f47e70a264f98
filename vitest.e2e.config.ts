import { defineConfig } from 'vitest/config';
import CountReporter from './tests/support/countReporter';

// End-to-end tests drive the built extension in real Chromium; one browser at a time.
export default defineConfig({
  test: {
    reporters: ['default', new CountReporter('e2e')],
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globals: true,
  },
});
