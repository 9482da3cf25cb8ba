// Test-only probe (tests/e2e/harness.spec.ts). Makes network requests the
// guard must catch: one as the background starts, one on request.
const api = globalThis.browser ?? globalThis.chrome;
fetch('https://probe.invalid/background-startup').catch(() => {});
api.runtime.onMessage.addListener((msg, _sender, reply) => {
  if (msg !== 'probe-fetch') return false;
  fetch('https://probe.invalid/background-on-message').then(
    () => reply('fetched'),
    (e) => reply(`failed: ${e && e.message}`),
  );
  return true;
});
