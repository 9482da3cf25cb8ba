// The finding categories of ../shared/spec/categories.md. The ids are a
// contract (CLI output, managed policy, tests): never rename one.
export const CATEGORY_IDS = [
  'student-photo',
  'confidential-data',
  'student-connection',
  'inappropriate-content',
  'harassment',
  'official-capacity',
  'personal-disclaimer',
  'colleague-media',
  'workplace-complaint',
  'working-hours',
  'copyright',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

/**
 * What a detector found, more precisely than the category. Pack rules can be
 * limited to some kinds (Tulsa blocks a private message to a student but
 * only warns about following one).
 */
export const KINDS = {
  'student-photo': ['image', 'video', 'named-in-photo'],
  'confidential-data': [
    'education-record',
    'student-id',
    'date-of-birth',
    'phone',
    'email',
    'address',
    'ssn',
    'district-confidential',
  ],
  'student-connection': [
    'friend-request',
    'follow',
    'private-message',
    'contact-offer',
    'account-encouragement',
  ],
  'inappropriate-content': ['sexual', 'alcohol', 'drugs', 'illegal'],
  harassment: ['insult', 'threat', 'discrimination'],
  'official-capacity': ['spokesperson', 'official-announcement', 'logo'],
  'personal-disclaimer': ['no-disclaimer'],
  'colleague-media': ['photo', 'tag'],
  'workplace-complaint': ['complaint'],
  'working-hours': ['working-hours'],
  copyright: ['repost'],
} as const satisfies Record<CategoryId, readonly string[]>;

export type Kind<C extends CategoryId = CategoryId> = (typeof KINDS)[C][number];

export const ALL_KINDS: readonly string[] = Object.values(KINDS).flat();
