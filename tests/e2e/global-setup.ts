// Builds the local site copies (tests/pages -> tests/pages/dist) before any
// test runs; it takes well under a second. The extension itself is built on
// demand by the fixtures (tests/e2e/support/extension.ts).
import { buildTestPages } from '../../scripts/build-test-pages.mjs';
import { buildAcceptancePages } from '../acceptance/build.mjs';
import { removeStalePolicyFiles } from './support/policy';

export default async function globalSetup(): Promise<void> {
  // Policy files of a crashed run would make every browser here "managed".
  for (const f of removeStalePolicyFiles()) console.log(`[e2e] removed stale policy file ${f}`);
  await buildTestPages({ log: true });
  // The independent acceptance pages (tests/acceptance, acceptance-*.spec.ts).
  await buildAcceptancePages({ log: true });
}
