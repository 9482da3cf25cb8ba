// The five districts' full policy texts, for the options page only (Vite
// `?raw` imports). Kept out of rules/index.ts so that the worker, the
// content scripts and the CLI do not carry ~55 kB of text they never show.
import type { DistrictId } from './index';
import metroTech from './metro-tech/policy.txt?raw';
import mooreNormanTc from './moore-norman-tc/policy.txt?raw';
import oklahomaCityPs from './oklahoma-city-ps/policy.txt?raw';
import tulsaPs from './tulsa-ps/policy.txt?raw';
import yelmCs from './yelm-cs/policy.txt?raw';

export const POLICY_TEXTS: Readonly<Record<DistrictId, string>> = Object.freeze({
  'moore-norman-tc': mooreNormanTc,
  'oklahoma-city-ps': oklahomaCityPs,
  'tulsa-ps': tulsaPs,
  'yelm-cs': yelmCs,
  'metro-tech': metroTech,
});
