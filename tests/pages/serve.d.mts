import type { Request, Route } from '@playwright/test';

export declare const DIST_DIR: string;
export declare function isLocalUrl(url: string): boolean;
export declare function pageFileFor(request: Request): { file: string; contentType: string } | null;
export declare function fulfilFromDist(route: Route, target: { file: string; contentType: string }, opts?: { cache?: boolean }): Promise<void>;
