// Accounts the TikTok copy knows, keyed by handle (tiktok.com/@<handle>).
// /@jayden.m.2028 is a current student, /@maria.lopez.rn a graduate,
// /@mrsgarciateaches an adult colleague, /@lincolnhighok the school.
// Query overrides: name, bio, link, following, followers, likes, e.g.
//   https://www.tiktok.com/@someone?bio=LHS%20c%2Fo%202027%20%F0%9F%8F%80

export interface TtUser {
  handle: string;
  name: string;
  bio: string;
  link?: string;
  following: string;
  followers: string;
  likes: string;
}

export const ME: TtUser = { handle: 'ms.rodriguez.math', name: 'Ms. Rodríguez', bio: 'Math is everywhere ✏️', following: '120', followers: '2,310', likes: '18.2K' };

export const USERS: TtUser[] = [
  { handle: 'jayden.m.2028', name: 'jayden 🏈', bio: "LHS '28 | JV #12 | 15 🦁", following: '402', followers: '1,120', likes: '9,870' },
  { handle: 'maria.lopez.rn', name: 'Maria Lopez', bio: 'nurse life 🩺 OU ’23 · LHS ’19', following: '310', followers: '5,400', likes: '120K' },
  { handle: 'mrsgarciateaches', name: 'Elena Garcia', bio: 'English teacher 📚 book recs + classroom life', link: 'garciaclass.example.org', following: '190', followers: '12.4K', likes: '310K' },
  { handle: 'lincolnhighok', name: 'Lincoln High School', bio: 'Official TikTok of Lincoln High 🦁 #GoLions', link: 'lincolnhigh.example.org', following: '12', followers: '4,020', likes: '61K' },
];

export function userFor(handle: string, query?: URLSearchParams): TtUser {
  const h = handle.replace(/^@/, '');
  const known = USERS.find((u) => u.handle === h) ?? (h === ME.handle ? ME : undefined);
  const u: TtUser = known ? { ...known } : { handle: h, name: h, bio: 'No bio yet.', following: '5', followers: '8', likes: '0' };
  if (query) {
    for (const k of ['name', 'bio', 'link', 'following', 'followers', 'likes'] as const) {
      const v = query.get(k);
      if (v !== null) u[k] = v;
    }
  }
  return u;
}
