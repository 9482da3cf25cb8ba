export declare function buildTestPages(opts?: { log?: boolean }): Promise<unknown>;
