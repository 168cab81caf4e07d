// @ts-check
// Serves a built dist/ the way Netlify does, so what the browser tests and the benchmark meet is
// what visitors get: the headers and redirects of netlify.toml (Permissions-Policy decides whether
// the Geolocation API works at all), directory URLs to their index.html, /404.html for the rest,
// and text compressed with brotli (gzip for clients without it) like the CDN. Pagefind's own files
// are already compressed and go out as they are.
//
//   node scripts/serve.mjs [dir] [--port 4329] [--host localhost]   (npm run preview)
//
// One deliberate difference: /admin/ may also connect to Decap's local backend (decap-server on
// localhost:8081), which exists only on an editor's or a test machine.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from 'smol-toml';
/** @import { AddressInfo } from 'node:net' */
/** @import { IncomingMessage } from 'node:http' */

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
const LOCAL_BACKEND = 'http://localhost:8081';

/**
 * @typedef {{ for: string, values: Record<string, string> }} HeaderRule
 * @typedef {{ from: string, to: string, status?: number, force?: boolean }} Redirect
 * @typedef {{ headers: HeaderRule[], redirects: Redirect[] }} NetlifyRules
 */

/** The header and redirect rules of a netlify.toml. @param {string} file @returns {NetlifyRules} */
export function readNetlifyRules(file) {
  const config = /** @type {Partial<NetlifyRules>} */ (parse(readFileSync(file, 'utf8')));
  return { headers: config.headers ?? [], redirects: config.redirects ?? [] };
}

/** A Netlify path pattern (`/admin/*`, `/*`) as a regular expression. @param {string} pattern */
const patternRegExp = (pattern) => {
  // A trailing splat also matches the folder itself (`/admin/*` matches `/admin`).
  const [head = '', ...rest] = pattern.replace(/\/\*$/, '\0').split('*');
  const escape = (/** @type {string} */ text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const body = [head, ...rest].map(escape).join('.*').replace('\0', '(?:/.*)?');
  return new RegExp(`^${body}$`);
};

/**
 * The headers Netlify sends for `path`: every matching rule applies, and where two set the same
 * header the later one wins (Netlify's own headersForPath does the same).
 * @param {string} path @param {HeaderRule[]} rules @returns {Record<string, string>}
 */
export function headersFor(path, rules) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) if (patternRegExp(rule.for).test(path)) Object.assign(headers, rule.values);
  return headers;
}

/**
 * Where a request for a missing `path` goes, by the first matching redirect; Netlify applies an
 * unforced rule only where no file exists, which is the only case this server asks about.
 * @param {string} path @param {Redirect[]} redirects
 */
export function redirectFor(path, redirects) {
  const rule = redirects.find((r) => patternRegExp(r.from).test(path));
  return rule && { to: rule.to, status: rule.status ?? 301 };
}

/** The CSP of /admin/ with Decap's local backend allowed to connect. @param {string} policy */
const withLocalBackend = (policy) => policy.replace(/connect-src ([^;]*)/, `connect-src $1 ${LOCAL_BACKEND}`);

/**
 * Serves `dir` on `port` (0: any free port) with the rules of `netlify` (a netlify.toml path);
 * resolves to { url, close() }.
 * @param {string} dir
 * @param {{ port?: number, host?: string, netlify?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<Error | undefined> }>} `close()` resolves with the error of closing, if any
 */
export function serve(dir, { port = 0, host = '127.0.0.1', netlify = 'netlify.toml' } = {}) {
  const root = resolve(dir);
  const rules = readNetlifyRules(netlify);
  /** @type {Map<string, { mtime: number, body: Buffer }>} */
  const cache = new Map();

  /** The file a path names, if it exists. @param {string} pathname */
  const fileOf = (pathname) => {
    const file = normalize(join(root, pathname));
    if (!file.startsWith(root)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory())
      return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
    return existsSync(file) ? file : undefined;
  };

  /** @param {string} file @param {IncomingMessage} req */
  const encoded = (file, req) => {
    const body = readFileSync(file);
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    if (!COMPRESSIBLE.has(extname(file)) || !encoding) return { body };
    const key = `${encoding}:${file}`;
    const mtime = statSync(file).mtimeMs;
    const hit = cache.get(key);
    if (hit?.mtime === mtime) return { body: hit.body, encoding };
    const compressed =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 });
    cache.set(key, { mtime, body: compressed });
    return { body: compressed, encoding };
  };

  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let status = 200;
    let file = fileOf(pathname);
    if (!file) {
      const redirect = redirectFor(pathname, rules.redirects);
      if (redirect && redirect.status >= 300 && redirect.status < 400) {
        res.writeHead(redirect.status, { Location: redirect.to }).end();
        return;
      }
      status = redirect?.status ?? 404;
      file = fileOf(redirect?.to ?? '/404.html');
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
    }
    /** @type {Record<string, string>} */
    const headers = { 'Cache-Control': 'no-cache', ...headersFor(pathname, rules.headers) };
    if (pathname.startsWith('/admin/') && headers['Content-Security-Policy'])
      headers['Content-Security-Policy'] = withLocalBackend(headers['Content-Security-Policy']);
    const { body, encoding } = encoded(file, req);
    if (encoding) headers['Content-Encoding'] = encoding;
    res
      .writeHead(status, {
        ...headers,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        Vary: 'Accept-Encoding',
      })
      .end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done) => {
    server.listen(port, host, () => {
      // Listening on a TCP port, so the address is an AddressInfo.
      const address = /** @type {AddressInfo} */ (server.address());
      done({ url: `http://localhost:${address.port}`, close: () => new Promise((closed) => server.close(closed)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: 'localhost' } },
    allowPositionals: true,
  });
  const { url } = await serve(positionals[0] ?? 'dist', { port: Number(values.port), host: values.host });
  console.log(`Serving ${positionals[0] ?? 'dist'} as Netlify would at ${url}/`);
}
