import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getBuiltinPack } from '../../../rules';
import { appendAudit, AUDIT_LOG_KEY } from '../../../src/background/audit';
import { handleMessage, isFromOwnContentScript, type HandlerDeps } from '../../../src/background/handler';
import { choosePack } from '../../../src/background/pack';
import { check } from '../../../src/engine';
import { resolveSettings, type RawSettingSources } from '../../../src/settings/resolve';

const ID = 'our-extension-id';
const TAB = { id: ID, tab: { id: 7 }, url: 'https://x.com/home' };
const RISKY = 'Jayden Smith got a 42 on his algebra test, his student ID is 20451877';

function deps(raw: RawSettingSources = { local: { district: 'tulsa-ps' } }, overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    runtimeId: ID,
    loadSettings: async () => resolveSettings(raw),
    check,
    appendAudit: vi.fn(async (entries) => entries.length),
    openOptions: vi.fn(async () => undefined),
    now: () => new Date('2026-10-10T20:00:00Z'),
    ...overrides,
  };
}

const checkMsg = (text: string, extra: object = {}) => ({ type: 'sl:check', draft: { site: 'x', surface: 'post', text, ...extra } });

describe('sender validation', () => {
  it('accepts only our own content scripts (our id, from a tab)', () => {
    expect(isFromOwnContentScript(TAB, ID)).toBe(true);
    expect(isFromOwnContentScript({ id: 'other-extension', tab: { id: 1 } }, ID)).toBe(false);
    expect(isFromOwnContentScript({ id: ID }, ID)).toBe(false); // popup / options page
    expect(isFromOwnContentScript(undefined, ID)).toBe(false);
  });

  it('does not answer messages from elsewhere, even well-formed ones', async () => {
    const d = deps();
    expect(await handleMessage(checkMsg(RISKY), { id: 'evil', tab: { id: 1 } }, d)).toBeUndefined();
    expect(await handleMessage(checkMsg(RISKY), { id: ID }, d)).toBeUndefined();
  });
});

describe('message validation', () => {
  it('rejects malformed check requests with an error and no findings', async () => {
    const bad = [
      { type: 'sl:check' },
      { type: 'sl:check', draft: { text: 42 } },
      { type: 'sl:check', draft: { text: 'hi', site: 'myspace' } },
      { type: 'sl:check', draft: { text: 'x'.repeat(500_001) } },
    ];
    for (const m of bad) {
      expect(await handleMessage(m, TAB, deps())).toEqual({ status: 'error', findings: [], error: 'invalid check request' });
    }
  });

  it('ignores unknown message types and non-objects', async () => {
    expect(await handleMessage({ type: 'sl:nope' }, TAB, deps())).toBeUndefined();
    expect(await handleMessage('sl:check', TAB, deps())).toBeUndefined();
    expect(await handleMessage(null, TAB, deps())).toBeUndefined();
  });

  it('rejects audit entries that carry anything but site, surface, category and rule shapes', async () => {
    const r = await handleMessage({ type: 'sl:audit', entries: [{ site: 'x', surface: 'post', category: 'not-a-category', rule: 'r' }] }, TAB, deps());
    expect(r).toEqual({ status: 'error', error: 'invalid audit request' });
  });
});

describe('opening the options page', () => {
  it('opens it for our content scripts only', async () => {
    const d = deps({});
    expect(await handleMessage({ type: 'sl:open-options' }, TAB, d)).toEqual({ status: 'ok' });
    expect(d.openOptions).toHaveBeenCalledTimes(1);
    expect(await handleMessage({ type: 'sl:open-options' }, { id: 'evil', tab: { id: 1 } }, d)).toBeUndefined();
    expect(d.openOptions).toHaveBeenCalledTimes(1);
  });
});

describe('checking', () => {
  it('answers no-district (and no findings) when no district is chosen', async () => {
    const r = await handleMessage(checkMsg(RISKY), TAB, deps({}));
    expect(r).toEqual({ status: 'no-district', findings: [], allowConfirm: true });
  });

  it('runs the engine with the district pack and passes allowConfirm / supportContact', async () => {
    const r = await handleMessage(checkMsg(RISKY), TAB, deps({ managed: { district: 'tulsa-ps', allowConfirm: false, supportContact: 'IT desk x4357' } }));
    expect(r).toMatchObject({ status: 'ok', district: 'tulsa-ps', allowConfirm: false, supportContact: 'IT desk x4357' });
    const findings = (r as { findings: { category: string; severity: string }[] }).findings;
    expect(findings.some((f) => f.category === 'confidential-data' && f.severity === 'block')).toBe(true);
  });

  it('uses a valid customPack instead of the district pack', async () => {
    const custom = { ...getBuiltinPack('yelm-cs')!, id: 'my-district', name: 'My District' };
    const r = await handleMessage(checkMsg(RISKY), TAB, deps({ managed: { district: 'tulsa-ps', customPack: JSON.stringify(custom) } }));
    expect(r).toMatchObject({ status: 'ok', district: 'my-district' });
  });

  it('falls back to the district pack when customPack is invalid, and reports why', () => {
    // Settings drop the broken pack and say why; the district's pack applies.
    const resolved = resolveSettings({ managed: { district: 'tulsa-ps', customPack: '{"schemaVersion": 1}' } });
    expect(resolved.issues).toEqual([{ source: 'managed', key: 'customPack', message: expect.stringMatching(/^not a valid rule pack: id/) }]);
    expect(choosePack(resolved.settings)).toMatchObject({ status: 'ok', source: 'builtin', pack: { id: 'tulsa-ps' } });
    // choosePack on its own still refuses a broken pack.
    const choice = choosePack({ district: 'tulsa-ps', customPack: '{"schemaVersion": 1}' });
    expect(choice).toMatchObject({ status: 'ok', source: 'builtin' });
    expect((choice as { issue?: string }).issue).toMatch(/^customPack/);
    expect(choosePack({ customPack: 'not json' })).toMatchObject({ status: 'no-district' });
    expect(choosePack({ district: 'atlantis-isd' })).toMatchObject({ status: 'no-district', issue: expect.stringContaining('atlantis-isd') });
  });

  it('turns an engine exception into an error answer without echoing the draft', async () => {
    const r = await handleMessage(
      checkMsg(RISKY),
      TAB,
      deps(undefined, {
        check: () => {
          throw new TypeError(RISKY);
        },
      }),
    );
    expect(r).toEqual({ status: 'error', findings: [], error: 'check failed (TypeError)' });
    expect(JSON.stringify(r)).not.toContain('Jayden');
  });
});

describe('audit log', () => {
  beforeEach(() => fakeBrowser.reset());

  const entry = { site: 'x', surface: 'post', category: 'confidential-data', rule: 'tulsa-ps/confidential-data' } as const;

  it('is not written when auditLog is off', async () => {
    const d = deps({ local: { district: 'tulsa-ps', auditLog: 'off' } });
    expect(await handleMessage({ type: 'sl:audit', entries: [entry] }, TAB, d)).toEqual({ status: 'ok', recorded: 0 });
    expect(d.appendAudit).not.toHaveBeenCalled();
  });

  it('keeps only time, site, surface, category and rule, bounded to the newest entries', async () => {
    const store = fakeBrowser.storage.local;
    const now = new Date('2026-10-10T20:00:00Z');
    await appendAudit(store, [{ ...entry, text: RISKY, name: 'IMG_1.jpg' } as typeof entry], now, 3);
    await Promise.all([appendAudit(store, [entry, entry], now, 3), appendAudit(store, [{ ...entry, surface: 'comment' }], now, 3)]);
    const log = (await store.get(AUDIT_LOG_KEY))[AUDIT_LOG_KEY] as object[];
    expect(log).toHaveLength(3);
    expect(log[2]).toEqual({ t: now.toISOString(), site: 'x', surface: 'comment', category: 'confidential-data', rule: 'tulsa-ps/confidential-data' });
    expect(JSON.stringify(log)).not.toMatch(/Jayden|IMG_1/);
  });
});
