export const ACCEPTANCE_DIST: string;
export const ACCEPTANCE_SITES: string[];
export const ACCEPTANCE_ASSETS: string;
export function buildAcceptancePages(opts?: { log?: boolean }): Promise<void>;
