import { useEffect, useMemo, useState } from 'preact/hooks';
import { choosePack } from '../../background/pack';
import type { RawSettingSources, ResolvedSettings } from '../../settings/resolve';
import { adminInstalled, isEmpty, watchSettings } from '../../settings/storage';
import { AuditLogSection } from './AuditLogSection';
import { CustomPackSection } from './CustomPackSection';
import { DistrictSection } from './DistrictSection';
import { PolicyTexts } from './PolicyTexts';
import { describeProblems, describeSettings } from './provenance';
import { SampleCheck } from './SampleCheck';
import { ProblemsSection, SettingsSection } from './SettingsSection';

/**
 * How long the page waits for a force-installed copy's managed settings
 * before offering the picker: Chrome hands them over seconds after start,
 * and until then a teacher's choice must not look like it counts.
 */
export const ADMIN_WAIT_MS = 20_000;

interface Raw {
  /** Whether district IT's managed storage holds anything yet. */
  managedEmpty?: boolean;
  /** The district IT value, even when it is only a suggestion (unlocked). */
  managedDistrict?: string;
  /** The teacher's own stored pack, even when it is not in force. */
  userPack?: string;
}

function rawOf(raw: RawSettingSources): Raw {
  const pick = (o: unknown, k: string) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined);
  const managedDistrict = pick(raw.managed, 'district');
  const userPack = pick(raw.local, 'customPack');
  return {
    managedEmpty: isEmpty(raw.managed),
    managedDistrict: typeof managedDistrict === 'string' ? managedDistrict : undefined,
    userPack: typeof userPack === 'string' ? userPack : undefined,
  };
}

/**
 * The options page: the district (or the district IT's locked choice), every
 * setting in force with its source, what was ignored and why, a custom pack
 * import, a sample check, the policies' full texts and the audit log.
 */
export function OptionsApp() {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  const [raw, setRaw] = useState<Raw>({});
  const [admin, setAdmin] = useState(false);
  const [waitedOut, setWaitedOut] = useState(false);

  useEffect(() => {
    void adminInstalled().then(setAdmin);
    const timer = setTimeout(() => setWaitedOut(true), ADMIN_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);

  useEffect(
    () =>
      watchSettings((r, _by, sources) => {
        setResolved(r);
        setRaw(rawOf(sources));
      }),
    [],
  );
  const choice = useMemo(() => (resolved ? choosePack(resolved.settings) : null), [resolved]);

  if (!resolved || !choice) {
    return (
      <main class="options">
        <h1>Second Look</h1>
        <p class="muted">Loading…</p>
      </main>
    );
  }
  const problems = describeProblems(resolved, choice);

  return (
    <main class="options">
      <header>
        <h1>Second Look</h1>
        <p class="muted">Checks your posts, comments and messages against your district’s social-media policy, on this device only. Nothing you write leaves your browser.</p>
        <nav aria-label="On this page">
          <ul class="toc">
            <li><a href="#district-h">District</a></li>
            {problems.length > 0 && <li><a href="#problems-h">Problems ({problems.length})</a></li>}
            <li><a href="#settings-h">Settings</a></li>
            <li><a href="#pack-h">Custom pack</a></li>
            <li><a href="#sample-h">Try a draft</a></li>
            <li><a href="#policies-h">Policies</a></li>
            <li><a href="#audit-h">Audit log</a></li>
          </ul>
        </nav>
      </header>
      <DistrictSection
        resolved={resolved}
        managedDistrict={resolved.districtLocked ? undefined : raw.managedDistrict}
        awaitingDistrictIt={admin && raw.managedEmpty === true && !waitedOut}
      />
      <ProblemsSection problems={problems} />
      <SettingsSection rows={describeSettings(resolved, choice)} />
      <CustomPackSection resolved={resolved} userPack={raw.userPack} />
      <SampleCheck choice={choice} settings={resolved.settings} />
      <PolicyTexts choice={choice} />
      <AuditLogSection resolved={resolved} />
    </main>
  );
}
