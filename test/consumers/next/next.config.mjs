// Next.js 15, App Router, exported as static files (the server component runs at build time).
export default {
  output: 'export',
  basePath: '/next',
  distDir: '../dist/next', // the exported site
  eslint: { ignoreDuringBuilds: true },
};
