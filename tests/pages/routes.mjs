// URL -> test page mapping for the local copies of the four sites.
//
// One table, three users:
//   - tests/e2e/fixtures.ts fulfils https://www.facebook.com/** etc. with the
//     HTML file named here (context.route),
//   - scripts/demo.mjs does the same for a headful browser,
//   - the pages' own SPA router (tests/pages/src/common/router.ts) calls
//     surfaceFor() after history.pushState, so in-app navigation lands on the
//     same surface a full load of that URL would.
//
// Plain ESM JavaScript so that node (demo), Playwright (TS) and esbuild (the
// page bundles) can all import it. Types: routes.d.mts.

/** Path prefix under which the built bundles are served on every site host. */
export const ASSET_PREFIX = '/__test-pages/';

export const SITES = {
  facebook: {
    hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com'],
    origin: 'https://www.facebook.com',
    surfaces: ['feed', 'messenger', 'profile', 'notfound'],
  },
  x: {
    hosts: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
    origin: 'https://x.com',
    surfaces: ['home', 'compose', 'status', 'chat', 'messages', 'profile', 'notfound'],
  },
  instagram: {
    hosts: ['www.instagram.com', 'instagram.com'],
    origin: 'https://www.instagram.com',
    surfaces: ['feed', 'create', 'post', 'direct', 'profile', 'notfound'],
  },
  tiktok: {
    hosts: ['www.tiktok.com', 'tiktok.com'],
    origin: 'https://www.tiktok.com',
    surfaces: ['foryou', 'studio-upload', 'studio-content', 'legacy-upload', 'legacy-upload-frame', 'video', 'messages', 'profile', 'notfound'],
  },
};

/** URL patterns for context.route(), one per host. */
export const ROUTE_PATTERNS = Object.values(SITES).flatMap((s) => s.hosts.map((h) => `https://${h}/**`));

/** @returns {keyof typeof SITES | null} */
export function siteForHost(host) {
  for (const [site, def] of Object.entries(SITES)) if (def.hosts.includes(host)) return /** @type {any} */ (site);
  return null;
}

const FB_RESERVED = new Set(['messages', 'groups', 'marketplace', 'watch', 'gaming', 'events', 'friends', 'settings', 'notifications', 'bookmarks', 'saved', 'stories', 'reel', 'photo', 'ajax', 'api', 'login', 'privacy']);
const X_RESERVED = new Set(['home', 'explore', 'notifications', 'messages', 'i', 'compose', 'settings', 'search', 'login', 'logout', 'tos', 'privacy']);
const IG_RESERVED = new Set(['p', 'reel', 'reels', 'direct', 'explore', 'create', 'accounts', 'stories', 'api', 'graphql', 'ajax']);

/**
 * Which surface of `site` a pathname shows.
 * @param {string} site
 * @param {string} pathname
 * @returns {string}
 */
export function surfaceFor(site, pathname) {
  const segs = pathname.split('/').filter(Boolean);
  const [a, b] = segs;
  switch (site) {
    case 'facebook':
      if (segs.length === 0 || a === 'home.php') return 'feed';
      if (a === 'messages') return 'messenger';
      if (a === 'profile.php' || a === 'me') return 'profile';
      if (segs.length === 1 && !FB_RESERVED.has(a)) return 'profile';
      return 'notfound';
    case 'x':
      if (segs.length === 0 || a === 'home') return 'home';
      if (a === 'compose' && (b === 'post' || b === 'tweet')) return 'compose';
      if (a === 'i' && b === 'chat') return 'chat';
      if (a === 'messages') return 'messages';
      if (segs.length >= 3 && b === 'status' && !X_RESERVED.has(a)) return 'status';
      if (segs.length === 1 && !X_RESERVED.has(a)) return 'profile';
      return 'notfound';
    case 'instagram':
      if (segs.length === 0) return 'feed';
      if (a === 'create') return 'create';
      if (a === 'p' && b) return 'post';
      if (a === 'direct') return 'direct';
      if (segs.length === 1 && !IG_RESERVED.has(a)) return 'profile';
      return 'notfound';
    case 'tiktok':
      if (segs.length === 0 || a === 'foryou') return 'foryou';
      if (a === 'tiktokstudio') return b === 'content' ? 'studio-content' : 'studio-upload';
      if (a === 'creator-center' && b === 'upload') return 'legacy-upload';
      if (a === 'creator') return 'legacy-upload-frame';
      if (a === 'messages') return 'messages';
      if (a?.startsWith('@') && b === 'video') return 'video';
      if (a?.startsWith('@') && segs.length === 1) return 'profile';
      return 'notfound';
    default:
      return 'notfound';
  }
}

/** File (relative to tests/pages/dist) holding the HTML of a surface. */
export function htmlFile(site, surface) {
  return `${site}/${surface}.html`;
}

/**
 * Resolve a full URL to the file that serves it.
 * @param {string} url
 * @returns {{ site: string, surface: string, file: string, asset: boolean } | null}
 */
export function resolvePage(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const site = siteForHost(u.hostname);
  if (!site) return null;
  if (u.pathname.startsWith(ASSET_PREFIX)) {
    const rel = u.pathname.slice(ASSET_PREFIX.length);
    if (!/^[\w./-]+$/.test(rel) || rel.includes('..')) return null;
    return { site, surface: 'asset', file: rel, asset: true };
  }
  const surface = surfaceFor(site, u.pathname);
  return { site, surface, file: htmlFile(site, surface), asset: false };
}

/** A starting URL per site/surface (used by the demo and the tests). */
export const START_URLS = {
  facebook: {
    feed: 'https://www.facebook.com/',
    messenger: 'https://www.facebook.com/messages/t/100012345678',
    profileStudent: 'https://www.facebook.com/jayden.m.2028',
    profileAdult: 'https://www.facebook.com/mrs.garcia',
  },
  x: {
    home: 'https://x.com/home',
    compose: 'https://x.com/compose/post',
    status: 'https://x.com/LincolnHighOK/status/1790000000000000001',
    chat: 'https://x.com/i/chat/1234567-7654321',
    messages: 'https://x.com/messages/1234567-7654321',
    profileStudent: 'https://x.com/jayden_m2028',
    profileAdult: 'https://x.com/MrsGarciaTeaches',
  },
  instagram: {
    feed: 'https://www.instagram.com/',
    create: 'https://www.instagram.com/create/',
    post: 'https://www.instagram.com/p/C9xYzAbCdEf/',
    direct: 'https://www.instagram.com/direct/t/340282366841710300949128/',
    profileStudent: 'https://www.instagram.com/jayden.m.2028/',
    profileAdult: 'https://www.instagram.com/mrs.garcia.teaches/',
  },
  tiktok: {
    foryou: 'https://www.tiktok.com/foryou',
    upload: 'https://www.tiktok.com/tiktokstudio/upload',
    legacyUpload: 'https://www.tiktok.com/creator-center/upload',
    video: 'https://www.tiktok.com/@lincolnhighok/video/7390000000000000001',
    messages: 'https://www.tiktok.com/messages',
    profileStudent: 'https://www.tiktok.com/@jayden.m.2028',
    profileAdult: 'https://www.tiktok.com/@mrsgarciateaches',
  },
};
