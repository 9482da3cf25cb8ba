/** @jsxImportSource react */
// Local copy of Instagram's compose surfaces, built from
// shared/docs/site-dom-facts.md §3. Routes: / (feed), /create/ (feed with
// the Create dialog open), /p/<id>/ (post page), /direct/inbox/ and
// /direct/t/<id>/ (DMs), /<username>/ (profile). ?comments=lexical switches
// comment boxes to the Lexical variant.
import { useState } from 'react';
import { render } from 'react-dom';
import { installHarness, markReady, toggleTheme, type PickedFile } from '../common/harness';
import { Link, navigate, useRoute } from '../common/router';
import { Avatar } from '../common/Avatar';
import { Icon, PostArticle, SEED_POSTS, type IgComment, type IgPost } from './Feed';
import { CreateDialog } from './Create';
import { Direct, type IgDm } from './Direct';
import { Profile } from './Profile';
import { ME, USERS, userFor } from './people';
import './instagram.css';

installHarness('instagram', document.body.dataset.surface ?? 'feed', (theme) => {
  document.documentElement.classList.toggle('__ig-dark-mode', theme === 'dark');
  document.documentElement.style.colorScheme = theme;
});

function Sidebar(props: { onCreate: () => void }) {
  const item = (href: string, label: string, glyph: string) => (
    <Link href={href} className="ig-nav-item">
      <Icon label={label} glyph={glyph} />
      <span>{label}</span>
    </Link>
  );
  return (
    <div className="ig-sidebar" role="navigation">
      <Link href="/" className="ig-logo" aria-label="Instagram">
        Instagram
      </Link>
      {item('/', 'Home', '⌂')}
      {item('/explore/search/', 'Search', '⌕')}
      {item('/explore/', 'Explore', '◎')}
      {item('/reels/', 'Reels', '▶')}
      {item('/direct/inbox/', 'Messages', '✉')}
      {item('/notifications/', 'Notifications', '♡')}
      <a
        href="#"
        className="ig-nav-item"
        onClick={(e: MouseEvent) => {
          e.preventDefault();
          props.onCreate();
        }}
      >
        <Icon label="New post" glyph="⊕" />
        <span>Create</span>
      </a>
      <Link href={`/${ME.username}/`} className="ig-nav-item">
        <Avatar name={ME.name} size={24} label="Profile" />
        <span>Profile</span>
      </Link>
      <button type="button" className="ig-nav-item" data-test-theme-toggle="" onClick={toggleTheme}>
        <Icon label="Switch appearance" glyph="☾" />
        <span>Switch appearance</span>
      </button>
    </div>
  );
}

function App() {
  const route = useRoute('instagram');
  const [posts, setPosts] = useState<IgPost[]>(SEED_POSTS);
  const [createOpen, setCreateOpen] = useState(false);
  const [threads, setThreads] = useState<Record<string, IgDm[]>>({ [USERS[0]!.threadId]: [{ mine: false, text: 'hi ms rodriguez!! can u check my project' }] });
  const lexicalComments = route.query.get('comments') === 'lexical';
  const comment = (id: string, c: IgComment) => setPosts((ps) => ps.map((p) => (p.id === id ? { ...p, comments: [...p.comments, c] } : p)));
  const send = (id: string, text: string) => setThreads((t) => ({ ...t, [id]: [...(t[id] ?? []), { mine: true, text }] }));

  let page: any;
  let title = 'Instagram';
  const dialogOpen = createOpen || route.surface === 'create';
  switch (route.surface) {
    case 'feed':
    case 'create':
      page = (
        <main className="ig-feed" role="main">
          <div className="ig-stories" role="menu">
            {USERS.map((u) => (
              <Link key={u.username} href={`/${u.username}/`} className="ig-story">
                <Avatar name={u.name || u.username} size={56} />
                <span>{u.username}</span>
              </Link>
            ))}
          </div>
          {posts.map((p) => (
            <PostArticle key={p.id} post={p} lexicalComments={lexicalComments} onComment={comment} />
          ))}
        </main>
      );
      break;
    case 'post': {
      const post = posts.find((p) => p.id === route.segments[1]) ?? { ...SEED_POSTS[0]!, id: route.segments[1]! };
      title = `${post.user} on Instagram: "${post.caption}"`;
      page = (
        <main className="ig-feed" role="main">
          <PostArticle post={post} lexicalComments={lexicalComments} onComment={comment} page />
        </main>
      );
      break;
    }
    case 'direct':
      title = 'Inbox • Direct';
      page = <Direct threadId={route.segments[1] === 't' ? route.segments[2] : undefined} threads={threads} send={send} />;
      break;
    case 'profile': {
      const user = userFor(route.segments[0]!, route.query);
      title = `${user.name ? `${user.name} (@${user.username})` : `@${user.username}`} • Instagram photos and videos`;
      page = <Profile key={user.username} user={user} />;
      break;
    }
    default:
      page = (
        <main className="ig-notfound" role="main">
          <h2>Sorry, this page isn't available.</h2>
          <Link href="/">Go back to Instagram.</Link>
        </main>
      );
  }
  document.title = title;
  markReady(route.surface);

  const closeCreate = () => {
    setCreateOpen(false);
    if (route.surface === 'create') navigate('/');
  };
  return (
    <div className="ig-app">
      <Sidebar onCreate={() => setCreateOpen(true)} />
      <div className="ig-content">{page}</div>
      {dialogOpen ? (
        <CreateDialog
          onClose={closeCreate}
          onShared={(caption, files: PickedFile[]) =>
            setPosts((ps) => [{ id: `new${ps.length}`, user: ME.username, caption, likes: '0', time: 'now', comments: [], image: files[0]?.url }, ...ps])
          }
        />
      ) : null}
    </div>
  );
}

render(<App />, document.getElementById('mount')!);
