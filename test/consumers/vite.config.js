// One build, two pages: the plain TypeScript app and the React 19 one. JSX by
// esbuild (no @vitejs/plugin-react); the Vue app is only type-checked.
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0, // the brief JSON a file, fetched from `src`, not a data: URL
    rollupOptions: { input: { vanilla: 'vanilla/index.html', react: 'react/index.html' } },
  },
});
