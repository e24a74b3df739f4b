// custom-elements.json, generated from the source's JSDoc: `npm run generate`.
import { posix } from 'node:path';

/**
 * Tidies what the analyzer reads from code rather than from JSDoc: the shared
 * `emit(type, …)` helper is not an event named "type", internal reactive
 * state (`static properties = { _state: { state: true } }`) is not an attribute,
 * and private members (`#loader`, `private _expanded`) are not API.
 */
const tidy = {
  name: 'intel-brief-tidy',
  packageLinkPhase({ customElementsManifest }) {
    // The analyzer reads files in no fixed order: sort, so the file is stable.
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((e) => e.name && e.name !== 'type');
        if (declaration.attributes)
          declaration.attributes = declaration.attributes.filter((a) => !a.name.startsWith('_'));
        if (declaration.members) {
          declaration.members = declaration.members.filter((m) => !/^[_#]/.test(m.name) && m.privacy !== 'private');
          for (const member of declaration.members) if (member.attribute?.startsWith('_')) delete member.attribute;
        }
      }
    }
  },
};

/** `src/x.ts` (or a `.js` specifier of it) → `dist/x.js`: the module that ships. */
const shipped = (path) => path.replace(/^src\/(.*)\.[jt]s$/, 'dist/$1.js');

/**
 * Points the manifest at what the package ships: the analyzer names modules by
 * their source (`src/intel-brief.ts`), which is not in the package, and leaves
 * references as it found them (`./brief/validate.js`, `/src/internal/base.js`).
 * Every `path` and `module` becomes package-root-relative and names the built
 * file (`dist/intel-brief.js`), as the schema asks; the JSDoc stays as it is.
 *
 * It also tells what the define entry points do, which the analyzer cannot see
 * through the guarded `define('tag', Class)` helper: a re-exported class names
 * the module that declares it, and each tag gets a `custom-element-definition`.
 */
const distPaths = () => {
  const seen = new Map(); // module path → { imports: Map(local name → module path), defines: [[tag, class]] }
  return {
    name: 'intel-brief-dist-paths',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.SourceFile) return;
      const imports = new Map();
      const defines = [];
      for (const statement of node.statements) {
        if (ts.isImportDeclaration(statement) && statement.moduleSpecifier.text.startsWith('.')) {
          const from = posix.join(posix.dirname(moduleDoc.path), statement.moduleSpecifier.text);
          const bindings = statement.importClause?.namedBindings;
          if (bindings && ts.isNamedImports(bindings))
            for (const element of bindings.elements) imports.set(element.name.text, from);
        }
        const call = ts.isExpressionStatement(statement) ? statement.expression : undefined;
        if (
          call &&
          ts.isCallExpression(call) &&
          ts.isIdentifier(call.expression) &&
          call.expression.text === 'define'
        ) {
          const [tag, klass] = call.arguments;
          if (tag && ts.isStringLiteral(tag) && klass && ts.isIdentifier(klass)) defines.push([tag.text, klass.text]);
        }
      }
      seen.set(moduleDoc.path, { imports, defines });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const { imports, defines } = seen.get(mod.path) ?? { imports: new Map(), defines: [] };
        for (const exp of mod.exports ?? []) {
          const imported = exp.declaration && exp.declaration.module === mod.path && imports.get(exp.declaration.name);
          if (imported) exp.declaration.module = imported;
        }
        for (const [tag, klass] of defines) {
          const module = imports.get(klass) ?? mod.path;
          mod.exports = [
            ...(mod.exports ?? []),
            { kind: 'custom-element-definition', name: tag, declaration: { name: klass, module } },
          ];
        }
        const dir = posix.dirname(mod.path);
        const visit = (value) => {
          if (Array.isArray(value)) return value.forEach(visit);
          if (!value || typeof value !== 'object') return;
          if (typeof value.module === 'string' && !value.package) {
            const module = value.module.startsWith('.')
              ? posix.join(dir, value.module)
              : value.module.replace(/^\/+/, '');
            value.module = shipped(module);
          }
          Object.values(value).forEach(visit);
        };
        visit(mod);
        mod.path = shipped(mod.path);
      }
    },
  };
};

export default {
  // The public modules: the elements, their define entry points, the package roots.
  globs: ['src/*.ts', 'src/define/*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [tidy, distPaths()],
};
