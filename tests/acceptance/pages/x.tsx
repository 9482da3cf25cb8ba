/** @jsxImportSource react */
// X, written from site-dom-facts §1 only: Draft.js composers whose
// contenteditable carries data-testid="tweetTextarea_N" (role=textbox,
// aria-label "Post text"), tweetButton / tweetButtonInline (disabled when
// empty, Ctrl+Enter posts, Enter is a newline), threads (addButton), the
// modal over home with the inline box still mounted behind it, reply
// dialog and inline reply, legacy DMs (dmComposerTextInput) and XChat
// (textarea, send button only once there is text), profile follow and DM.
import { useEffect, useRef, useState } from 'react';
import { boot, params, previewUrl } from './common/base';
import { recordProfile, recordPublish } from './common/hooks';
import { DraftBox } from './common/Draft';
import type { EditorApi } from './common/Lexical';
import { TextareaBox } from './common/Textarea';
import { linkProps, navigate, useLocation } from './common/router';

interface Person {
  id: string;
  name: string;
  handle: string;
  bio: string;
  location: string;
}

const PEOPLE: Record<string, Person> = {
  jayden_m2028: { id: '158700', name: 'Jayden M 🏀', handle: 'jayden_m2028', bio: 'LHS Class of 2028 | JV basketball', location: 'Tulsa, OK' },
  MrsGarciaTeaches: { id: '99120', name: 'Elena Garcia', handle: 'MrsGarciaTeaches', bio: 'Teacher at Lincoln High. Mom of two.', location: 'Tulsa, OK' },
};
const CONVERSATIONS: Record<string, string> = { '1234567-158700': 'jayden_m2028', '1234567-99120': 'MrsGarciaTeaches' };

function App() {
  const url = useLocation();
  const segs = url.pathname.split('/').filter(Boolean);
  let page: unknown;
  let title = 'Home / X';
  if (segs.length === 0 || segs[0] === 'home') page = <Home />;
  else if (segs[0] === 'compose') {
    title = 'Compose new post / X';
    page =
      params().get('layout') === 'mobile' ? (
        <MobileCompose />
      ) : (
        <>
          <Home />
          <ComposeModal />
        </>
      );
  } else if (segs[0] === 'messages') {
    title = 'Messages / X';
    page = <LegacyDm key={segs[1]} conversation={segs[1] ?? ''} />;
  } else if (segs[0] === 'i' && segs[1] === 'chat') {
    title = 'Chat / X';
    page = <XChat key={segs[2]} conversation={segs[2] ?? ''} />;
  } else if (segs[1] === 'status') {
    title = 'Post / X';
    page = <Status key={url.pathname} author={segs[0]} />;
  } else {
    title = `${segs[0]} / X`;
    page = <Profile key={segs[0]} handle={segs[0]} />;
  }
  useEffect(() => {
    document.title = title;
    if (params().get('theme') === 'dark') document.body.style.backgroundColor = 'rgb(0, 0, 0)';
  });
  return (
    <div style={{ display: 'flex' }}>
      <header role="banner" style={{ width: 200 }}>
        <nav aria-label="Primary" style={{ display: 'flex', flexDirection: 'column', gap: 8, padding: 12 }}>
          <a {...linkProps('/home')} data-testid="AppTabBar_Home_Link">
            Home
          </a>
          <a {...linkProps('/i/chat/1234567-158700')} data-testid="AppTabBar_DirectMessage_Link">
            Chat
          </a>
          <a {...linkProps('/jayden_m2028')}>Jayden</a>
          <a {...linkProps('/compose/post')} data-testid="SideNav_NewTweet_Button" role="link">
            Post
          </a>
        </nav>
      </header>
      <main role="main" style={{ flex: 1 }}>
        {page as never}
      </main>
    </div>
  );
}

/** A post composer: one or more Draft.js editors, the toolbar and the post button. */
function Composer({
  inline,
  reply,
  surface,
  onDone,
}: {
  inline: boolean;
  reply?: boolean;
  surface: string;
  onDone?(): void;
}) {
  const [count, setCount] = useState(1);
  const [texts, setTexts] = useState<string[]>(['']);
  const [files, setFiles] = useState<File[]>([]);
  const apis = useRef<Array<{ current: EditorApi | null }>>([{ current: null }]);
  const over = texts.some((t) => t.length > 280);
  const empty = texts.every((t) => !t.trim()) && files.length === 0;
  const disabled = empty || over;
  const post = (via: 'click' | 'ctrl-enter') => {
    if (disabled) return;
    const parts = apis.current.slice(0, count).map((a) => a.current?.text() ?? '');
    recordPublish(surface, parts.join('\n---\n'), via, files);
    onDone?.();
  };
  const testId = inline ? 'tweetButtonInline' : 'tweetButton';
  const label = reply ? 'Reply' : count > 1 ? 'Post all' : 'Post';
  return (
    <div>
      {Array.from({ length: count }, (_, i) => {
        if (!apis.current[i]) apis.current[i] = { current: null };
        return (
          <div key={i} data-testid={`tweetTextarea_${i}RichTextInputContainer`}>
            <label data-testid={`tweetTextarea_${i}_label`}>
              <DraftBox
                surface={surface}
                testId={`tweetTextarea_${i}`}
                ariaLabel="Post text"
                placeholder={reply ? 'Post your reply' : i === 0 ? "What's happening?" : 'Add another post'}
                sendOnCtrlEnter
                api={apis.current[i]}
                onSend={(_t, via) => post(via as 'ctrl-enter')}
                onText={(t) =>
                  setTexts((prev) => {
                    const next = prev.slice();
                    next[i] = t;
                    return next;
                  })
                }
              />
            </label>
          </div>
        );
      })}
      {files.length > 0 && (
        <div data-testid="attachments">
          {files.map((f, i) => (
            <div key={i}>
              {f.type.startsWith('video/') ? <video src={previewUrl(f)} className="acc-preview" /> : <img src={previewUrl(f)} alt="" className="acc-preview" />}
              <button type="button" aria-label="Remove media" data-testid="removeMedia" onClick={() => setFiles(files.filter((_, j) => j !== i))}>
                ✕
              </button>
            </div>
          ))}
        </div>
      )}
      <div data-testid="toolBar" style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <div role="tablist">
          <button type="button" aria-label="Add photos or video" onClick={(e: MouseEvent) => (e.currentTarget as HTMLElement).nextElementSibling && ((e.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement).click()}>
            🖼
          </button>
          <input
            data-testid="fileInput"
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp,image/gif,video/mp4,video/quicktime"
            style={{ display: 'none' }}
            onChange={(e: Event) => setFiles([...((e.target as HTMLInputElement).files ?? [])])}
          />
          <button type="button" data-testid="gifSearchButton" aria-label="Add a GIF">
            GIF
          </button>
        </div>
        {!reply && (
          <button
            type="button"
            data-testid="addButton"
            aria-label="Add post"
            onClick={() => {
              setCount((c) => c + 1);
              setTexts((t) => [...t, '']);
            }}
          >
            +
          </button>
        )}
        <button type="button" role="button" data-testid={testId} disabled={disabled} aria-disabled={disabled ? 'true' : undefined} onClick={() => post('click')}>
          <span>{label}</span>
        </button>
      </div>
    </div>
  );
}

function Home() {
  const [gen, setGen] = useState(0);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [toast, setToast] = useState(false);
  return (
    <div>
      <h2>Home</h2>
      <div className="acc-card">
        <Composer
          key={gen}
          inline
          surface="x.post"
          onDone={() => {
            setGen((g) => g + 1);
            setToast(true);
          }}
        />
      </div>
      <Tweet author="LincolnHighOK" text="Homecoming parade Friday at 5!" onReply={() => setReplyTo('LincolnHighOK')} />
      <aside aria-label="Who to follow" className="acc-card">
        <h2>Who to follow</h2>
        <UserCell person={PEOPLE.jayden_m2028} />
      </aside>
      {replyTo && (
        <>
          <div className="acc-overlay" />
          <div role="dialog" aria-modal="true" aria-labelledby="reply-title">
            <span id="reply-title" hidden>
              Reply
            </span>
            <button type="button" aria-label="Close" data-testid="app-bar-close" onClick={() => setReplyTo(null)}>
              ✕
            </button>
            <article data-testid="tweet" role="article">
              <b>@{replyTo}</b> Homecoming parade Friday at 5!
            </article>
            <div>
              Replying to <a href={`/${replyTo}`}>@{replyTo}</a>
            </div>
            <Composer
              inline={false}
              reply
              surface="x.reply"
              onDone={() => {
                setReplyTo(null);
                setToast(true);
              }}
            />
          </div>
        </>
      )}
      {toast && <div data-testid="toast">Your post was sent.</div>}
    </div>
  );
}

function Tweet({ author, text, onReply }: { author: string; text: string; onReply(): void }) {
  return (
    <article data-testid="tweet" role="article" className="acc-card">
      <a {...linkProps(`/${author}`)}>@{author}</a>
      <div data-testid="tweetText">{text}</div>
      <button type="button" data-testid="reply" aria-label="Reply" onClick={onReply}>
        💬
      </button>
      <a {...linkProps(`/${author}/status/1790000000000000001`)}>open</a>
    </article>
  );
}

function FollowButton({ person }: { person: Person }) {
  const [following, setFollowing] = useState(false);
  return (
    <button
      type="button"
      role="button"
      data-testid={`${person.id}-${following ? 'unfollow' : 'follow'}`}
      aria-label={`${following ? 'Following' : 'Follow'} @${person.handle}`}
      onClick={() => {
        recordProfile(following ? 'unfollow' : 'follow', person.handle);
        setFollowing(!following);
      }}
    >
      <span>{following ? 'Following' : 'Follow'}</span>
    </button>
  );
}

function UserCell({ person }: { person: Person }) {
  return (
    <div data-testid="UserCell" role="button" tabIndex={0}>
      <a {...linkProps(`/${person.handle}`)}>
        <span>{person.name}</span> <span>@{person.handle}</span>
      </a>
      <div>{person.bio}</div>
      <FollowButton person={person} />
    </div>
  );
}

function ComposeModal() {
  return (
    <>
      <div className="acc-overlay" />
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header">
        <div id="modal-header" hidden>
          Compose new post
        </div>
        <button type="button" aria-label="Close" data-testid="app-bar-close" onClick={() => navigate('/home')}>
          ✕
        </button>
        <Composer inline={false} surface="x.post" onDone={() => navigate('/home')} />
      </div>
    </>
  );
}

/** Mobile web's compose page: a plain <textarea> inside div[data-testid^="tweetTextarea"] (§1.1). */
function MobileCompose() {
  const api = useRef<EditorApi | null>(null);
  const [text, setText] = useState('');
  const post = () => {
    recordPublish('x.post.mobile', api.current?.text() ?? '', 'click');
    navigate('/home');
  };
  return (
    <div>
      <div style={{ display: 'flex', justifyContent: 'space-between' }}>
        <button type="button" data-testid="app-bar-back" aria-label="Back" onClick={() => navigate('/home')}>
          ←
        </button>
        <button type="button" role="button" data-testid="tweetButton" disabled={!text.trim()} aria-disabled={!text.trim() ? 'true' : undefined} onClick={post}>
          <span>Post</span>
        </button>
      </div>
      <div data-testid="tweetTextarea_0">
        <TextareaBox surface="x.post.mobile" api={api} attrs={{ placeholder: "What's happening?", 'aria-label': 'Post text', dir: 'auto' }} onText={setText} />
      </div>
    </div>
  );
}

function Status({ author }: { author: string }) {
  const [gen, setGen] = useState(0);
  return (
    <div>
      <article data-testid="tweet" role="article" className="acc-card" tabIndex={-1}>
        <b>@{author}</b>
        <div data-testid="tweetText">Homecoming parade Friday at 5!</div>
      </article>
      <div className="acc-card">
        <Composer key={gen} inline reply surface="x.reply" onDone={() => setGen((g) => g + 1)} />
      </div>
    </div>
  );
}

function ConversationHeader({ person, testId }: { person: Person; testId: string }) {
  return (
    <div data-testid={testId}>
      <a {...linkProps(`/${person.handle}`)}>
        <span>{person.name}</span>
      </a>{' '}
      <span>@{person.handle}</span>
    </div>
  );
}

function LegacyDm({ conversation }: { conversation: string }) {
  const person = PEOPLE[CONVERSATIONS[conversation] ?? 'MrsGarciaTeaches'];
  const api = useRef<EditorApi | null>(null);
  const [text, setText] = useState('');
  const [sent, setSent] = useState<string[]>([]);
  const [gen, setGen] = useState(0);
  const send = (t: string, via: 'click' | 'enter') => {
    if (!t.trim()) return;
    recordPublish('x.dm', t, via);
    setSent((s) => [...s, t]);
    setText('');
    setGen((g) => g + 1);
  };
  return (
    <section aria-label="Section details" className="acc-card">
      <ConversationHeader person={person} testId="DmActivityContainer" />
      <div data-testid="DmScrollerContainer" style={{ minHeight: 100 }}>
        {sent.map((s, i) => (
          <div data-testid="messageEntry" key={i}>
            {s}
          </div>
        ))}
      </div>
      <aside aria-label="Start a new message" style={{ display: 'flex', gap: 6 }}>
        <div style={{ flex: 1 }} data-testid="dmComposerTextInputComponent">
          <DraftBox
            key={gen}
            surface="x.dm"
            testId="dmComposerTextInput"
            ariaLabel="Start a new message"
            placeholder="Start a new message"
            sendOnEnter
            api={api}
            onText={setText}
            onSend={(t) => send(t, 'enter')}
          />
        </div>
        <button
          type="button"
          data-testid="dmComposerSendButton"
          aria-label="Send"
          disabled={!text.trim()}
          aria-disabled={!text.trim() ? 'true' : undefined}
          onClick={() => send(api.current?.text() ?? '', 'click')}
        >
          ➤
        </button>
      </aside>
    </section>
  );
}

function XChat({ conversation }: { conversation: string }) {
  const person = PEOPLE[CONVERSATIONS[conversation] ?? 'MrsGarciaTeaches'];
  const api = useRef<EditorApi | null>(null);
  const [text, setText] = useState('');
  const [sent, setSent] = useState<string[]>([]);
  const send = (t: string, via: 'click' | 'enter') => {
    if (!t.trim()) return;
    recordPublish('x.chat', t, via);
    setSent((s) => [...s, t]);
    api.current?.clear();
    setText('');
  };
  return (
    <div data-testid="dm-container" className="acc-card">
      <ConversationHeader person={person} testId="dm-conversation-header" />
      <div data-testid="dm-message-list" style={{ minHeight: 100 }}>
        {sent.map((s, i) => (
          <div key={i}>{s}</div>
        ))}
      </div>
      <form
        data-testid="dm-composer-form"
        className="flex gap-2"
        onSubmit={(e: Event) => {
          e.preventDefault();
          send(api.current?.text() ?? '', 'click');
        }}
      >
        <TextareaBox
          surface="x.chat"
          api={api}
          sendOnEnter
          attrs={{ 'data-testid': 'dm-composer-textarea', placeholder: 'Message', 'aria-label': 'Message' }}
          onText={setText}
          onSend={(t) => send(t, 'enter')}
        />
        {text.trim() ? (
          <button type="submit" data-testid="dm-composer-send-button" aria-label="Send">
            ➤
          </button>
        ) : (
          <button type="button" data-testid="dm-composer-voice-button" aria-label="Record voice message">
            🎤
          </button>
        )}
      </form>
    </div>
  );
}

function Profile({ handle }: { handle: string }) {
  const person = PEOPLE[handle] ?? { id: '5550', name: handle, handle, bio: '', location: '' };
  const convo = Object.entries(CONVERSATIONS).find(([, h]) => h === handle)?.[0] ?? '1234567-99120';
  return (
    <div className="acc-card">
      <div data-testid="UserName">
        <div>
          <span>{person.name}</span>
        </div>
        <div>
          <span>@{person.handle}</span>
        </div>
      </div>
      <div style={{ display: 'flex', gap: 6 }}>
        <button type="button" data-testid="userActions" aria-label="More">
          …
        </button>
        <button
          type="button"
          data-testid="sendDMFromProfile"
          aria-label="Message"
          onClick={() => {
            recordProfile('message', person.handle);
            navigate(`/i/chat/${convo}`);
          }}
        >
          ✉
        </button>
        <div data-testid="placementTracking">
          <FollowButton person={person} />
        </div>
      </div>
      <div data-testid="UserDescription">
        <span>{person.bio}</span>
      </div>
      <div data-testid="UserProfileHeader_Items">
        <span data-testid="UserLocation">{person.location}</span> <span data-testid="UserJoinDate">Joined August 2023</span>
      </div>
    </div>
  );
}

boot(App);
