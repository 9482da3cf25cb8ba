/** @jsxImportSource react */
// Instagram, written from site-dom-facts §3 only: the Create dialog
// (Select from computer -> Next -> Next -> Lexical caption -> "Share", found
// by text only), comments in a <textarea> (Enter or "Post") or, with
// ?comments=lexical, a Lexical contenteditable, Lexical DMs (Enter, or
// "Send" once typed; the composer mounts late), profile Follow / Message
// found by text only.
//
// Variants: ?lang=de (German labels, "…"), ?theme=dark.
import { useEffect, useRef, useState } from 'react';
import { boot, params, previewUrl } from './common/base';
import { recordProfile, recordPublish } from './common/hooks';
import { LexicalBox, type EditorApi } from './common/Lexical';
import { RoleButton } from './common/RoleButton';
import { TextareaBox } from './common/Textarea';
import { linkProps, navigate, useLocation } from './common/router';

const DICTS = {
  en: {
    newPost: 'New post',
    createTitle: 'Create new post',
    select: 'Select from computer',
    next: 'Next',
    share: 'Share',
    caption: 'Write a caption...',
    shared: 'Your post has been shared.',
    addComment: 'Add a comment…',
    post: 'Post',
    message: 'Message',
    messagePlaceholder: 'Message...',
    send: 'Send',
    follow: 'Follow',
    following: 'Following',
  },
  de: {
    newPost: 'Neuer Beitrag',
    createTitle: 'Neuen Beitrag erstellen',
    select: 'Vom Computer auswählen',
    next: 'Weiter',
    share: 'Teilen',
    caption: 'Bildunterschrift verfassen …',
    shared: 'Dein Beitrag wurde geteilt.',
    addComment: 'Kommentieren …',
    post: 'Posten',
    message: 'Nachricht',
    messagePlaceholder: 'Nachricht schreiben …',
    send: 'Senden',
    follow: 'Folgen',
    following: 'Gefolgt',
  },
};
const L = DICTS[(params().get('lang') ?? 'en') as keyof typeof DICTS] ?? DICTS.en;

const ACCEPT = 'image/jpeg,image/png,image/heic,image/heif,video/mp4,video/quicktime';

interface Person {
  username: string;
  name: string;
  bio: string[];
  thread: string;
}
const PEOPLE: Record<string, Person> = {
  'jayden.m.2028': { username: 'jayden.m.2028', name: 'Jayden Miller', bio: ["Lincoln High School '28 🏀", 'JV basketball'], thread: '340282366841710300949128' },
  'mrs.garcia.teaches': { username: 'mrs.garcia.teaches', name: 'Elena Garcia', bio: ['Teacher @ Lincoln High', 'mom of 2'], thread: '340282366841710300949999' },
};

function App() {
  const url = useLocation();
  const segs = url.pathname.split('/').filter(Boolean);
  const [creating, setCreating] = useState(segs[0] === 'create');
  useEffect(() => {
    document.title = segs[0] === 'direct' ? 'Inbox • Direct' : 'Instagram';
  });
  let page: unknown;
  if (segs.length === 0 || segs[0] === 'create') page = <Feed />;
  else if (segs[0] === 'p') page = <PostPage key={segs[1]} />;
  else if (segs[0] === 'direct') page = segs[1] === 't' ? <Thread key={segs[2]} id={segs[2]} /> : <Inbox />;
  else page = <Profile key={segs[0]} username={segs[0]} />;
  return (
    <div style={{ display: 'flex' }}>
      <div role="navigation" style={{ width: 180, display: 'flex', flexDirection: 'column', gap: 8, padding: 12 }}>
        <a {...linkProps('/')}>
          <svg aria-label="Home" role="img" width="20" height="20" /> Home
        </a>
        <a {...linkProps('/direct/inbox/')}>
          <svg aria-label="Messages" role="img" width="20" height="20" /> Messages
        </a>
        <a href="#" role="link" onClick={(e: MouseEvent) => (e.preventDefault(), setCreating(true))}>
          <svg aria-label={L.newPost} role="img" width="20" height="20" /> Create
        </a>
        <a {...linkProps('/jayden.m.2028/')}>Jayden</a>
      </div>
      <main role="main" style={{ flex: 1 }}>
        {page as never}
      </main>
      {creating && <CreateDialog onClose={() => setCreating(false)} />}
    </div>
  );
}

function Feed() {
  return (
    <div>
      <article className="acc-card">
        <a {...linkProps('/p/C9xYzAbCdEf/')}>lincolnhighok</a>
        <div>Homecoming week!</div>
      </article>
    </div>
  );
}

function CreateDialog({ onClose }: { onClose(): void }) {
  const [step, setStep] = useState<'select' | 'crop' | 'edit' | 'caption' | 'done'>('select');
  const [files, setFiles] = useState<File[]>([]);
  const api = useRef<EditorApi | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const share = (via: 'click' | 'keyboard') => {
    recordPublish('instagram.post', api.current?.text() ?? '', via, files);
    setStep('done');
  };
  const title = step === 'caption' ? L.createTitle : step === 'crop' ? 'Crop' : step === 'edit' ? 'Edit' : step === 'done' ? 'Post shared' : L.createTitle;
  return (
    <>
      <div className="acc-overlay" onClick={onClose} />
      <div role="dialog" aria-label={title}>
        <div style={{ display: 'flex', justifyContent: 'space-between' }}>
          <h1 style={{ fontSize: 16 }}>{title}</h1>
          {(step === 'crop' || step === 'edit') && (
            <RoleButton onActivate={() => setStep(step === 'crop' ? 'edit' : 'caption')} keyboard="click">
              {L.next}
            </RoleButton>
          )}
          {step === 'caption' && (
            <RoleButton onActivate={share} keyboard="click">
              {L.share}
            </RoleButton>
          )}
        </div>
        {step === 'select' && (
          <form encType="multipart/form-data" method="POST" role="presentation">
            <svg aria-label="Icon to represent media such as images or videos" role="img" width="40" height="40" />
            <button type="button" onClick={() => input.current?.click()}>
              {L.select}
            </button>
            <input
              ref={input}
              type="file"
              multiple
              accept={ACCEPT}
              style={{ display: 'none' }}
              onChange={(e: Event) => {
                const list = [...((e.target as HTMLInputElement).files ?? [])];
                if (!list.length) return;
                setFiles(list);
                setStep('crop');
              }}
            />
          </form>
        )}
        {(step === 'crop' || step === 'edit' || step === 'caption') &&
          files.map((f, i) => (f.type.startsWith('video/') ? <video key={i} className="acc-preview" src={previewUrl(f)} /> : <img key={i} className="acc-preview" alt="" src={previewUrl(f)} />))}
        {step === 'caption' && (
          <div>
            <b>ana.teaches</b>
            <LexicalBox surface="instagram.post" api={api} attrs={{ 'aria-label': L.caption }} placeholder={L.caption} autoFocus />
          </div>
        )}
        {step === 'done' && (
          <div>
            <span>{L.shared}</span>
            <button type="button" onClick={onClose}>
              ✕
            </button>
          </div>
        )}
      </div>
    </>
  );
}

function PostPage() {
  const lexical = params().get('comments') === 'lexical';
  const api = useRef<EditorApi | null>(null);
  const [text, setText] = useState('');
  const [comments, setComments] = useState<string[]>([]);
  const [gen, setGen] = useState(0);
  const send = (t: string, via: 'click' | 'enter' | 'keyboard') => {
    if (!t.trim()) return;
    recordPublish('instagram.comment', t, via);
    setComments((c) => [...c, t]);
    setText('');
    setGen((g) => g + 1);
  };
  return (
    <article className="acc-card">
      <header>
        <a {...linkProps('/lincolnhighok/')}>lincolnhighok</a>
      </header>
      <div>Homecoming week!</div>
      <ul>
        {comments.map((c, i) => (
          <li key={i}>
            <b>ana.teaches</b> {c}
          </li>
        ))}
      </ul>
      <section>
        <form method="POST" style={{ display: 'flex', gap: 6 }} onSubmit={(e: Event) => (e.preventDefault(), send(api.current?.text() ?? '', 'click'))}>
          {lexical ? (
            <div style={{ flex: 1 }}>
              <LexicalBox
                key={gen}
                surface="instagram.comment"
                api={api}
                plain
                attrs={{ 'aria-label': L.addComment, 'aria-placeholder': L.addComment }}
                placeholder={L.addComment}
                onText={setText}
                onEnter={(t) => send(t, 'enter')}
              />
            </div>
          ) : (
            <TextareaBox
              key={gen}
              surface="instagram.comment"
              api={api}
              sendOnEnter
              attrs={{ 'aria-label': L.addComment, placeholder: L.addComment, autoComplete: 'off' }}
              onText={setText}
              onSend={(t) => send(t, 'enter')}
            />
          )}
          <RoleButton disabled={!text.trim()} onActivate={(via) => send(api.current?.text() ?? '', via)} keyboard="click">
            {L.post}
          </RoleButton>
        </form>
      </section>
    </article>
  );
}

function Inbox() {
  return (
    <div className="acc-card">
      <h1>Messages</h1>
      {Object.values(PEOPLE).map((p) => (
        <a key={p.username} {...linkProps(`/direct/t/${p.thread}/`)} role="link" style={{ display: 'block' }}>
          <span>{p.name}</span>
        </a>
      ))}
    </div>
  );
}

function Thread({ id }: { id: string }) {
  const person = Object.values(PEOPLE).find((p) => p.thread === id) ?? PEOPLE['mrs.garcia.teaches'];
  const api = useRef<EditorApi | null>(null);
  const [text, setText] = useState('');
  const [sent, setSent] = useState<string[]>([]);
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    // The DM composer arrives after the thread has loaded.
    setTimeout(() => setMounted(true), 700);
  }, []);
  const send = (t: string, via: 'click' | 'enter' | 'keyboard') => {
    if (!t.trim()) return;
    recordPublish('instagram.dm', t, via);
    setSent((s) => [...s, t]);
    api.current?.clear();
  };
  return (
    <div className="acc-card" role="region" aria-label={`Conversation with ${person.username}`}>
      <div>
        <a {...linkProps(`/${person.username}/`)} role="link">
          <span>{person.name}</span>
        </a>
        <div>
          <span>{person.username}</span>
        </div>
      </div>
      <div style={{ minHeight: 100 }}>
        {sent.map((s, i) => (
          <div key={i} role="row">
            {s}
          </div>
        ))}
      </div>
      {mounted && (
        <div>
          <div>
            <div style={{ display: 'flex', gap: 6 }}>
              <div style={{ flex: 1 }}>
                <LexicalBox
                  surface="instagram.dm"
                  api={api}
                  plain
                  attrs={{ 'aria-label': L.message, 'aria-placeholder': L.messagePlaceholder, className: 'notranslate' }}
                  placeholder={L.messagePlaceholder}
                  onText={setText}
                  onEnter={(t) => send(t, 'enter')}
                />
              </div>
              {text.trim() && (
                <RoleButton onActivate={(via) => send(api.current?.text() ?? '', via)} keyboard="click">
                  {L.send}
                </RoleButton>
              )}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

function Profile({ username }: { username: string }) {
  const person = PEOPLE[username] ?? { username, name: username, bio: [], thread: '340282366841710300949999' };
  const [following, setFollowing] = useState(false);
  return (
    <header className="acc-card">
      <section>
        <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <h2>{person.username}</h2>
          <button
            type="button"
            onClick={() => {
              recordProfile(following ? 'unfollow' : 'follow', person.username);
              setFollowing(!following);
            }}
          >
            <div>{following ? L.following : L.follow}</div>
          </button>
          <RoleButton
            onActivate={() => {
              recordProfile('message', person.username);
              navigate(`/direct/t/${person.thread}/`);
            }}
            keyboard="click"
          >
            {L.message}
          </RoleButton>
        </div>
        <ul style={{ display: 'flex', gap: 12, listStyle: 'none', padding: 0 }}>
          <li>12 posts</li>
          <li>340 followers</li>
          <li>280 following</li>
        </ul>
        <div>
          <span>{person.name}</span>
          {person.bio.map((b) => (
            <div key={b}>
              <span>{b}</span>
            </div>
          ))}
        </div>
      </section>
    </header>
  );
}

boot(App, '', '__ig-dark-mode');
