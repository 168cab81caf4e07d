// A static server for a built dist/ that compresses text with brotli like the CDN does
// (Pagefind's own files are already compressed and go out as they are), so bytes measured in
// the browser are bytes on the wire.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.ics': 'text/calendar',
  '.csv': 'text/csv',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.ics', '.csv']);

/** Serves `dir` on `port` (0: any free port); resolves to { url, close() }. */
export function serve(dir, port = 0) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, pathname));
    if (!file.startsWith(normalize(dir))) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      return res.end(existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'Not found');
    }
    const ext = extname(file);
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    let body = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!cache.has(file))
        cache.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      body = cache.get(file);
      headers['Content-Encoding'] = 'br';
    }
    res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://localhost:${address.port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
