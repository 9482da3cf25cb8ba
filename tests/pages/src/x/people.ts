// Accounts the X copy knows, keyed by handle (x.com/<handle>, case-insensitive).
// /jayden_m2028 is a current student, /MariaLopez19 a graduate,
// /MrsGarciaTeaches an adult colleague, /LincolnHighOK the school.
// Query overrides: name, bio, location, url, joined, born, userId,
// followers, following, dm=xchat|legacy|none, e.g.
//   https://x.com/someone?bio=Class%20of%202028%20%7C%20LHS%20band&location=Tulsa%2C%20OK

export interface XUser {
  handle: string;
  userId: string;
  name: string;
  bio: string;
  location?: string;
  url?: string;
  joined: string;
  born?: string;
  following: string;
  followers: string;
  /** which DM UI the Message button opens ('none': user does not accept DMs, no button) */
  dm: 'xchat' | 'legacy' | 'none';
  verified?: boolean;
}

export const ME: XUser = {
  handle: 'AnaRodriguezEdu',
  userId: '9900011',
  name: 'Ana Rodríguez',
  bio: 'Algebra + CS teacher. Views my own.',
  location: 'Tulsa, OK',
  joined: 'Joined August 2015',
  following: '312',
  followers: '540',
  dm: 'xchat',
};

export const USERS: XUser[] = [
  {
    handle: 'jayden_m2028',
    userId: '1234567',
    name: 'Jayden Miller',
    bio: "LHS '28 🦁 | JV football #12 | 15",
    location: 'Tulsa, OK',
    joined: 'Joined March 2024',
    born: 'Born May 3, 2011',
    following: '180',
    followers: '212',
    dm: 'xchat',
  },
  {
    handle: 'MariaLopez19',
    userId: '2345678',
    name: 'Maria Lopez',
    bio: 'RN 🩺 | OU Nursing ’23 | Lincoln High alum (2019)',
    location: 'Norman, OK',
    joined: 'Joined June 2016',
    following: '410',
    followers: '1,203',
    dm: 'legacy',
  },
  {
    handle: 'MrsGarciaTeaches',
    userId: '3456789',
    name: 'Elena Garcia',
    bio: 'High school English teacher. Runner. Coffee.',
    location: 'Tulsa, OK',
    url: 'garciaclass.example.org',
    joined: 'Joined January 2012',
    following: '640',
    followers: '980',
    dm: 'xchat',
  },
  {
    handle: 'LincolnHighOK',
    userId: '4567890',
    name: 'Lincoln High School',
    bio: 'Official account of Lincoln High School. Go Lions! 🦁',
    location: 'Tulsa, Oklahoma',
    url: 'lincolnhigh.example.org',
    joined: 'Joined September 2010',
    following: '95',
    followers: '8,410',
    dm: 'none',
    verified: true,
  },
  ME,
];

export function userFor(handle: string, query?: URLSearchParams): XUser {
  const known = USERS.find((u) => u.handle.toLowerCase() === handle.toLowerCase());
  const u: XUser = known
    ? { ...known }
    : { handle, userId: '5550001', name: handle.replace(/[_\d]+/g, ' ').trim() || handle, bio: '', joined: 'Joined May 2020', following: '10', followers: '12', dm: 'xchat' };
  if (query) {
    for (const k of ['name', 'bio', 'location', 'url', 'joined', 'born', 'userId', 'followers', 'following'] as const) {
      const v = query.get(k);
      if (v !== null) u[k] = v;
    }
    const dm = query.get('dm');
    if (dm === 'xchat' || dm === 'legacy' || dm === 'none') u.dm = dm;
  }
  return u;
}

export function userById(id: string): XUser | undefined {
  return USERS.find((u) => u.userId === id);
}

/** The other party of a conversation id "<a>-<b>" (user ids). */
export function peerOf(conversationId: string | undefined): XUser {
  const ids = (conversationId ?? '').split('-');
  const other = ids.find((id) => id !== ME.userId) ?? USERS[0]!.userId;
  return userById(other) ?? USERS[0]!;
}
