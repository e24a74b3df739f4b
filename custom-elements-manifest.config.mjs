// custom-elements.json, generated from the source's JSDoc: `npm run generate`.

/**
 * Tidies what the analyzer reads from code rather than from JSDoc: the shared
 * `emit(type, …)` helper is not an event named "type", and internal reactive
 * state (`static properties = { _state: { state: true } }`) is not an attribute.
 */
const tidy = {
  name: 'intel-brief-tidy',
  packageLinkPhase({ customElementsManifest }) {
    // The analyzer reads files in no fixed order: sort, so the file is stable.
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((e) => e.name && e.name !== 'type');
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.name.startsWith('_'));
        if (declaration.members) {
          declaration.members = declaration.members.filter((m) => !m.name.startsWith('_'));
          for (const member of declaration.members) if (member.attribute?.startsWith('_')) delete member.attribute;
        }
      }
    }
  },
};

export default {
  // The public modules: the elements, their define entry points, the package roots.
  globs: ['src/*.ts', 'src/define/*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [tidy],
};
