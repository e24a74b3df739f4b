// SvelteKit 2, prerendered by adapter-static.
import adapter from '@sveltejs/adapter-static';

export default {
  kit: {
    adapter: adapter({ pages: '../dist/sveltekit', assets: '../dist/sveltekit' }),
    paths: { base: '/sveltekit' },
    // The brief's PDF link is the brief's own: the prerenderer need not follow it.
    prerender: { crawl: false },
  },
};
