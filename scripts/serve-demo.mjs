// Serves the demo page (demo/index.html) and the built bundle on localhost.
// `npm start` builds first. PORT=8000 by default (PORT=0: a free port; the URL is printed).
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', appIndex: 'demo/index.html', open: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`intel-brief demo: http://127.0.0.1:${server.server.address().port}/demo/  (Ctrl+C to stop)`);
