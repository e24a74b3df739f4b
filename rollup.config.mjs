// Builds from the JavaScript that `tsc` emits into build/src (TypeScript 5.9,
// declarations go straight to dist/): no TypeScript plugin in the bundler.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const entries = {
  index: 'build/src/index.js',
  bundle: 'build/src/bundle.js',
  elements: 'build/src/elements.js',
  'define/intel-brief': 'build/src/define/intel-brief.js',
  'define/brief-section': 'build/src/define/brief-section.js',
  'define/download-pdf': 'build/src/define/download-pdf.js',
  'ssr/server': 'build/src/ssr/server.js',
  'internal/server-entry': 'build/src/internal/server-entry.js',
  'ssr/hydrate': 'build/src/ssr/hydrate.js',
  'ssr/cli': 'build/src/ssr/cli.js',
  'stix/index': 'build/src/stix/index.js',
  'frameworks/react': 'build/src/frameworks/react.js',
  'frameworks/vue': 'build/src/frameworks/vue.js',
  'frameworks/svelte': 'build/src/frameworks/svelte.js',
  'markdown/index': 'build/src/markdown/index.js',
  'pdf/index': 'build/src/pdf/index.js',
};

/**
 * The locale modules (`src/locales/*.ts`): each built alone, with the few lines
 * of `registerLabels` it needs inlined, and no import: one file that works
 * beside the single-file bundle with nothing else next to it (the labels meet
 * through a global registry), as well as from npm.
 */
const locales = readdirSync('src/locales')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));

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

/** intel-brief/markdown's parsers: dependencies, left to the app's bundler. */
const parsers = /^(?:yaml|mdast-util-[\w-]+|micromark-[\w-]+)$/;

/** The paste-in bundles: one self-contained file for <script type="module">, Lit included. */
const bundle = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: true, sourcemapPathTransform },
  // Lit's directive modules only define their directive: the server-only one the element
  // calls behind `isServer` (unsafeHTML, for its light DOM) is left out with that call.
  treeshake: { moduleSideEffects: (id) => !/[\\/]lit-html[\\/]directives[\\/]/.test(id) },
  plugins: [
    inputMaps,
    minifyHTML(),
    nodeResolve({ browser: true }),
    terser({
      ecma: 2022,
      module: true,
      // Not `unsafe`: it turns String(x) into x+"", which throws for a Symbol (a
      // hostile brief's value, or a thrown one) where String(x) does not. Nor
      // `pure_getters`, `unsafe_comps` or `unsafe_regexp`: they assume getters
      // without effects, no NaN, and stateless regexps (ours are sticky).
      // `inline: 1` inlines simple functions only, not those with arguments or variables:
      // inlining those copies a helper's body into each caller, which gzip pays for.
      // `keep_fargs: false` drops parameters a function never reads: only a
      // function's `length` tells, and nothing here (nor in Lit) reads it.
      compress: { passes: 4, inline: 1, keep_fargs: false, unsafe_arrows: true },
      format: { comments: false },
    }),
  ],
  onwarn,
});

export default [
  // The npm build: one module per source file, dependencies left to the app's bundler.
  // Its templates are minified as the bundles' are: the server renders from this build,
  // and hydration only matches when server and browser templates are the same strings.
  {
    input: entries,
    external: [
      /^lit(\/|$)/,
      /^@lit-labs\//,
      /^@lit\/react(\/|$)/,
      /^react(\/|$)/,
      /^puppeteer-core$/,
      /^node:/,
      parsers,
    ],
    plugins: [minifyHTML()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'build/src',
      entryFileNames: '[name].js',
    },
    onwarn,
  },
  ...locales.map((locale) => ({
    input: `build/src/locales/${locale}.js`,
    output: { file: `dist/locales/${locale}.js`, format: 'es' },
    onwarn,
  })),
  // The page's print marking, for pages that print marked briefs: one file with no import,
  // like the locales, beside the single-file bundle or from npm.
  {
    input: 'build/src/print-marking.js',
    output: { file: 'dist/print-marking.js', format: 'es' },
    onwarn,
  },
  bundle('build/src/bundle.js', 'dist/intel-brief.bundle.js'),
  // For server-rendered pages: hydration support, then the same elements.
  bundle('build/src/ssr/ssr-bundle.js', 'dist/intel-brief.ssr.bundle.js'),
];
