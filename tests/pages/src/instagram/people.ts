// Accounts the Instagram copy knows, keyed by username (instagram.com/<username>/).
// /jayden.m.2028/ is a current student, /maria.lopez.rn/ a graduate,
// /mrs.garcia.teaches/ an adult colleague, /lincolnhighok/ the school.
// Query overrides: name, bio (use %0A for line breaks), category, link,
// posts, followers, following, threadId, e.g.
//   https://www.instagram.com/someone/?name=Sam&bio=LHS%20%2728%0A%F0%9F%8F%80%20JV%20basketball

export interface IgUser {
  username: string;
  name: string;
  bio: string;
  category?: string;
  link?: string;
  posts: string;
  followers: string;
  following: string;
  /** DM thread id used by the Message button */
  threadId: string;
}

export const ME: IgUser = {
  username: 'ms.rodriguez.math',
  name: 'Ana Rodríguez',
  bio: 'Math teacher 📐 | Tulsa',
  posts: '48',
  followers: '301',
  following: '220',
  threadId: '0',
};

export const USERS: IgUser[] = [
  {
    username: 'jayden.m.2028',
    name: 'Jayden Miller',
    bio: "LHS c/o 2028 🦁\nJV football #12 🏈\n15 | Tulsa",
    posts: '37',
    followers: '412',
    following: '530',
    threadId: '340282366841710300949128',
  },
  {
    username: 'maria.lopez.rn',
    name: 'Maria Lopez, RN',
    bio: 'Nurse @ Saint Francis 🩺\nOU Nursing 2023 · Lincoln High 2019',
    posts: '210',
    followers: '1,180',
    following: '690',
    threadId: '340282366841710300949129',
  },
  {
    username: 'mrs.garcia.teaches',
    name: 'Elena Garcia',
    bio: 'English teacher 📚 | runner 🏃‍♀️ | mom of 2',
    category: 'Education',
    posts: '95',
    followers: '640',
    following: '410',
    threadId: '340282366841710300949130',
  },
  {
    username: 'lincolnhighok',
    name: 'Lincoln High School',
    bio: 'Official Instagram of Lincoln High School 🦁\nGo Lions!',
    category: 'School',
    link: 'lincolnhigh.example.org',
    posts: '1,204',
    followers: '5,870',
    following: '120',
    threadId: '340282366841710300949131',
  },
];

export function userFor(username: string, query?: URLSearchParams): IgUser {
  const known = USERS.find((u) => u.username === username) ?? (username === ME.username ? ME : undefined);
  const u: IgUser = known ? { ...known } : { username, name: '', bio: '', posts: '3', followers: '20', following: '31', threadId: '340282366841710300949199' };
  if (query) {
    for (const k of ['name', 'bio', 'category', 'link', 'posts', 'followers', 'following', 'threadId'] as const) {
      const v = query.get(k);
      if (v !== null) u[k] = v;
    }
  }
  return u;
}

export function userByThread(id: string | undefined): IgUser {
  return USERS.find((u) => u.threadId === id) ?? USERS[0]!;
}
