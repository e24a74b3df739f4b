import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Nothing may call out: no telemetry, no "what's new", no update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  // The sample briefs (and the demo PDF) at /briefs/, as a site would serve them.
  staticDirs: [{ from: '../briefs', to: '/briefs' }],
};

export default config;
