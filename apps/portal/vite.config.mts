import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';

/**
 * The portal: built into dist/apps/portal, which the gateway serves at `/`. No @vitejs/plugin-react:
 * Vite 8 transforms TSX itself with Oxc (its Babel 8 peer conflicts with jest's Babel 7); the price is
 * no Fast Refresh in `npm run dev:portal` (a change reloads the page).
 */
export default defineConfig({
  root,
  base: '/',
  // The instruments' pure definitions and scoring, shared with the screening service (no server code).
  resolve: {
    alias: {
      '@linkage/screening-rules': fileURLToPath(new URL('../../libs/screening-rules/src', import.meta.url)),
    },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/portal', import.meta.url)),
    emptyOutDir: true,
    // Read by scripts/portal/bundle-budget.ts (the first-load JS budget) and by the gateway.
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // antd and its icons mark modules "use client" for React Server Components; meaningless in a SPA.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: gateway, changeOrigin: false },
      '/docs': { target: gateway },
      '/health': { target: gateway },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
});
