// What the suite needs to know about one output directory: its HTML pages,
// the base URL the site was built for, and how the browser reaches it.
//
// Base URL: `VILDE_BASE_URL` if set, else the front page's entry in the
// output's sitemap.xml (the shortest <loc>), else "/". A path-only base
// ("/vildeproblemer/") is served by the local static server under that path.
// An absolute base ("https://aarhus.dk/vildeproblemer/") is visited at that very
// URL: the browser context intercepts every request under it and answers from
// the output directory (same handler as the static server, same headers), so a
// Zola-style build with absolute permalinks is tested as published, without a
// rebuild and without any network. Requests to any other origin are blocked
// and recorded.

import fs from 'node:fs';
import path from 'node:path';
import { normaliseBasePath, startServer } from './server.mjs';

/** All .html files under dir, as sorted POSIX-style relative paths. */
export function listHtmlFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const ent of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, ent.name);
      if (ent.isDirectory()) {
        if (ent.name === 'node_modules' || ent.name.startsWith('.')) continue;
        walk(full);
      } else if (ent.isFile() && /\.html?$/i.test(ent.name)) {
        out.push(path.relative(dir, full).split(path.sep).join('/'));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** URL path (relative to the base) for an output file: a/index.html -> a/ */
export function relToUrlPath(rel) {
  if (rel === 'index.html') return '';
  if (rel.endsWith('/index.html')) return rel.slice(0, -'index.html'.length);
  return rel;
}

/** The base URL the site was built for (see module comment). */
export function detectBaseUrl(siteDir, env = process.env) {
  if (env.VILDE_BASE_URL) return env.VILDE_BASE_URL;
  const sitemap = path.join(siteDir, 'sitemap.xml');
  if (fs.existsSync(sitemap)) {
    const locs = [...fs.readFileSync(sitemap, 'utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map(
      (m) => m[1].replace(/&amp;/g, '&'),
    );
    if (locs.length) {
      const shortest = locs.reduce((a, b) => (b.length < a.length ? b : a));
      try {
        const u = new URL(shortest);
        return u.origin + u.pathname.replace(/[^/]*$/, '');
      } catch {
        return normaliseBasePath(shortest.replace(/[^/]*$/, ''));
      }
    }
  }
  return '/';
}

/**
 * Serve a site. `extraRoots` are fallback directories (fixtures borrow the
 * theme's static files this way). Returns { baseUrl, pageUrl(rel), setupContext(ctx), blocked, close }.
 */
export async function serveSite(siteDir, { extraRoots = [], env = process.env } = {}) {
  const built = detectBaseUrl(siteDir, env);
  let absolute = null;
  try {
    absolute = new URL(built);
  } catch {
    absolute = null;
  }
  const basePath = normaliseBasePath(absolute ? absolute.pathname : built);
  const server = await startServer({ roots: [siteDir, ...extraRoots], basePath });
  const baseUrl = absolute ? absolute.origin + basePath : server.url;
  const baseOrigin = new URL(baseUrl).origin;
  const blocked = [];

  async function setupContext(context) {
    await context.route('**/*', async (route) => {
      const req = route.request();
      const u = new URL(req.url());
      if (u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
      if (u.origin === server.origin && !absolute) return route.continue();
      if (absolute && u.origin === baseOrigin) {
        const r = server.handle(req.method(), u.pathname + u.search, await req.allHeaders());
        return route.fulfill({ status: r.status, headers: r.headers, body: r.body });
      }
      blocked.push({ url: req.url(), page: req.frame()?.page()?.url() ?? '' });
      return route.abort('blockedbyclient');
    });
  }

  return {
    baseUrl,
    builtFor: built,
    pageUrl: (rel) => baseUrl + relToUrlPath(rel),
    setupContext,
    blocked,
    close: () => server.close(),
  };
}
