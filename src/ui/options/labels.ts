import type { CategoryId } from '../../schema/categories';
import type { SettingSource } from '../../settings/resolve';

// Plain-language names for what the options page and popup show.

export const CATEGORY_LABELS: Readonly<Record<CategoryId, string>> = {
  'student-photo': 'Student photos and videos',
  'confidential-data': 'Confidential information',
  'student-connection': 'Personal contact with students',
  'inappropriate-content': 'Inappropriate content',
  harassment: 'Harassment',
  'official-capacity': 'Speaking for the district',
  'personal-disclaimer': 'Personal-views disclaimer',
  'colleague-media': 'Colleagues’ photos and tags',
  'workplace-complaint': 'Workplace complaints',
  'working-hours': 'Posting during working hours',
  copyright: 'Copyright',
};

export function categoryLabel(id: string): string {
  return (CATEGORY_LABELS as Record<string, string>)[id] ?? id;
}

export const SOURCE_LABELS: Readonly<Record<SettingSource, string>> = {
  managed: 'Your district',
  user: 'You',
  default: 'Default',
};

export const SEVERITY_LABELS = { block: 'Not allowed (block)', warn: 'Careful (warn)' } as const;

export const SITE_LABELS: Readonly<Record<string, string>> = { facebook: 'Facebook', x: 'X', instagram: 'Instagram', tiktok: 'TikTok' };

export const SURFACE_LABELS: Readonly<Record<string, string>> = { post: 'Post', comment: 'Comment', message: 'Message', profile: 'Profile action' };

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** ISO weekdays (1 = Monday) as "Mon–Fri" or "Mon, Wed, Fri". */
export function weekdays(days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  const consecutive = sorted.length > 2 && sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1);
  if (consecutive) return `${WEEKDAYS[sorted[0] - 1]}–${WEEKDAYS[sorted[sorted.length - 1] - 1]}`;
  return sorted.map((d) => WEEKDAYS[d - 1]).join(', ');
}
