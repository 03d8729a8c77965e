/**
 * The production build: one HTML page, hashed scripts and styles under /assets (served as
 * immutable by server/), nothing fetched from anywhere at build or run time. JSX by esbuild,
 * without a framework plugin: the build stays small and works offline.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
  server: { port: 5173, strictPort: false },
});
