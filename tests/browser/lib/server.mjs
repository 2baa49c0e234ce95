// Static file server for the browser suite: serves one output directory (plus
// optional fallback directories) on 127.0.0.1 at an ephemeral port, under an
// optional base path, with correct content types, byte ranges (for <video>),
// and the security headers a static host would send.
//
// Headers: if the output has a `_headers` file (the Netlify / Cloudflare Pages
// format: a path pattern on its own line, then indented `Name: value` lines),
// the headers of every matching block are sent. Otherwise, and for any header
// `_headers` does not set, the default strict CSP below and
// `X-Content-Type-Options: nosniff` are sent, so pages are always tested
// under a CSP without 'unsafe-inline' for scripts.
//
// The request handling is a pure-ish function (`createHandler`) so the browser
// can also be served through Playwright's request interception when a site was
// built for an absolute base URL (see lib/site.mjs).

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

export const DEFAULT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "media-src 'self'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
  '.ogv': 'video/ogg',
  '.mp3': 'audio/mpeg',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
};

/** Content type for a file name; unknown extensions are served as bytes. */
export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Normalise a base path to the form "/" or "/a/b/". */
export function normaliseBasePath(base) {
  let b = (base ?? '/').trim();
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b.replace(/\/{2,}/g, '/');
}

/**
 * Parse a `_headers` file into [{ pattern: RegExp, source: string, headers: [[name, value]] }].
 * Lines starting with `#` are comments. `*` matches anything, `:name` one path segment.
 */
export function parseHeadersFile(text) {
  const rules = [];
  let current = null;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (/^\s/.test(raw)) {
      if (!current) continue;
      const i = raw.indexOf(':');
      if (i < 0) continue;
      current.headers.push([raw.slice(0, i).trim(), raw.slice(i + 1).trim()]);
    } else {
      const source = raw.trim();
      const re = source
        .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
        .map((part) => {
          if (part === '*') return '.*';
          if (/^:[A-Za-z_]/.test(part)) return '[^/]+';
          return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('');
      current = { pattern: new RegExp('^' + re + '$'), source, headers: [] };
      rules.push(current);
    }
  }
  return rules;
}

/**
 * Build a request handler for `roots` (the first is the site's output; later
 * ones are fallbacks, used for fixtures that borrow the theme's static files).
 * Returns `handle(method, urlPath, requestHeaders) -> { status, headers, body }`
 * where body is a Buffer (or empty for HEAD).
 */
export function createHandler({ roots, basePath = '/' }) {
  const base = normaliseBasePath(basePath);
  const siteRoot = path.resolve(roots[0]);
  const allRoots = roots.map((r) => path.resolve(r));
  const headersFile = path.join(siteRoot, '_headers');
  const headerRules = fs.existsSync(headersFile)
    ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8'))
    : [];

  function securityHeaders(sitePath) {
    const out = {};
    for (const rule of headerRules) {
      if (rule.pattern.test(sitePath)) {
        for (const [k, v] of rule.headers) out[k.toLowerCase()] = v;
      }
    }
    if (!out['content-security-policy']) out['content-security-policy'] = DEFAULT_CSP;
    if (!out['x-content-type-options']) out['x-content-type-options'] = 'nosniff';
    return out;
  }

  function findFile(rel) {
    for (const root of allRoots) {
      const full = path.resolve(root, '.' + rel);
      if (full !== root && !full.startsWith(root + path.sep)) return { forbidden: true };
      let st;
      try {
        st = fs.statSync(full);
      } catch {
        continue;
      }
      if (st.isDirectory()) return { dir: true, full };
      if (st.isFile()) return { full, size: st.size };
    }
    return null;
  }

  function notFound(sitePath, method) {
    const page404 = path.join(siteRoot, '404.html');
    const body = fs.existsSync(page404)
      ? fs.readFileSync(page404)
      : Buffer.from('<!doctype html><title>404</title><h1>404</h1>');
    return {
      status: 404,
      headers: { 'content-type': TYPES['.html'], ...securityHeaders(sitePath) },
      body: method === 'HEAD' ? Buffer.alloc(0) : body,
    };
  }

  return function handle(method, urlPath, reqHeaders = {}) {
    if (method !== 'GET' && method !== 'HEAD') {
      return { status: 405, headers: { allow: 'GET, HEAD' }, body: Buffer.alloc(0) };
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
    } catch {
      return { status: 400, headers: {}, body: Buffer.from('bad request') };
    }
    if (!pathname.startsWith(base)) {
      if (pathname + '/' === base) {
        return { status: 301, headers: { location: base }, body: Buffer.alloc(0) };
      }
      return notFound(pathname, method);
    }
    const sitePath = '/' + pathname.slice(base.length);
    // The host's control files are not content.
    if (sitePath === '/_headers' || sitePath === '/_redirects') return notFound(sitePath, method);
    let rel = sitePath;
    let found = findFile(rel);
    if (found?.forbidden) return { status: 403, headers: {}, body: Buffer.from('forbidden') };
    if (found?.dir) {
      if (!sitePath.endsWith('/')) {
        return { status: 301, headers: { location: pathname + '/' }, body: Buffer.alloc(0) };
      }
      rel = sitePath + 'index.html';
      found = findFile(rel);
    }
    if (!found || found.dir || found.forbidden) return notFound(sitePath, method);

    const headers = {
      'content-type': contentType(found.full),
      'accept-ranges': 'bytes',
      'cache-control': 'no-store',
      ...securityHeaders(sitePath),
    };
    const size = found.size;
    const range = reqHeaders.range ?? reqHeaders.Range;
    const m = range && /^bytes=(\d*)-(\d*)$/.exec(range.trim());
    if (m && size > 0) {
      let start = m[1] === '' ? size - Number(m[2]) : Number(m[1]);
      let end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
      if (start < 0) start = 0;
      if (start > end || start >= size) {
        return {
          status: 416,
          headers: { 'content-range': `bytes */${size}` },
          body: Buffer.alloc(0),
        };
      }
      const fd = fs.openSync(found.full, 'r');
      const buf = Buffer.alloc(end - start + 1);
      fs.readSync(fd, buf, 0, buf.length, start);
      fs.closeSync(fd);
      headers['content-range'] = `bytes ${start}-${end}/${size}`;
      headers['content-length'] = String(buf.length);
      return { status: 206, headers, body: method === 'HEAD' ? Buffer.alloc(0) : buf };
    }
    headers['content-length'] = String(size);
    return {
      status: 200,
      headers,
      body: method === 'HEAD' ? Buffer.alloc(0) : fs.readFileSync(found.full),
    };
  };
}

/**
 * Start an HTTP server on 127.0.0.1 at an ephemeral port.
 * Resolves to { url, origin, port, close() } where url includes the base path.
 */
export async function startServer({ roots, basePath = '/' }) {
  const handle = createHandler({ roots, basePath });
  const server = http.createServer((req, res) => {
    const r = handle(req.method, req.url, req.headers);
    res.writeHead(r.status, r.headers);
    res.end(r.body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    url: origin + normaliseBasePath(basePath),
    handle,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
