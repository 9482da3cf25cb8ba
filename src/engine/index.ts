import type { Draft, Finding, Pack, Settings } from '../schema';

export interface CheckOptions {
  /** The time used when the draft has no composedAt ("now"). */
  now?: Date;
}

/**
 * Runs every detector over the draft and maps what they find through the
 * pack's rules and the settings. Pure: no browser APIs, never throws.
 */
export function check(draft: Draft, pack: Pack, settings: Settings = {}, options: CheckOptions = {}): Finding[] {
  void draft; void pack; void settings; void options;
  return [];
}
