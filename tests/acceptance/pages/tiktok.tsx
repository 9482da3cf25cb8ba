/** @jsxImportSource react */
// TikTok, written from site-dom-facts §4 only: Studio upload (file input
// accept video/*, upload starts on selection, Draft.js caption with
// role=combobox and no aria-label appears after the video is chosen,
// post_video_button disabled while uploading, success goes to
// /tiktokstudio/content), the legacy uploader inside
// iframe[data-tt="Upload_index_iframe"] (older `div.btn-post > button`),
// comments (comment-input wrapper, comment-post div, Enter), DMs in the new
// (dm-new-*) and old (message-input-area, message-send svg) UI, profile
// follow-button / message-button (with a hidden duplicate), browse-follow.
import { useEffect, useRef, useState } from 'react';
import { boot, params } from './common/base';
import { recordProfile, recordPublish } from './common/hooks';
import { DraftBox } from './common/Draft';
import type { EditorApi } from './common/Lexical';
import { linkProps, navigate, useLocation } from './common/router';

interface Person {
  handle: string;
  name: string;
  bio: string;
}
const PEOPLE: Record<string, Person> = {
  'jayden.m.2028': { handle: 'jayden.m.2028', name: 'Jayden 🏀', bio: 'c/o 2028 | LHS hoops' },
  mrsgarciateaches: { handle: 'mrsgarciateaches', name: 'Mrs. Garcia', bio: 'High school teacher | mom of 2' },
};

function App() {
  const url = useLocation();
  const segs = url.pathname.split('/').filter(Boolean);
  useEffect(() => {
    document.title = segs[0] === 'tiktokstudio' ? 'TikTok Studio' : segs[0] === 'messages' ? 'Messages | TikTok' : 'TikTok';
  });
  if (segs[0] === 'tiktokstudio') return segs[1] === 'content' ? <Content /> : <Uploader legacy={false} />;
  if (segs[0] === 'creator-center') {
    return (
      <div>
        <h1>TikTok Creator Center</h1>
        <iframe data-tt="Upload_index_iframe" src="/creator#/upload" style={{ width: 900, height: 600, border: 0 }} />
      </div>
    );
  }
  if (segs[0] === 'creator') return <Uploader legacy />;
  if (segs[0] === 'messages') return <Messages key={url.search} />;
  if (segs[0]?.startsWith('@') && segs[1] === 'video') return <Video key={url.pathname} author={segs[0].slice(1)} />;
  if (segs[0]?.startsWith('@')) return <Profile key={segs[0]} handle={segs[0].slice(1)} />;
  return <ForYou />;
}

function ForYou() {
  return (
    <div className="acc-card">
      <a {...linkProps('/@lincolnhighok/video/7390000000000000001')}>lincolnhighok</a>
      <button type="button" data-e2e="feed-follow" aria-pressed="false">
        Follow
      </button>
    </div>
  );
}

function Uploader({ legacy }: { legacy: boolean }) {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const api = useRef<EditorApi | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (!file || progress >= 100) return;
    const t = setTimeout(() => setProgress((p) => Math.min(100, p + 25)), 150);
    return () => clearTimeout(t);
  }, [file, progress]);
  const uploading = !!file && progress < 100;
  const post = () => {
    recordPublish('tiktok.post', api.current?.text() ?? '', 'click', file ? [file] : []);
    if (legacy) setFile(null);
    else navigate('/tiktokstudio/content');
  };
  return (
    <div className="acc-card">
      {!file ? (
        <div>
          <input
            ref={input}
            type="file"
            accept="video/*"
            style={{ display: 'none' }}
            onChange={(e: Event) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) {
                setFile(f);
                setProgress(0);
              }
            }}
          />
          <button type="button" data-e2e="select_video_button" className="TUXButton TUXButton--primary" onClick={() => input.current?.click()}>
            Select video
          </button>
        </div>
      ) : (
        <div>
          <div className="info-progress" role="progressbar" aria-valuenow={progress}>
            {progress < 100 ? `Uploading ${progress}%` : 'Uploaded'}
          </div>
          <div className="caption-wrap">
            <div className="caption-title">Description</div>
            <div className="caption-editor">
              <DraftBox surface="tiktok.post" api={api} role="combobox" />
            </div>
          </div>
          {legacy ? (
            <div className="button-group">
              <button type="button">Discard</button>
              <div className="btn-post">
                <button type="button" disabled={uploading} onClick={post}>
                  <div>Post</div>
                </button>
              </div>
            </div>
          ) : (
            <div className="footer">
              <button type="button" data-e2e="post_video_button" className="TUXButton TUXButton--primary" disabled={uploading} aria-disabled={uploading ? 'true' : 'false'} onClick={post}>
                <div className="TUXButton-label">Post</div>
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

function Content() {
  return (
    <div className="acc-card">
      <h1>Posts</h1>
      <div>Your video is being uploaded.</div>
    </div>
  );
}

function FollowButton({ person, e2e }: { person: Person; e2e: string }) {
  const [following, setFollowing] = useState(false);
  return (
    <button
      type="button"
      data-e2e={e2e}
      onClick={() => {
        recordProfile(following ? 'unfollow' : 'follow', person.handle);
        setFollowing(!following);
      }}
    >
      <div>{following ? 'Following' : 'Follow'}</div>
    </button>
  );
}

function Video({ author }: { author: string }) {
  const person = PEOPLE[author] ?? { handle: author, name: author, bio: '' };
  const api = useRef<EditorApi | null>(null);
  const [text, setText] = useState('');
  const [comments, setComments] = useState<string[]>([]);
  const [gen, setGen] = useState(0);
  const send = (t: string, via: 'click' | 'enter') => {
    if (!t.trim()) return;
    recordPublish('tiktok.comment', t, via);
    setComments((c) => [...c, t]);
    setText('');
    setGen((g) => g + 1);
  };
  return (
    <div className="acc-card">
      <div data-e2e="browse-user-avatar">
        <a {...linkProps(`/@${person.handle}`)}>
          <span data-e2e="browse-username">{person.handle}</span>
        </a>
        <FollowButton person={person} e2e="browse-follow" />
      </div>
      <div data-e2e="browse-video-desc">Homecoming hype 🎉</div>
      <div>
        {comments.map((c, i) => (
          <div data-e2e="comment-level-1" key={i}>
            {c}
          </div>
        ))}
      </div>
      <div className="comment-bar" style={{ display: 'flex', gap: 6 }}>
        <div data-e2e="comment-input" style={{ flex: 1 }}>
          <DraftBox key={gen} surface="tiktok.comment" api={api} placeholder="Add comment..." sendOnEnter onText={setText} onSend={(t) => send(t, 'enter')} />
        </div>
        <div data-e2e="comment-post" role="button" tabIndex={0} style={{ color: text.trim() ? '#fe2c55' : '#999' }} onClick={() => send(api.current?.text() ?? '', 'click')}>
          Post
        </div>
      </div>
    </div>
  );
}

function Messages() {
  const p = params();
  const person = PEOPLE[p.get('u') ?? ''] ?? PEOPLE.mrsgarciateaches;
  const old = p.get('ui') === 'old';
  const api = useRef<EditorApi | null>(null);
  const [text, setText] = useState('');
  const [sent, setSent] = useState<string[]>([]);
  const [gen, setGen] = useState(0);
  const send = (t: string, via: 'click' | 'enter') => {
    if (!t.trim()) return;
    recordPublish('tiktok.dm', t, via);
    setSent((s) => [...s, t]);
    setText('');
    setGen((g) => g + 1);
  };
  const list = (
    <div data-e2e={old ? 'message-list' : 'dm-new-conversation-list'}>
      {Object.values(PEOPLE).map((x) => (
        <a key={x.handle} {...linkProps(`/messages?u=${x.handle}${old ? '&ui=old' : ''}`)} data-e2e={old ? 'chat-list-item' : 'dm-new-conversation-item'} style={{ display: 'block' }}>
          {x.name}
        </a>
      ))}
    </div>
  );
  return (
    <div style={{ display: 'flex' }}>
      {list}
      <div className="acc-card" style={{ flex: 1 }}>
        <div className="chat-header">
          <a {...linkProps(`/@${person.handle}`)}>
            <p data-e2e="chat-nickname">{person.name}</p>
            <p data-e2e="chat-uniqueid">@{person.handle}</p>
          </a>
        </div>
        <div style={{ minHeight: 100 }}>
          {sent.map((s, i) => (
            <div key={i} data-e2e={old ? 'chat-item' : 'dm-new-chat-item'}>
              {s}
            </div>
          ))}
        </div>
        {old ? (
          <div style={{ display: 'flex', gap: 6 }}>
            <div data-e2e="message-input-area" style={{ flex: 1 }}>
              <DraftBox key={gen} surface="tiktok.dm" api={api} placeholder="Send a message..." sendOnEnter onText={setText} onSend={(t) => send(t, 'enter')} />
            </div>
            <div className="send-wrap" onClick={() => send(api.current?.text() ?? '', 'click')}>
              <svg data-e2e="message-send" width="24" height="24" viewBox="0 0 24 24">
                <path d="M2 21l21-9L2 3v7l15 2-15 2z" />
              </svg>
            </div>
          </div>
        ) : (
          <div data-e2e="dm-new-chatbox" style={{ display: 'flex', gap: 6 }}>
            <div data-e2e="dm-new-input-editor" style={{ flex: 1 }}>
              <DraftBox key={gen} surface="tiktok.dm" api={api} placeholder="Send a message..." sendOnEnter onText={setText} onSend={(t) => send(t, 'enter')} />
            </div>
            {text.trim() && (
              <button type="button" data-e2e="dm-new-send-btn" aria-label="Send" onClick={() => send(api.current?.text() ?? '', 'click')}>
                ➤
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function Profile({ handle }: { handle: string }) {
  const person = PEOPLE[handle] ?? { handle, name: handle, bio: '' };
  return (
    <div className="acc-card">
      <div data-e2e="user-page">
        <h1 data-e2e="user-title">{person.handle}</h1>
        <h2 data-e2e="user-subtitle">{person.name}</h2>
        <div style={{ display: 'flex', gap: 6 }}>
          <FollowButton person={person} e2e="follow-button" />
          <button
            type="button"
            data-e2e="message-button"
            onClick={() => {
              recordProfile('message', person.handle);
              navigate(`/messages?u=${person.handle}`);
            }}
          >
            Message
          </button>
        </div>
        {/* TikTok renders duplicate copies of some controls (§4.3). */}
        <div style={{ display: 'none' }}>
          <FollowButton person={person} e2e="follow-button" />
        </div>
        <h3 data-e2e="user-count">
          <strong>120</strong> Following <strong>340</strong> Followers
        </h3>
        <h2 data-e2e="user-bio">{person.bio}</h2>
      </div>
    </div>
  );
}

boot(App);
