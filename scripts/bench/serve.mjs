// @ts-check
// A static server for a built dist/ that compresses text with brotli like the CDN does
// (Pagefind's own files are already compressed and go out as they are), so bytes measured in
// the browser are bytes on the wire.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
/** @import { AddressInfo } from 'node:net' */

/** @type {Record<string, string>} */
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

/**
 * Serves `dir` on `port` (0: any free port); resolves to { url, close() }.
 * @param {string} dir
 * @returns {Promise<{ url: string, close: () => Promise<Error | undefined> }>} `close()` resolves with the error of closing, if any
 */
export function serve(dir, port = 0) {
  /** @type {Map<string, Buffer>} */
  const cache = new Map();
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, pathname));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      res.end(existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'Not found');
      return;
    }
    const ext = extname(file);
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    /** @type {Buffer} */
    let body = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!cache.has(file))
        cache.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      body = /** @type {Buffer} */ (cache.get(file));
      headers['Content-Encoding'] = 'br';
    }
    res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      // Listening on a TCP port, so the address is an AddressInfo.
      const address = /** @type {AddressInfo} */ (server.address());
      resolve({ url: `http://localhost:${address.port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
