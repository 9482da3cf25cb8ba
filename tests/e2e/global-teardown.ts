// After every run: no policy file of a finished (or crashed) policy test
// stays behind to make this machine's browsers "managed" or "blocked by the
// administrator" (support/policy.ts).
import { removeStalePolicyFiles } from './support/policy';

export default async function globalTeardown(): Promise<void> {
  for (const f of removeStalePolicyFiles()) console.log(`[e2e] removed stale policy file ${f}`);
}
