export type Site = 'facebook' | 'x' | 'instagram' | 'tiktok';

export declare const ASSET_PREFIX: string;
export declare const SITES: Record<Site, { hosts: string[]; origin: string; surfaces: string[] }>;
export declare const ROUTE_PATTERNS: string[];
export declare function siteForHost(host: string): Site | null;
export declare function surfaceFor(site: Site, pathname: string): string;
export declare function htmlFile(site: Site, surface: string): string;
export declare function resolvePage(url: string): { site: Site; surface: string; file: string; asset: boolean } | null;
export declare const START_URLS: {
  facebook: { feed: string; messenger: string; profileStudent: string; profileAdult: string };
  x: { home: string; compose: string; status: string; chat: string; messages: string; profileStudent: string; profileAdult: string };
  instagram: { feed: string; create: string; post: string; direct: string; profileStudent: string; profileAdult: string };
  tiktok: { foryou: string; upload: string; legacyUpload: string; video: string; messages: string; profileStudent: string; profileAdult: string };
};
