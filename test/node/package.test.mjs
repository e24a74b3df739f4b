// The package a user downloads: `npm pack`s the build (run after `npm run build`)
// and checks that every file package.json, custom-elements.json and the README
// name is in the tarball, that no source map comment points at a file left out,
// and that the packed exports import in Node (SSR) from a plain install.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pack } from './pack.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Folders the README names that are the repository's, not the package's (as its "Repository layout" says). */
const REPOSITORY_ONLY = [
  'src/',
  'test/',
  'demo/',
  'examples/',
  'stories/',
  '.storybook/',
  'scripts/',
  '.ci/',
  'storybook-static/',
  'CONTRIBUTING.md',
];

let dir; // a temporary folder: the tarball, and node_modules/intel-brief unpacked from it
let files; // Set of the tarball's paths, package-root-relative ("dist/index.js")
let tarball; // its path
const unpacked = (path) => join(dir, 'node_modules', pkg.name, path);

before(() => {
  assert.ok(existsSync(join(root, 'dist/index.js')), 'no dist/: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'intel-brief-pack-'));
  const packed = pack(dir);
  files = new Set(packed.files.map((f) => f.path.replaceAll('\\', '/')));
  // Install it as npm would, without the network: unpack, and link the dependencies to ours,
  // and the peer dependencies an app using them has (react, for intel-brief/react).
  tarball = join(dir, packed.filename);
  execFileSync('tar', ['-xzf', packed.filename], { cwd: dir, stdio: 'ignore' });
  mkdirSync(join(dir, 'node_modules'));
  renameSync(join(dir, 'package'), unpacked(''));
  for (const dependency of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]) {
    const target = join(dir, 'node_modules', dependency);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(realpathSync(join(root, 'node_modules', dependency)), target, 'junction');
  }
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** "./dist/x.js" → "dist/x.js" */
const bare = (path) => path.replace(/^\.\//, '');
/** Whether the tarball holds this file, or (ending in "/") a folder with files in it. */
const has = (path) => (path.endsWith('/') ? [...files].some((f) => f.startsWith(path)) : files.has(path));
/** The files matching a one-`*` pattern ("dist/locales/*.js"), as a Map from what `*` stood for to the path. */
const expand = (pattern, list = files) => {
  const [head, tail] = pattern.split('*');
  return new Map(
    [...list]
      .filter((f) => f.startsWith(head) && f.endsWith(tail) && f.length >= head.length + tail.length)
      .map((f) => [f.slice(head.length, f.length - tail.length), f]),
  );
};
/** Every target of an exports entry, with the conditions leading to it: [["types"], "./dist/x.d.ts"], … */
const targets = (value, conditions = []) =>
  typeof value === 'string'
    ? [[conditions, value]]
    : Array.isArray(value)
      ? value.flatMap((v) => targets(v, conditions))
      : Object.entries(value ?? {}).flatMap(([condition, v]) => targets(v, [...conditions, condition]));
/** The exports entry a subpath ("./locales/fr.js") matches, with the text `*` stands for. */
const exportFor = (subpath) => {
  if (subpath in pkg.exports) return [pkg.exports[subpath], undefined];
  for (const [key, value] of Object.entries(pkg.exports)) {
    const [head, tail] = key.split('*');
    if (
      tail !== undefined &&
      subpath.startsWith(head) &&
      subpath.endsWith(tail) &&
      subpath.length > head.length + tail.length
    )
      return [value, subpath.slice(head.length, subpath.length - tail.length)];
  }
  return [undefined, undefined];
};
/** "a/{fr,de}.js" → ["a/fr.js", "a/de.js"] */
const braces = (text) => {
  const match = /\{([^{}]*)\}/.exec(text);
  return match ? match[1].split(',').flatMap((part) => braces(text.replace(match[0], part))) : [text];
};
/** Every file (recursively) under a folder of the working tree, package-root-relative ("dist/x.js"). */
const built = (folder) =>
  existsSync(join(root, folder))
    ? readdirSync(join(root, folder), { recursive: true })
        .filter((name) => statSync(join(root, folder, name)).isFile())
        .map((name) => `${folder}/${name.replaceAll('\\', '/')}`)
    : [];

test('the tarball has the README, the LICENSE and package.json', () => {
  for (const file of ['README.md', 'LICENSE', 'package.json'])
    assert.ok(files.has(file), `${file} is not in the package`);
  const license = readFileSync(unpacked('LICENSE'), 'utf8');
  assert.equal(pkg.license, 'MIT');
  assert.match(license, /^MIT License\n/);
  assert.match(license, /Permission is hereby granted, free of charge/);
});

test('main, module, types and customElements are in the tarball', () => {
  for (const field of ['main', 'module', 'types', 'customElements']) {
    assert.ok(pkg[field], `package.json has no ${field}`);
    assert.ok(files.has(bare(pkg[field])), `${field}: ${pkg[field]} is not in the package`);
  }
});

test('every exports target is in the tarball, patterns included', () => {
  const missing = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    const all = targets(value);
    assert.ok(all.length, `exports["${key}"] has no target`);
    if (!key.includes('*')) {
      for (const [conditions, target] of all)
        if (!files.has(bare(target)))
          missing.push(`exports["${key}"]${conditions.map((c) => `.${c}`).join('')}: ${target}`);
      continue;
    }
    // A pattern: what it matches in the tarball, for each condition, is the same set,
    // not empty, and all that was built (dist/) or is in the folder (briefs/).
    let names;
    for (const [conditions, target] of all) {
      const found = [...expand(bare(target)).keys()].sort();
      const label = `exports["${key}"]${conditions.map((c) => `.${c}`).join('')}: ${target}`;
      assert.ok(found.length, `${label} matches no file in the package`);
      const inTree = [...expand(bare(target), built(bare(target).split('/')[0])).keys()].sort();
      assert.deepEqual(
        found,
        inTree,
        `${label}: the package has ${found.join(', ')}; the working tree ${inTree.join(', ')}`,
      );
      if (names) assert.deepEqual(found, names, `${label} matches other names than the entry's other conditions`);
      names = found;
    }
  }
  assert.deepEqual(missing, [], `not in the package:\n${missing.join('\n')}`);
});

test('the locales pattern covers every locale in src/locales', () => {
  const locales = readdirSync(join(root, 'src/locales'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3));
  assert.ok(locales.length);
  for (const locale of locales) {
    const [entry, star] = exportFor(`./locales/${locale}.js`);
    assert.ok(entry, `./locales/${locale}.js is not exported`);
    for (const [conditions, target] of targets(entry))
      assert.ok(
        files.has(bare(target).replace('*', star)),
        `./locales/${locale}.js (${conditions.join('.')}) is not in the package`,
      );
  }
});

test('every path and module custom-elements.json names is in the tarball', () => {
  const manifest = JSON.parse(readFileSync(unpacked(bare(pkg.customElements)), 'utf8'));
  const paths = [];
  const visit = (value, where) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${where}[${i}]`));
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof v === 'string' && !value.package)
        paths.push([`${where}.${key}`, v]);
      visit(v, `${where}.${key}`);
    }
  };
  visit(manifest.modules, 'modules');
  assert.ok(paths.length > 10, 'the manifest names almost no modules');
  const missing = paths.filter(([, path]) => !files.has(path)).map(([where, path]) => `${where}: ${path}`);
  assert.deepEqual(
    missing,
    [],
    `not in the package (paths must be package-root-relative, to what ships):\n${missing.join('\n')}`,
  );
  // Each tag's definition names the module that declares its class.
  const definitions = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'),
  );
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName));
  assert.deepEqual(
    definitions.map((d) => d.name).sort(),
    [...new Set(tags)].sort(),
    'every element has one definition',
  );
  for (const { name, declaration } of definitions) {
    const declared = manifest.modules
      .find((m) => m.path === declaration.module)
      ?.declarations?.find((d) => d.name === declaration.name);
    assert.equal(declared?.tagName, name, `<${name}>: ${declaration.module} does not declare ${declaration.name}`);
  }
});

test('every package file and import the README names is in the tarball', () => {
  const named = []; // [what the README says, the package path (or folder) it stands for]
  const specifiers = []; // [what the README says, subpath of the exports]
  // The README less its section on the repository's layout, which is about the repository.
  const doc = readme.replace(/^## Repository layout\n[\s\S]*?(?=^## |(?![\s\S]))/m, '');
  const prose = doc.replace(/^```[\s\S]*?^```/gm, '');
  const inline = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
  // Links to files of the repository, relative: on npm they must be in the package.
  for (const [, target] of prose.replace(/`[^`\n]+`/g, '').matchAll(/\]\(([^)\s]+)\)/g))
    if (!/^([a-z]+:|#)/i.test(target) && !REPOSITORY_ONLY.some((p) => bare(target).startsWith(p)))
      named.push([`](${target})`, bare(target)]);
  // The built files, wherever they are named: a CDN URL, "…/dist/locales/fr.js", `dist/x.js`.
  for (const [text, path] of doc.matchAll(/(?<![\w.-])(dist\/[\w./-]*\.(?:js|json|map|ts))/g)) named.push([text, path]);
  // The package's root files, and files in a folder of the installed package.
  for (const span of inline) {
    if (/^[\w.-]+\.(json|js|md)$/.test(span))
      named.push([
        `\`${span}\``,
        ['', 'dist/', 'briefs/'].map((dir) => dir + span).find((path) => files.has(path)) ?? span,
      ]);
    for (const [text, path] of span.matchAll(/node_modules\/intel-brief\/([\w./-]*)/g)) named.push([text, path]);
    // Paths in the repository (`briefs/`, `.ci/run`): the package's, unless the repository's own.
    if (
      /^\.?[\w-]+\/[\w./-]*$/.test(span) &&
      !/^(node_modules|intel-brief|lit|@[\w-]+)\//.test(span) &&
      !REPOSITORY_ONLY.some((p) => span.startsWith(p))
    )
      named.push([`\`${span}\``, span]);
  }
  // Imports: `import 'intel-brief'`, 'intel-brief/download-pdf.js', `intel-brief/locales/{fr,de,es,ar}.js`.
  for (const [text] of doc.matchAll(/['"]intel-brief['"]/g)) specifiers.push([text, '.']);
  for (const [text, subpath] of doc.matchAll(/(?<![\w/.<-])intel-brief\/([\w.{},*-]+(?:\/[\w.{},*-]+)*)/g))
    if (!subpath.includes('*')) for (const one of braces(subpath)) specifiers.push([text, `./${one}`]); // a pattern is checked below

  assert.ok(named.length >= 5 && specifiers.length >= 5, 'the README names almost nothing: is the extraction broken?');
  const problems = named.filter(([, path]) => !has(path)).map(([text, path]) => `${text} → ${path}`);
  for (const [text, subpath] of specifiers) {
    const [entry, star] = exportFor(subpath);
    if (!entry) problems.push(`${text} → ${subpath} is not exported`);
    else
      for (const [conditions, target] of targets(entry)) {
        const path = bare(star === undefined ? target : target.replace('*', star));
        if (!files.has(path)) problems.push(`${text} → ${subpath} (${conditions.join('.')}) → ${path}`);
      }
  }
  assert.deepEqual(problems, [], `the README names what the package lacks:\n${problems.join('\n')}`);
});

test('no source map comment or map points at a file left out', () => {
  const problems = [];
  const maps = [...files].filter((f) => f.endsWith('.map'));
  const referenced = new Set();
  for (const file of [...files].filter((f) => /\.(m?js|cjs|d\.ts|css)$/.test(f))) {
    const text = readFileSync(unpacked(file), 'utf8');
    for (const [, url] of text.matchAll(/[#@] sourceMappingURL=(\S+?)\s*(?:\*\/)?\s*$/gm)) {
      if (url.startsWith('data:')) continue;
      const map = posix.join(posix.dirname(file), url);
      referenced.add(map);
      if (!files.has(map)) problems.push(`${file} → ${url}: not in the package`);
    }
  }
  for (const file of maps) {
    if (!referenced.has(file)) problems.push(`${file}: shipped, but no file points at it`);
    const map = JSON.parse(readFileSync(unpacked(file), 'utf8'));
    if (map.file && posix.join(posix.dirname(file), map.file) !== file.replace(/\.map$/, ''))
      problems.push(`${file}: "file" is ${map.file}`);
    // The sources are not in the package: the map must carry their text, and name them portably.
    map.sources.forEach((source, i) => {
      if (typeof map.sourcesContent?.[i] !== 'string') problems.push(`${file}: ${source} has no sourcesContent`);
      if (/^(\/|[a-z]:|file:)/i.test(source) || /.\/node_modules\//.test(source.replace(/^(\.\.\/)+/, '')))
        problems.push(`${file}: ${source} is a machine-specific path`);
    });
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('the packed exports import in Node, and intel-brief/bundle.js resolves to the server-safe build', () => {
  const subpaths = Object.keys(pkg.exports).flatMap((key) =>
    key.includes('*')
      ? [...expand(bare(targets(pkg.exports[key]).find(([c]) => !c.includes('types'))[1])).keys()].map((star) =>
          key.replace('*', star),
        )
      : [key],
  );
  const script = `
    const results = {};
    for (const subpath of ${JSON.stringify(subpaths)}) {
      const specifier = ${JSON.stringify(pkg.name)} + subpath.slice(1);
      try {
        const resolved = import.meta.resolve(specifier);
        if (/\\.json$/.test(subpath)) await import(specifier, { with: { type: 'json' } });
        else if (/\\.m?js$/.test(subpath) || subpath === '.') await import(specifier);
        results[subpath] = { resolved };
      } catch (error) {
        results[subpath] = { error: String(error?.message ?? error).split('\\n')[0] };
      }
    }
    try {
      const { validateBrief } = await import(${JSON.stringify(`${pkg.name}/bundle.js`)});
      results.validates = validateBrief({ title: 'x', date: '2024-04-04' }).ok;
    } catch {}
    console.log(JSON.stringify(results));`;
  let out;
  try {
    out = execFileSync(process.execPath, ['--input-type=module', '--no-warnings', '-e', script], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    assert.fail(`importing the package in Node failed: ${String(error.stderr).slice(-600)}`);
  }
  const results = JSON.parse(out.trim().split('\n').at(-1));
  const failures = subpaths.filter((s) => results[s].error).map((s) => `${s}: ${results[s].error}`);
  assert.deepEqual(failures, [], `these exports throw in Node:\n${failures.join('\n')}`);
  const resolved = fileURLToPath(results['./bundle.js'].resolved);
  assert.equal(
    realpathSync(resolved),
    realpathSync(unpacked('dist/bundle.js')),
    'intel-brief/bundle.js in Node is not dist/bundle.js',
  );
  assert.equal(results.validates, true, 'validateBrief from intel-brief/bundle.js does not work in Node');
});

test("what installs with the package: lit and Lit's hydration support; server rendering, React wrappers and the Markdown parsers are optional peers", () => {
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit-labs/ssr-client', 'lit']);
  const markdown = ['mdast-util-from-markdown', 'mdast-util-gfm-table', 'micromark-extension-gfm-table', 'yaml'];
  const optional = ['@lit-labs/ssr', '@lit/react', ...markdown, 'puppeteer-core', 'react', 'svelte', 'vue'].sort();
  assert.deepEqual(Object.keys(pkg.peerDependencies).sort(), optional);
  for (const name of optional) assert.equal(pkg.peerDependenciesMeta[name]?.optional, true, name);
  // Our own tests render on the server, build the React wrappers and read Markdown: installed for them.
  for (const name of ['@lit-labs/ssr', '@lit/react', ...markdown])
    assert.equal(pkg.devDependencies[name], pkg.peerDependencies[name], `${name} in devDependencies`);
});

test('intel-brief/server exports what the server module does, whose types it has', () => {
  const script = `
    const entry = await import('intel-brief/server');
    const server = await import('./node_modules/intel-brief/dist/ssr/server.js');
    console.log(JSON.stringify([Object.keys(entry), Object.keys(server)]));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
  const [entry, server] = JSON.parse(out);
  assert.deepEqual(entry, server);
  assert.equal(pkg.exports['./server'].types, './dist/ssr/server.d.ts');
});

test('a browser-only install, without the optional peers: the elements import, validate and STIX work, server rendering and Markdown say what to install', () => {
  const bare = mkdtempSync(join(tmpdir(), 'intel-brief-bare-'));
  try {
    execFileSync('tar', ['-xzf', tarball], { cwd: bare, stdio: 'ignore' });
    mkdirSync(join(bare, 'node_modules'));
    renameSync(join(bare, 'package'), join(bare, 'node_modules', pkg.name));
    for (const dependency of Object.keys(pkg.dependencies)) {
      const target = join(bare, 'node_modules', dependency);
      mkdirSync(dirname(target), { recursive: true });
      symlinkSync(realpathSync(join(root, 'node_modules', dependency)), target, 'junction');
    }
    const run = (args) => spawnSync(process.execPath, args, { cwd: bare, encoding: 'utf8' });
    const elements = run([
      '--input-type=module',
      '-e',
      `const { validateBrief } = await import('intel-brief'); await import('intel-brief/intel-brief.js');
       console.log(validateBrief({ title: 'x', date: '2024-04-04' }).ok);`,
    ]);
    assert.equal(elements.stdout, 'true\n', elements.stderr);
    const server = run(['--input-type=module', '-e', `await import('intel-brief/server')`]);
    assert.notEqual(server.status, 0);
    assert.match(
      server.stderr,
      /Error: intel-brief\/server: install @lit-labs\/ssr to render on the server \(npm install @lit-labs\/ssr\)\./,
    );
    /** The installed command on the minimal sample brief. */
    const command = (name, ...args) =>
      run([join('node_modules', pkg.name, 'bin/intel-brief.js'), name, join(root, 'briefs/minimal.json'), ...args]);
    const cli = command('render');
    assert.equal(cli.status, 1);
    assert.equal(cli.stdout, '');
    assert.equal(
      cli.stderr,
      'intel-brief: install @lit-labs/ssr to render on the server (npm install @lit-labs/ssr).\n',
    );
    // What needs no server rendering still works: validate, and convert between JSON and STIX.
    const valid = command('validate');
    assert.equal(valid.status, 0, valid.stderr);
    const stix = command('convert', '--to', 'stix');
    assert.equal(stix.status, 0, stix.stderr);
    // Markdown needs its parsers.
    const markdown = command('convert', '--to', 'markdown');
    assert.equal(markdown.status, 1);
    assert.match(
      markdown.stderr,
      /^intel-brief: install yaml, mdast-util-from-markdown, .*, and micromark-extension-gfm-table to read and write Markdown \(npm install yaml /,
    );
  } finally {
    rmSync(bare, { recursive: true, force: true });
  }
});
