/** @jsxImportSource react */
// Local copy of X's (x.com / twitter.com) compose surfaces, built from
// shared/docs/site-dom-facts.md §1. Routes: /home, /compose/post (modal over
// home; mobile layout below 500 px or with ?layout=mobile), /<user>/status/<id>,
// /i/chat/<conv> (XChat), /messages/<conv> (legacy DMs), /<user> (profile).
import { useEffect, useState } from 'react';
import { render } from 'react-dom';
import { installHarness, markReady, toggleTheme, type PickedFile } from '../common/harness';
import { Link, navigate, useRoute } from '../common/router';
import { ChatPage, type Dm } from './Chat';
import { DmDrawer, drawerKind } from './DmDrawer';
import { ComposeModal, Home, ReplyModal, SEED_TWEETS, Status, newTweet, type Tweet } from './Timeline';
import { Profile, UserCell } from './Profile';
import { ME, USERS, userFor } from './people';
import './x.css';

installHarness('x', document.body.dataset.surface ?? 'home', (theme) => {
  // X marks its theme with inline styles on <html>/<body>.
  document.documentElement.style.colorScheme = theme;
  document.body.style.backgroundColor = theme === 'dark' ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)';
  document.documentElement.classList.toggle('x-dark', theme === 'dark');
});

function isMobile(query: URLSearchParams): boolean {
  return query.get('layout') === 'mobile' || window.innerWidth < 500;
}

function SideNav() {
  return (
    <header role="banner" className="x-sidenav">
      <nav aria-label="Primary" role="navigation">
        <Link href="/home" aria-label="X" className="x-logo">
          𝕏
        </Link>
        <Link href="/home" data-testid="AppTabBar_Home_Link" aria-label="Home">
          🏠 <span>Home</span>
        </Link>
        <Link href="/i/chat" data-testid="AppTabBar_DirectMessage_Link" aria-label="Chat">
          ✉ <span>Chat</span>
        </Link>
        <Link href="/messages" aria-label="Messages (legacy)">
          📨 <span>Messages</span>
        </Link>
        <Link href={`/${ME.handle}`} data-testid="AppTabBar_Profile_Link" aria-label="Profile">
          👤 <span>Profile</span>
        </Link>
        <button type="button" aria-label="Display" data-test-theme-toggle="" className="x-navbutton" onClick={toggleTheme}>
          🌓 <span>Display</span>
        </button>
        <Link href="/compose/post" data-testid="SideNav_NewTweet_Button" aria-label="Post" className="x-post-button x-side-post">
          Post
        </Link>
      </nav>
    </header>
  );
}

function Toast(props: { text: string }) {
  return (
    <div data-testid="toast" role="alert" className="x-toast">
      <span>{props.text}</span>
    </div>
  );
}

function App() {
  const route = useRoute('x');
  const [tweets, setTweets] = useState<Tweet[]>(SEED_TWEETS);
  const [replies, setReplies] = useState<Tweet[]>([]);
  const [replyTo, setReplyTo] = useState<Tweet | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [threads, setThreads] = useState<Record<string, Dm[]>>({
    [`${ME.userId}-1234567`]: [{ mine: false, text: 'is the quiz tomorrow or friday?' }],
  });
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setToast(null), 4000);
    return () => clearTimeout(t);
  }, [toast]);

  const posted = (parts: string[], files: PickedFile[]) => {
    setTweets((ts) => [...parts.map((p, i) => newTweet(p, i === 0 ? files : [])), ...ts]);
    setToast('Your post was sent.');
  };
  const replied = (to: Tweet) => (parts: string[], files: PickedFile[]) => {
    setReplies((rs) => [...rs, newTweet(parts.join('\n'), files, to.handle)]);
    setToast('Your post was sent.');
  };
  const send = (id: string, text: string) => setThreads((t) => ({ ...t, [id]: [...(t[id] ?? []), { mine: true, text }] }));

  const [a, b, c] = route.segments;
  let column: any;
  let modal: any = null;
  let title = 'X';
  switch (route.surface) {
    case 'home':
    case 'compose':
      title = 'Home / X';
      column = <Home tweets={tweets} onPosted={posted} onReply={setReplyTo} />;
      if (route.surface === 'compose') {
        title = 'Compose new post / X';
        const mobile = isMobile(route.query);
        const close = () => navigate('/home');
        const m = (
          <ComposeModal
            mobile={mobile}
            onClose={close}
            onPosted={(parts, files) => {
              posted(parts, files);
              close();
            }}
          />
        );
        if (mobile) column = m;
        else modal = m;
      }
      break;
    case 'status': {
      const tweet = tweets.find((t) => t.id === c) ?? { id: c!, handle: a!, text: 'Proud of our robotics team! 🤖', time: '1h' };
      title = `${userFor(tweet.handle).name} on X: "${tweet.text}" / X`;
      column = <Status tweet={tweet} replies={replies} onPosted={replied(tweet)} onReply={setReplyTo} />;
      break;
    }
    case 'chat':
      title = 'Chat / X';
      column = <ChatPage kind="xchat" conversation={b} threads={threads} send={send} />;
      break;
    case 'messages':
      title = 'Messages / X';
      column = <ChatPage kind="legacy" conversation={b} threads={threads} send={send} />;
      break;
    case 'profile': {
      const user = userFor(a!, route.query);
      title = `${user.name} (@${user.handle}) / X`;
      column = <Profile key={user.handle} user={user} />;
      break;
    }
    default:
      column = (
        <div className="x-notfound">
          <h2>Hmm...this page doesn’t exist. Try searching for something else.</h2>
          <Link href="/home">Home</Link>
        </div>
      );
  }
  if (replyTo)
    modal = (
      <ReplyModal
        tweet={replyTo}
        onClose={() => setReplyTo(null)}
        onPosted={(parts, files) => {
          replied(replyTo)(parts, files);
          setReplyTo(null);
        }}
      />
    );
  document.title = title;
  markReady(route.surface);
  // The messages drawer docks on desktop pages other than the messages pages themselves.
  const kind = drawerKind(route.query);
  const drawer =
    kind && ['home', 'compose', 'status', 'profile'].includes(route.surface) && !(route.surface === 'compose' && isMobile(route.query)) ? (
      <DmDrawer kind={kind} initialWith={route.query.get('drawerWith')} threads={threads} send={send} />
    ) : null;

  return (
    <div className="x-app">
      <SideNav />
      <main role="main" className="x-main">
        <div data-testid="primaryColumn" className="x-primary">
          {column}
        </div>
        <div data-testid="sidebarColumn" className="x-sidebar">
          <aside aria-label="Who to follow" className="x-card">
            <h2>Who to follow</h2>
            {USERS.filter((u) => u.userId !== ME.userId && u.handle !== a).slice(0, 3).map((u) => (
              <UserCell key={u.userId} user={u} />
            ))}
          </aside>
        </div>
      </main>
      {drawer}
      {modal}
      {toast ? <Toast text={toast} /> : null}
    </div>
  );
}

render(<App />, document.getElementById('mount')!);
