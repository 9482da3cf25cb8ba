import { browser } from 'wxt/browser';
import { resolveSettings, type RawSettingSources, type ResolvedSettings } from './resolve';

/** storage.local / storage.sync key holding the teacher's own choices. */
export const USER_SETTINGS_KEY = 'userSettings';

async function readArea(area: 'managed' | 'local' | 'sync', key?: string): Promise<unknown> {
  try {
    const store = browser.storage?.[area];
    if (!store) return undefined;
    const got = await store.get(key ?? null);
    return key ? got?.[key] : got;
  } catch {
    // Firefox rejects storage.managed when no policy exists; sync can be
    // disabled. Either way: that source simply has nothing.
    return undefined;
  }
}

export async function readRawSettings(): Promise<RawSettingSources> {
  const [managed, local, sync] = await Promise.all([
    readArea('managed'),
    readArea('local', USER_SETTINGS_KEY),
    readArea('sync', USER_SETTINGS_KEY),
  ]);
  return { managed, local, sync };
}

export async function loadSettings(): Promise<ResolvedSettings> {
  return resolveSettings(await readRawSettings());
}

/** The teacher's own stored choices (never the managed ones). */
export async function readUserSettings(): Promise<Record<string, unknown>> {
  const v = await readArea('local', USER_SETTINGS_KEY);
  return v && typeof v === 'object' && !Array.isArray(v) ? { ...(v as Record<string, unknown>) } : {};
}

export async function saveUserSettings(patch: Record<string, unknown>): Promise<void> {
  const current = await readUserSettings();
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: { ...current, ...patch } });
}

/** Delays (ms after start) at which managed storage is read again. */
export const MANAGED_RETRY_DELAYS = [500, 1500, 3000, 6000, 10000];

/**
 * A force-installed copy (installType "admin") whose managed storage is still
 * empty after the delays above keeps looking this often, until this long
 * after start: on a slow machine Chrome's hand-over can take longer, and it
 * need not come with a change event.
 */
export const ADMIN_RETRY_EVERY_MS = 5000;
export const ADMIN_RETRY_UNTIL_MS = 60_000;

/** True when district IT installed this copy (force-install), as far as the browser says. */
export async function adminInstalled(): Promise<boolean> {
  try {
    return (await browser.management?.getSelf?.())?.installType === 'admin';
  } catch {
    return false; // content scripts and some browsers have no management API
  }
}

/** Whether a storage area's contents hold nothing (managed storage before district IT's values arrive). */
export const isEmpty = (v: unknown): boolean => !v || (typeof v === 'object' && Object.keys(v as object).length === 0);

export type SettingsNoticedBy = 'start' | 'event' | 'reread';

/**
 * Calls `onChange` with fresh settings now, whenever storage changes, and a
 * few times over ~10 s (longer for a force-installed copy still without
 * managed values): Chrome can deliver managed storage late without a change
 * event. Returns a function that stops watching.
 */
export function watchSettings(
  onChange: (resolved: ResolvedSettings, noticedBy: SettingsNoticedBy, raw: RawSettingSources) => void,
  delays: number[] = MANAGED_RETRY_DELAYS,
): () => void {
  let last = '';
  let stopped = false;
  let latest = 0;
  let managedSeen = false;
  const refresh = async (noticedBy: SettingsNoticedBy) => {
    const mine = ++latest;
    const raw = await readRawSettings();
    // Reads can overlap (an event during a re-read): only the newest counts.
    if (stopped || mine !== latest) return;
    if (!isEmpty(raw.managed)) managedSeen = true;
    const resolved = resolveSettings(raw);
    const key = JSON.stringify(resolved);
    if (key === last) return;
    last = key;
    onChange(resolved, noticedBy, raw);
  };
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed' || area === 'local' || area === 'sync') void refresh('event');
  };
  browser.storage.onChanged.addListener(listener);
  const timers = delays.map((d) => setTimeout(() => void refresh('reread'), d));
  const lastDelay = Math.max(0, ...delays);
  if (delays.length) {
    timers.push(
      setTimeout(async () => {
        if (stopped || managedSeen || !(await adminInstalled())) return;
        for (let t = lastDelay + ADMIN_RETRY_EVERY_MS; t <= ADMIN_RETRY_UNTIL_MS; t += ADMIN_RETRY_EVERY_MS) {
          timers.push(setTimeout(() => !managedSeen && void refresh('reread'), t - lastDelay));
        }
      }, lastDelay),
    );
  }
  void refresh('start');
  return () => {
    stopped = true;
    timers.forEach(clearTimeout);
    browser.storage.onChanged.removeListener(listener);
  };
}
