import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The web application (issue 13). Built into dist/web, which the API serves at `/`. It shares the
 * message catalogue (libs/i18n) and the generated API client (libs/api-client) with the server.
 * Vite 8 compiles TSX with its built-in oxc transform (automatic JSX runtime), so no React plugin
 * is needed for the build; there is no dev server with hot reload in this project's workflow.
 * `npm run build:web` sets NODE_ENV=production itself: Vite takes React's build (and the JSX
 * transform) from the caller's NODE_ENV, and Jest's global setup builds with NODE_ENV=test, which
 * gave the browser tests and the case-page bench React's development build (jsxDEV, every dev check).
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: {
      '@app/i18n': here('../../libs/i18n/src/index.ts'),
      '@app/api-client': here('../../libs/api-client/src/index.ts'),
    },
  },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    // The CSP allows scripts from this origin only; the polyfill would be inline.
    modulePreload: { polyfill: false },
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // React libraries mark modules "use client" for server components; a client-only build has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // `npm run dev:web` beside a running API: the API answers /api, the dev server the pages.
    proxy: {
      '/api': 'http://localhost:3000',
      '/admin': 'http://localhost:3000',
      '/docs-json': 'http://localhost:3000',
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    root: here('.'),
  },
});
