// Builds from the JavaScript that `tsc` emits into build/src (TypeScript 5.9,
// declarations go straight to dist/): no TypeScript plugin in the bundler.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { existsSync, readFileSync } from 'node:fs';

const entries = {
  index: 'build/src/index.js',
  elements: 'build/src/elements.js',
  'define/intel-brief': 'build/src/define/intel-brief.js',
  'define/brief-section': 'build/src/define/brief-section.js',
  'define/download-pdf': 'build/src/define/download-pdf.js',
  'locales/ar': 'build/src/locales/ar.js',
  'locales/de': 'build/src/locales/de.js',
  'locales/es': 'build/src/locales/es.js',
  'locales/fr': 'build/src/locales/fr.js',
  'frameworks/react': 'build/src/frameworks/react.js',
  'frameworks/vue': 'build/src/frameworks/vue.js',
};

const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return; // tslib's helpers
  warn(warning);
};

/**
 * Reads tsc's source maps (build/src/*.js.map, with the TypeScript inlined) so
 * the bundle's map leads back to src/*.ts, not to tsc's JavaScript. Lit's own
 * maps are left out: its code is ignore-listed in the map (devtools skip it),
 * and its TypeScript would double the map's size.
 */
const inputMaps = {
  name: 'input-source-maps',
  load(id) {
    if (!/[\\/]build[\\/]src[\\/].*\.js$/.test(id) || !existsSync(`${id}.map`)) return null;
    const code = readFileSync(id, 'utf8');
    if (!/\/\/# sourceMappingURL=\S+\.map\s*$/.test(code)) return null;
    return { code, map: readFileSync(`${id}.map`, 'utf8') };
  },
};

/**
 * The map ships beside the bundle (npm, CDNs); its sources are inlined
 * (sourcesContent), so their paths only name them: the same on every machine
 * (node_modules may be a symlink to a checkout elsewhere).
 */
const sourcemapPathTransform = (path) => path.replace(/^(?:\.\.\/)*(?:[^/]+\/)*?node_modules\//, '../node_modules/');

export default [
  // The npm build: one module per source file, dependencies left to the app's bundler.
  {
    input: entries,
    external: [/^lit(\/|$)/, /^@lit\/react(\/|$)/, /^react(\/|$)/],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'build/src',
      entryFileNames: '[name].js',
    },
    onwarn,
  },
  // The paste-in bundle: one self-contained file for <script type="module">, Lit included.
  {
    input: 'build/src/index.js',
    output: { file: 'dist/intel-brief.bundle.js', format: 'es', sourcemap: true, sourcemapPathTransform },
    plugins: [
      inputMaps,
      minifyHTML(),
      nodeResolve({ browser: true }),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    onwarn,
  },
];
