import { defineConfig } from 'vitest/config';
import CountReporter from './tests/support/countReporter';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', new CountReporter('unit')],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    globals: true,
  },
});
