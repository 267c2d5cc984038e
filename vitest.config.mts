import {defineConfig} from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {alias: {'@': path.resolve(import.meta.dirname)}},
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/content/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    // next-intl imports 'next/navigation' without an extension, which only a bundler resolves.
    server: {deps: {inline: ['next-intl']}},
  },
});
