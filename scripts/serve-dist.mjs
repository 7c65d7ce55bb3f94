// Serves the production build (dist/) under a sub-path, as a static host would, to prove base './'
// works from anywhere. Usage: node scripts/serve-dist.mjs [port] [subpath]; port 0 takes a free one,
// and the first line printed is the address it serves. DIST_DIR serves another build folder (so two
// people building at once in one checkout do not serve each other's half-written dist/).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const port = Number(process.argv[2] ?? 4180);
const base = `/${(process.argv[3] ?? 'bpo/workbench').replace(/^\/|\/$/g, '')}/`;
const root = process.env.DIST_DIR ? join(process.env.DIST_DIR, '/') : new URL('../dist/', import.meta.url).pathname;
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

// The app's Content-Security-Policy sent as a header too, as a host should: the same policy as the
// meta tag of the build's index.html (one source), so a violation shows whichever way it is delivered.
const csp = await readFile(join(root, 'index.html'), 'utf8').then(
  (html) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1],
  () => undefined,
);

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404).end('not under ' + base);
    return;
  }
  const relative = normalize(decodeURIComponent(url.pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, relative || 'index.html');
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (csp) headers['content-security-policy'] = csp;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`serve-dist: port ${port} on 127.0.0.1 is already in use (another server, or an earlier run still going). ` +
      'Stop it, or pick another port: node scripts/serve-dist.mjs PORT (the e2e tests take E2E_PORT, or pick a free one themselves).');
  } else {
    console.error(`serve-dist: cannot listen on 127.0.0.1:${port}: ${error.message}`);
  }
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`serving dist at http://127.0.0.1:${server.address().port}${base}`));
