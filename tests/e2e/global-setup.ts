// Builds the local site copies (tests/pages -> tests/pages/dist) before any
// test runs; it takes well under a second. The extension itself is built on
// demand by the fixtures (tests/e2e/support/extension.ts).
import { buildTestPages } from '../../scripts/build-test-pages.mjs';

export default async function globalSetup(): Promise<void> {
  await buildTestPages({ log: true });
}
