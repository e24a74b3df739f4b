// One build, three pages: the plain TypeScript app, the React 19 one (JSX by esbuild, no
// @vitejs/plugin-react) and the Vue 3 one (SFCs by @vitejs/plugin-vue, told which tags are
// custom elements, as the README says).
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  esbuild: { jsx: 'automatic' },
  plugins: [
    vue({
      template: {
        compilerOptions: { isCustomElement: (tag) => ['intel-brief', 'brief-section', 'download-pdf'].includes(tag) },
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0, // the brief JSON a file, fetched from `src`, not a data: URL
    rollupOptions: { input: { vanilla: 'vanilla/index.html', react: 'react/index.html', vue: 'vue/index.html' } },
  },
});
