import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getBuiltinPack } from '../../../rules';
import { checkCustomPack } from '../../../src/settings/custom-pack';
import { resolveSettings } from '../../../src/settings/resolve';
import { loadSettings, saveUserSettings, USER_SETTINGS_KEY, watchSettings } from '../../../src/settings/storage';

describe('resolveSettings (precedence)', () => {
  it('uses the defaults when nothing is set', () => {
    const r = resolveSettings({});
    expect(r.settings).toEqual({ allowConfirm: true, auditLog: 'local', lockDistrict: false });
    expect(r.sources.allowConfirm).toBe('default');
    expect(r.districtLocked).toBe(false);
    expect(r.issues).toEqual([]);
  });

  it('managed wins over the teacher, who wins over the defaults', () => {
    const r = resolveSettings({
      managed: { allowConfirm: false, supportContact: 'it@district.example' },
      local: { allowConfirm: true, auditLog: 'off', supportContact: 'me' },
    });
    expect(r.settings.allowConfirm).toBe(false);
    expect(r.sources.allowConfirm).toBe('managed');
    expect(r.settings.auditLog).toBe('off');
    expect(r.sources.auditLog).toBe('user');
    expect(r.settings.supportContact).toBe('it@district.example');
  });

  it('local userSettings win over sync userSettings', () => {
    const r = resolveSettings({ local: { district: 'tulsa-ps' }, sync: { district: 'yelm-cs', auditLog: 'off' } });
    expect(r.settings.district).toBe('tulsa-ps');
    expect(r.settings.auditLog).toBe('off');
  });

  it('a managed district is locked by default and the teacher cannot override it', () => {
    const r = resolveSettings({ managed: { district: 'tulsa-ps' }, local: { district: 'yelm-cs' } });
    expect(r.settings.district).toBe('tulsa-ps');
    expect(r.districtLocked).toBe(true);
    expect(r.settings.lockDistrict).toBe(true);
  });

  it('an unlocked managed district is only a default the teacher may change', () => {
    const r = resolveSettings({ managed: { district: 'tulsa-ps', lockDistrict: false }, local: { district: 'yelm-cs' } });
    expect(r.settings.district).toBe('yelm-cs');
    expect(r.sources.district).toBe('user');
    expect(r.districtLocked).toBe(false);
    expect(resolveSettings({ managed: { district: 'tulsa-ps', lockDistrict: false } }).settings.district).toBe('tulsa-ps');
  });

  it('ignores and reports invalid values key by key, keeping the valid ones', () => {
    const r = resolveSettings({
      managed: { allowConfirm: 'no', district: 'Tulsa PS', supportContact: 'help desk', bogus: 1 },
      local: { district: 'metro-tech', auditLog: 'sometimes' },
    });
    expect(r.settings.allowConfirm).toBe(true); // default: the invalid managed value is ignored
    expect(r.settings.district).toBe('metro-tech'); // next valid source
    expect(r.settings.supportContact).toBe('help desk');
    expect(r.settings.auditLog).toBe('local');
    expect(r.issues.map((i) => `${i.source}:${i.key}`).sort()).toEqual(
      ['managed:allowConfirm', 'managed:bogus', 'managed:district', 'user:auditLog'].sort(),
    );
  });

  it('survives sources that are not objects at all', () => {
    const r = resolveSettings({ managed: 'district=tulsa', local: [1, 2], sync: null });
    expect(r.settings.allowConfirm).toBe(true);
    expect(r.issues).toHaveLength(2);
  });
});

describe('resolveSettings (what the per-key schema cannot see)', () => {
  const packText = (id: string) => JSON.stringify({ ...getBuiltinPack('yelm-cs')!, id, name: id });

  it('a broken managed customPack is ignored, named by JSON path and line, and the next source applies', () => {
    const broken = '{\n  "schemaVersion": 1,\n  "id": "Springfield PS"\n}';
    const r = resolveSettings({ managed: { district: 'tulsa-ps', customPack: broken }, local: { customPack: packText('mine') } });
    // Locked district: the teacher's own pack is not a fallback either.
    expect(r.settings.customPack).toBeUndefined();
    expect(r.settings.district).toBe('tulsa-ps');
    const issue = r.issues.find((i) => i.source === 'managed' && i.key === 'customPack');
    expect(issue?.message).toMatch(/^not a valid rule pack: id \(line 3\): /);
    expect(issue?.message).toContain('name');

    const unlocked = resolveSettings({ managed: { customPack: '{not json' }, local: { customPack: packText('mine') } });
    expect(unlocked.sources.customPack).toBe('user');
    expect(unlocked.issues).toEqual([{ source: 'managed', key: 'customPack', message: expect.stringMatching(/^not a valid rule pack: invalid JSON at line 1/) }]);
  });

  it('a district id that names no district is ignored and reported; the next source applies', () => {
    const r = resolveSettings({ managed: { district: 'springfield-ps' }, local: { district: 'yelm-cs' } });
    expect(r.settings.district).toBe('yelm-cs');
    expect(r.districtLocked).toBe(false);
    expect(r.issues).toEqual([{ source: 'managed', key: 'district', message: expect.stringContaining('unknown district "springfield-ps"') }]);
  });

  it("the id of a valid customPack is a valid district", () => {
    const r = resolveSettings({ managed: { district: 'springfield-ps', customPack: packText('springfield-ps') } });
    expect(r.settings.district).toBe('springfield-ps');
    expect(r.districtLocked).toBe(true);
    expect(r.issues).toEqual([]);
  });

  it('lints a pack text once, not on every resolve (settings are resolved for every check)', () => {
    const text = packText('big-district');
    expect(checkCustomPack(text)).toBe(checkCustomPack(text));
    expect(checkCustomPack(text)).toEqual({ ok: true, packId: 'big-district' });
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('reads managed, local and sync userSettings together', async () => {
    await fakeBrowser.storage.managed.set({ allowConfirm: false });
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { district: 'yelm-cs' } });
    await fakeBrowser.storage.sync.set({ [USER_SETTINGS_KEY]: { auditLog: 'off' } });
    const r = await loadSettings();
    expect(r.settings).toMatchObject({ allowConfirm: false, district: 'yelm-cs', auditLog: 'off' });
  });

  it('treats a managed area that throws (Firefox without policy) as empty', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { district: 'tulsa-ps' } });
    const r = await loadSettings();
    expect(r.settings.district).toBe('tulsa-ps');
    expect(r.issues).toEqual([]);
  });

  it('saveUserSettings merges into storage.local userSettings', async () => {
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { auditLog: 'off' } });
    await saveUserSettings({ district: 'metro-tech' });
    expect(await fakeBrowser.storage.local.get(USER_SETTINGS_KEY)).toEqual({
      [USER_SETTINGS_KEY]: { auditLog: 'off', district: 'metro-tech' },
    });
  });

  it('watchSettings picks up managed values that arrive late without a change event', async () => {
    vi.useFakeTimers();
    try {
      const seen: string[] = [];
      const stop = watchSettings((r, by) => seen.push(`${r.settings.district}/${by}`), [100, 200]);
      await vi.advanceTimersByTimeAsync(10);
      // Chrome fills managed storage later; simulate it without any onChanged event.
      const store = (await fakeBrowser.storage.managed.get()) as Record<string, unknown>;
      vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation((async () => ({ ...store, district: 'tulsa-ps' })) as never);
      await vi.advanceTimersByTimeAsync(150);
      // Noticed by a re-read, so the worker knows to tell the tabs.
      expect(seen).toEqual(['undefined/start', 'tulsa-ps/reread']);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('watchSettings keeps looking for a force-installed copy whose managed values are slower than 10 s', async () => {
    vi.useFakeTimers();
    try {
      const managed: Record<string, unknown> = {};
      vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation((async () => ({ ...managed })) as never);
      const getSelf = vi.fn(async () => ({ installType: 'admin' }));
      (fakeBrowser as unknown as { management: object }).management = { getSelf };
      const seen: string[] = [];
      const stop = watchSettings((r, by) => seen.push(`${r.settings.district}/${by}`), [100, 200]);
      await vi.advanceTimersByTimeAsync(20_000);
      managed.district = 'tulsa-ps'; // arrives at 20 s, without an event
      await vi.advanceTimersByTimeAsync(6_000);
      expect(seen).toEqual(['undefined/start', 'tulsa-ps/reread']);
      expect(getSelf).toHaveBeenCalled();
      stop();

      // A copy the teacher installed stops re-reading after the usual delays.
      getSelf.mockResolvedValue({ installType: 'normal' });
      delete managed.district;
      const late: string[] = [];
      const stop2 = watchSettings((r, by) => late.push(`${r.settings.district}/${by}`), [100, 200]);
      await vi.advanceTimersByTimeAsync(20_000);
      managed.district = 'tulsa-ps';
      await vi.advanceTimersByTimeAsync(40_000);
      expect(late).toEqual(['undefined/start']);
      stop2();
    } finally {
      vi.useRealTimers();
      delete (fakeBrowser as unknown as { management?: object }).management;
    }
  });

  it('watchSettings never reports an older read that finished after a newer one', async () => {
    const answers: Array<(v: object) => void> = [];
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation((() => new Promise((resolve) => answers.push(resolve))) as never);
    const seen: string[] = [];
    const stop = watchSettings((r) => seen.push(String(r.settings.district)), []);
    await new Promise((r) => setTimeout(r, 5));
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { district: 'yelm-cs' } }); // a change event: a second read
    await new Promise((r) => setTimeout(r, 5));
    expect(answers).toHaveLength(2);
    answers[1]!({ district: 'metro-tech' }); // the newer read answers first
    await new Promise((r) => setTimeout(r, 5));
    answers[0]!({}); // then the older one, with what was there before
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual(['metro-tech']);
    stop();
  });

  it('watchSettings reacts to storage changes and stops when asked', async () => {
    const seen: string[] = [];
    const stop = watchSettings((r, by) => seen.push(`${r.settings.district}/${by}`), []);
    await new Promise((r) => setTimeout(r, 5));
    await saveUserSettings({ district: 'yelm-cs' });
    await new Promise((r) => setTimeout(r, 5));
    stop();
    await saveUserSettings({ district: 'tulsa-ps' });
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual(['undefined/start', 'yelm-cs/event']);
  });
});
