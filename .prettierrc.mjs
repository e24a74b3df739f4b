/**
 * Prettier, run by `npm run lint` (`--check`) and `npm run format` (`--write`).
 * @type {import('prettier').Config}
 */
export default {
  // The width of the code's longer lines already (Lit templates with several bindings); Shoelace's too.
  printWidth: 120,
  singleQuote: true,
  // Off: Prettier would re-indent the html`` templates, adding whitespace text nodes that change
  // the server-rendered HTML and inline text spacing. Templates keep their hand-made layout.
  embeddedLanguageFormatting: 'off',
};
