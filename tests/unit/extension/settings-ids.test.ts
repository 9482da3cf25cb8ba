import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, CHROME_PUBLIC_KEY, GECKO_ID } from '../../../src/extension-ids';

// Managed policy is keyed by the extension ids: the manifest key, the README
// and the administrator's guide must agree on them.

/** Chrome's rule: SHA-256 of the DER public key, first 32 hex digits, 0-f mapped to a-p. */
function chromeIdOf(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('extension ids', () => {
  it('the Chrome id is the one the manifest key yields', () => {
    expect(chromeIdOf(CHROME_PUBLIC_KEY)).toBe(CHROME_EXTENSION_ID);
    expect(CHROME_EXTENSION_ID).toMatch(/^[a-p]{32}$/);
  });

  it('the manifest key is a public key only (a private key must never be committed)', () => {
    const der = Buffer.from(CHROME_PUBLIC_KEY, 'base64');
    // SubjectPublicKeyInfo for rsaEncryption, 2048 bits: 294 bytes.
    expect(der.length).toBe(294);
    expect(CHROME_PUBLIC_KEY).not.toMatch(/PRIVATE/);
  });

  it('README and docs/admin.md quote both ids', () => {
    for (const doc of ['README.md', 'docs/admin.md']) {
      const text = read(doc);
      expect(text, doc).toContain(`\`${chromeIdOf(CHROME_PUBLIC_KEY)}\``);
      expect(text, doc).toContain(`\`${GECKO_ID}\``);
    }
  });

  it('the Firefox id is an e-mail style add-on id', () => {
    expect(GECKO_ID).toMatch(/^[a-z0-9-]+@[a-z0-9.-]+$/);
  });
});
