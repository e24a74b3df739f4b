import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/locales/ar.js';
import '../src/locales/de.js';
import '../src/locales/es.js';
import '../src/locales/fr.js';
import '../src/locales/it.js';
import '../src/locales/ja.js';
import '../src/locales/nl.js';
import '../src/locales/pl.js';
import '../src/locales/pt.js';
import '../src/locales/ru.js';
import '../src/locales/uk.js';
import '../src/locales/zh.js';

setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true });

// The Loading story points `src` at this path: its fetch never settles, so the
// loading state stays on screen for review.
const NEVER = '/storybook/never-resolves.json';
const fetchOriginal = window.fetch.bind(window);
window.fetch = (input, init) =>
  String(input instanceof Request ? input.url : input).includes(NEVER)
    ? new Promise(() => {})
    : fetchOriginal(input, init);

/** Applies the toolbar's theme, direction and locale around every story. */
const frame: Decorator = (story, { globals }) => {
  const dark = globals.theme === 'dark';
  return html`<div
    class="sb-frame"
    lang=${globals.locale ?? 'en-US'}
    dir=${globals.dir ?? 'ltr'}
    style="color-scheme: ${dark ? 'dark' : 'light'}; background: ${dark ? '#15171a' : '#ffffff'}; color: ${
      dark ? '#e8eaed' : '#1f1f1f'
    }; padding: 1.5rem; font-family: system-ui, sans-serif;"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [frame],
  globalTypes: {
    theme: {
      description: 'Light or dark page',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction of the page',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
    locale: {
      description: 'Language of the page (labels, dates, numbers)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          'en-US',
          'en-GB',
          'fr-FR',
          'de-DE',
          'es-ES',
          'it-IT',
          'pt-BR',
          'nl-NL',
          'pl-PL',
          'ru-RU',
          'uk-UA',
          'ar-EG',
          'ja-JP',
          'zh-CN',
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr', locale: 'en-US' },
  parameters: {
    controls: { expanded: true },
    // Landmarks belong to the host page, not to a component shown on its own.
    a11y: { test: 'error', config: { rules: [{ id: 'region', enabled: false }] } },
    options: {
      // The catalogue opens on the reference brief (before the docs page).
      storySort: {
        order: [
          'Elements',
          ['intel-brief', ['Reference brief', 'Docs', '*'], 'brief-section', 'download-pdf'],
          'Tools',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
