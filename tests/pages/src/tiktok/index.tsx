/** @jsxImportSource react */
// Local copy of TikTok's compose surfaces, built from
// shared/docs/site-dom-facts.md §4. Routes: / and /foryou, /tiktokstudio/upload
// (?confirm=1 adds the "Post now" step, ?photos=1 photo posts), /tiktokstudio/content,
// /creator-center/upload (legacy iframe host) and /creator (the iframe),
// /@user/video/<id>, /messages?u=<handle> (?ui=old for the old DM UI), /@user.
import { useState } from 'react';
import { render } from 'react-dom';
import { installHarness, markReady, toggleTheme } from '../common/harness';
import { Link, useRoute } from '../common/router';
import { Avatar } from '../common/Avatar';
import { ForYou, SEED_VIDEOS, VideoPage, type TtVideo } from './Video';
import { LegacyUploadFrame, LegacyUploadHost, StudioContent, StudioUpload } from './Studio';
import { Messages, type TtDm } from './Messages';
import { Profile } from './Profile';
import { ME, userFor } from './people';
import './tiktok.css';

installHarness('tiktok', document.body.dataset.surface ?? 'foryou', (theme) => {
  document.documentElement.setAttribute('data-theme', theme);
  document.documentElement.style.colorScheme = theme;
});

function Nav() {
  return (
    <div className="tt-nav" role="navigation">
      <Link href="/foryou" className="tt-logo" aria-label="TikTok">
        ♪ TikTok
      </Link>
      <input type="search" data-e2e="search-user-input" placeholder="Search" aria-label="Search" className="tt-search" />
      <Link href="/foryou" data-e2e="nav-foryou">
        For You
      </Link>
      <Link href="/messages" data-e2e="nav-messages">
        Messages
      </Link>
      <Link href="/tiktokstudio/upload" data-e2e="nav-upload">
        ⊕ Upload
      </Link>
      <Link href={`/@${ME.handle}`} data-e2e="nav-profile" aria-label="Profile">
        <Avatar name={ME.name} size={32} />
      </Link>
      <button type="button" data-e2e="nav-theme" data-test-theme-toggle="" aria-label="Dark mode" onClick={toggleTheme}>
        ☾
      </button>
    </div>
  );
}

function App() {
  const route = useRoute('tiktok');
  const [videos, setVideos] = useState<TtVideo[]>(SEED_VIDEOS);
  const [threads, setThreads] = useState<Record<string, TtDm[]>>({ 'jayden.m.2028': [{ mine: false, text: 'ms r can u send the study guide' }] });
  const comment = (id: string, text: string) => setVideos((vs) => vs.map((v) => (v.id === id ? { ...v, comments: [...v.comments, { handle: ME.handle, text }] } : v)));
  const send = (handle: string, text: string) => setThreads((t) => ({ ...t, [handle]: [...(t[handle] ?? []), { mine: true, text }] }));

  let page: any;
  let title = 'TikTok - Make Your Day';
  let chrome = true;
  switch (route.surface) {
    case 'foryou':
      page = <ForYou videos={videos} />;
      break;
    case 'studio-upload':
      title = 'TikTok Studio';
      page = <StudioUpload confirm={route.query.get('confirm') === '1'} photos={route.query.get('photos') === '1'} />;
      break;
    case 'studio-content':
      title = 'TikTok Studio';
      page = <StudioContent />;
      break;
    case 'legacy-upload':
      title = 'TikTok Creator Center';
      page = <LegacyUploadHost />;
      break;
    case 'legacy-upload-frame':
      chrome = false;
      page = <LegacyUploadFrame />;
      break;
    case 'video': {
      const handle = route.segments[0]!.slice(1);
      const id = route.segments[2]!;
      const video = videos.find((v) => v.id === id) ?? { id, handle, desc: 'a video', comments: [] };
      title = `${video.desc} | TikTok`;
      page = <VideoPage key={id} video={video} onComment={comment} />;
      break;
    }
    case 'messages':
      title = 'Messages | TikTok';
      page = <Messages handle={route.query.get('u')} old={route.query.get('ui') === 'old'} threads={threads} send={send} />;
      break;
    case 'profile': {
      const user = userFor(route.segments[0]!, route.query);
      title = `${user.name} (@${user.handle}) | TikTok`;
      page = <Profile key={user.handle} user={user} />;
      break;
    }
    default:
      page = (
        <div role="main" className="tt-notfound">
          <h2>Couldn't find this page</h2>
          <Link href="/foryou">Go to For You</Link>
        </div>
      );
  }
  document.title = title;
  markReady(route.surface);
  return (
    <div className="tt-app">
      {chrome ? <Nav /> : null}
      {page}
    </div>
  );
}

render(<App />, document.getElementById('mount')!);
