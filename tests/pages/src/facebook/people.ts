// People the Facebook copy knows, keyed by profile path (facebook.com/<slug>).
// A test picks the kind of person by the URL: /jayden.m.2028 is a current
// student, /maria.lopez.2019 a graduate, /mrs.garcia an adult colleague.
// Any field can be overridden from the query string, e.g.
//   https://www.facebook.com/someone?name=Sam%20Lee&studies=Lincoln%20High%20School&bio=Class%20of%202027
// (keys: name, bio, studies, studied, wentTo, lives, from, works, friends,
// mutual, id). Unknown slugs get a name made from the slug and an empty intro.

export interface FbPerson {
  slug: string;
  id: string;
  name: string;
  bio: string;
  /** "Studies at …" */
  studies?: string;
  /** "Studied at …" */
  studied?: string;
  /** "Went to …" */
  wentTo?: string;
  /** "Lives in …" */
  lives?: string;
  /** "From …" */
  from?: string;
  /** "Works at …" */
  works?: string;
  friends: string;
  mutual: string;
}

export const ME: FbPerson = {
  slug: 'ana.rodriguez.teaches',
  id: '100055500011',
  name: 'Ana Rodríguez',
  bio: 'Algebra & coding teacher. Go Lions! 🦁',
  works: 'Lincoln High School',
  lives: 'Tulsa, Oklahoma',
  studied: 'Oklahoma State University',
  friends: '412 friends',
  mutual: '',
};

export const PEOPLE: Record<string, FbPerson> = {
  'jayden.m.2028': {
    slug: 'jayden.m.2028',
    id: '100012345678',
    name: 'Jayden Miller',
    bio: "Lincoln High '28 🏈 JV football #12",
    studies: 'Lincoln High School',
    lives: 'Tulsa, Oklahoma',
    from: 'Tulsa, Oklahoma',
    friends: '238 friends',
    mutual: '3 mutual friends',
  },
  'maria.lopez.2019': {
    slug: 'maria.lopez.2019',
    id: '100087654321',
    name: 'Maria Lopez',
    bio: 'LHS Class of 2019 🎓 OU Nursing 2023',
    wentTo: 'Lincoln High School · Class of 2019',
    studied: 'University of Oklahoma',
    works: 'Saint Francis Hospital',
    lives: 'Norman, Oklahoma',
    friends: '1,024 friends',
    mutual: '12 mutual friends',
  },
  'mrs.garcia': {
    slug: 'mrs.garcia',
    id: '100033322211',
    name: 'Elena Garcia',
    bio: 'Teacher, mom of two, marathon runner',
    works: 'Lincoln High School',
    lives: 'Tulsa, Oklahoma',
    studied: 'University of Tulsa',
    friends: '689 friends',
    mutual: '45 mutual friends',
  },
  [ME.slug]: ME,
};

/** Messenger thread ids -> who the conversation is with. */
export const THREADS: Record<string, string> = {
  '100012345678': 'jayden.m.2028',
  '100087654321': 'maria.lopez.2019',
  '100033322211': 'mrs.garcia',
};

function titleCase(slug: string): string {
  return slug
    .replace(/[._-]+/g, ' ')
    .replace(/\d+/g, '')
    .trim()
    .replace(/\b\w/g, (c) => c.toUpperCase()) || 'Facebook User';
}

const FIELDS = ['name', 'bio', 'studies', 'studied', 'wentTo', 'lives', 'from', 'works', 'friends', 'mutual', 'id'] as const;

export function personFor(slug: string, query: URLSearchParams): FbPerson {
  const base: FbPerson =
    slug === 'me' ? ME : PEOPLE[slug] ?? { slug, id: query.get('id') ?? '100000000001', name: titleCase(slug), bio: '', friends: '87 friends', mutual: '' };
  const p: FbPerson = { ...base };
  for (const f of FIELDS) {
    const v = query.get(f);
    if (v !== null) (p as unknown as Record<string, string>)[f] = v;
  }
  return p;
}

export function personById(id: string): FbPerson | undefined {
  return Object.values(PEOPLE).find((p) => p.id === id);
}
