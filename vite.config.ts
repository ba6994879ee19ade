import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Every module the entry imports statically goes into one chunk: a first visit loads all of them
 * anyway, and one chunk compresses better than the dozens of small shared chunks that appear
 * once lazily loaded features (Kafka, the lab, panels) reuse parts of the AMQP canvas. Lazy
 * features keep their own chunks and import this one.
 */
function firstVisitChunk() {
  const known = new Map<string, boolean>();
  type Info = { isEntry: boolean; importers: readonly string[] } | null;
  return (id: string, meta: { getModuleInfo: (id: string) => Info }): string | undefined => {
    const isCore = (m: string, seen: Set<string>): boolean => {
      const cached = known.get(m);
      if (cached !== undefined) return cached;
      if (seen.has(m)) return false;
      seen.add(m);
      const info = meta.getModuleInfo(m);
      const core = !!info && (info.isEntry || info.importers.some((i) => isCore(i, seen)));
      known.set(m, core);
      return core;
    };
    return isCore(id, new Set()) ? 'app' : undefined;
  };
}

export default defineConfig({
  plugins: [react()],
  // Relative asset paths so the static site works from any sub-path (GitHub Pages, a course site).
  base: './',
  resolve: {
    alias: [
      // @xyflow/react's own zustand 4 imports the shim that backports useSyncExternalStore to
      // React < 18; React 19 has it, so the selector helper that uses React's own is enough.
      { find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: 'use-sync-external-store/with-selector.js' },
    ],
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    chunkSizeWarningLimit: 800,
    // Every supported browser knows <link rel="modulepreload">: no polyfill in the first visit.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { manualChunks: firstVisitChunk() } },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
  },
});
