/** @jsxImportSource react */
// Facebook (Comet), written from site-dom-facts §2 only: Lexical editors,
// div[role=button] controls with localised aria-labels, the Create post
// dialog, comments and replies (Enter sends), Messenger, profile buttons,
// several pre-rendered hidden Lexical editors.
//
// Variants: ?lang=es|pt (labels localised), ?postbtn=text (the Post control
// has no aria-label, only a text span: the [L] Feb 2026 note), ?theme=dark,
// ?late=1 (the dialog's editor mounts 800 ms after the dialog).
import { useEffect, useRef, useState } from 'react';
import { boot, params, previewUrl } from './common/base';
import { recordProfile, recordPublish } from './common/hooks';
import { LexicalBox, type EditorApi } from './common/Lexical';
import { RoleButton } from './common/RoleButton';
import { linkProps, navigate, useLocation } from './common/router';

const LANG = params().get('lang') ?? 'en';

const DICTS = {
  en: {
    mind: "What's on your mind, Ana?",
    create: 'Create post',
    post: 'Post',
    photo: 'Photo/video',
    close: 'Close',
    writeComment: 'Write a comment…',
    commentAs: 'Comment as Ana Teacher',
    replyTo: (n: string) => `Reply to ${n}`,
    comment: 'Comment',
    reply: 'Reply',
    like: 'Like',
    message: 'Message',
    addFriend: 'Add friend',
    cancelRequest: 'Cancel request',
    follow: 'Follow',
    following: 'Following',
    send: 'Press Enter to send',
  },
  es: {
    mind: '¿Qué estás pensando, Ana?',
    create: 'Crear publicación',
    post: 'Publicar',
    photo: 'Foto/video',
    close: 'Cerrar',
    writeComment: 'Escribe un comentario…',
    commentAs: 'Comentar como Ana Teacher',
    replyTo: (n: string) => `Responder a ${n}`,
    comment: 'Comentar',
    reply: 'Responder',
    like: 'Me gusta',
    message: 'Mensaje',
    addFriend: 'Agregar a amigos',
    cancelRequest: 'Cancelar solicitud',
    follow: 'Seguir',
    following: 'Siguiendo',
    send: 'Pulsa Intro para enviar',
  },
  pt: {
    mind: 'No que você está pensando, Ana?',
    create: 'Criar publicação',
    post: 'Publicar',
    photo: 'Foto/vídeo',
    close: 'Fechar',
    writeComment: 'Escreva um comentário…',
    commentAs: 'Comentar como Ana Teacher',
    replyTo: (n: string) => `Responder a ${n}`,
    comment: 'Comentar',
    reply: 'Responder',
    like: 'Curtir',
    message: 'Mensagem',
    addFriend: 'Adicionar amigo',
    cancelRequest: 'Cancelar solicitação',
    follow: 'Seguir',
    following: 'Seguindo',
    send: 'Pressione Enter para enviar',
  },
};
const L = DICTS[LANG as keyof typeof DICTS] ?? DICTS.en;

const ACCEPT = 'image/*,image/heif,image/heic,video/*,video/mp4,video/x-m4v,video/x-matroska,.mkv';

interface Person {
  name: string;
  intro: string[];
}

const PEOPLE: Record<string, Person> = {
  'jayden.m.2028': { name: 'Jayden Miller', intro: ['Studies at Lincoln High School', 'Class of 2028', 'Lives in Tulsa, Oklahoma'] },
  'elena.garcia.teaches': { name: 'Elena Garcia', intro: ['Teacher at Lincoln High School', 'Married to Tomás Garcia', 'Lives in Tulsa, Oklahoma'] },
};

const THREADS: Record<string, string> = { '100001': 'jayden.m.2028', '100002': 'elena.garcia.teaches' };

function App() {
  const url = useLocation();
  const segs = url.pathname.split('/').filter(Boolean);
  useEffect(() => {
    document.title = segs[0] === 'messages' ? 'Messenger | Facebook' : 'Facebook';
  });
  return (
    <div>
      <nav className="acc-nav" role="navigation">
        <a {...linkProps('/')} aria-label="Home">
          Home
        </a>
        <a {...linkProps('/messages/t/100001')} aria-label="Messenger">
          Messenger
        </a>
        <a {...linkProps('/jayden.m.2028')}>Jayden</a>
      </nav>
      <HiddenEditors />
      {segs.length === 0 || segs[0] === 'home.php' ? (
        <Feed />
      ) : segs[0] === 'messages' ? (
        <Messenger key={segs[2]} thread={segs[2] ?? ''} />
      ) : (
        <Profile key={segs[0]} slug={segs[0]} />
      )}
    </div>
  );
}

/** Stories / Marketplace editors FB keeps pre-rendered and hidden (§2.1). */
function HiddenEditors() {
  return (
    <>
      <div aria-hidden="true" className="acc-hidden-editors">
        <LexicalBox surface="facebook.hidden" attrs={{ 'aria-label': 'Start typing', 'aria-placeholder': 'Start typing' }} />
        <LexicalBox surface="facebook.hidden" attrs={{ 'aria-label': L.writeComment }} plain onEnter={(t) => recordPublish('facebook.hidden', t, 'enter')} />
      </div>
      <div style={{ display: 'none' }}>
        <LexicalBox surface="facebook.hidden" attrs={{ 'aria-label': L.mind }} />
      </div>
      <div className="acc-hidden-editors">
        <LexicalBox surface="facebook.hidden" attrs={{ 'aria-label': 'Search Marketplace' }} plain />
      </div>
    </>
  );
}

function Feed() {
  const [open, setOpen] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [published, setPublished] = useState<string[]>([]);
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <div role="main">
      <div data-pagelet="FeedComposer" className="acc-card">
        <RoleButton onActivate={() => setOpen(true)} keyboard="click">
          <span>{L.mind}</span>
        </RoleButton>
        <RoleButton label={L.photo} onActivate={() => input.current?.click()}>
          <span>{L.photo}</span>
        </RoleButton>
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
            setOpen(true);
          }}
        />
      </div>
      {open && (
        <CreatePost
          files={files}
          onClose={() => {
            setOpen(false);
            setFiles([]);
            if (input.current) input.current.value = '';
          }}
          onPosted={(t) => setPublished((p) => [t, ...p])}
        />
      )}
      {published.map((t, i) => (
        <div role="article" className="acc-card" key={i}>
          <b>Ana Teacher</b>
          <div>{t}</div>
        </div>
      ))}
      <FeedPost author="Lincoln High School" text="Homecoming parade is Friday at 5!" commentLabel={L.writeComment} />
      <FeedPost author="Maria Lopez" text="Graduation pictures are up!" commentLabel={L.commentAs} withReply />
    </div>
  );
}

function CreatePost({ files, onClose, onPosted }: { files: File[]; onClose(): void; onPosted(t: string): void }) {
  const api = useRef<EditorApi | null>(null);
  const [text, setText] = useState('');
  const [ready, setReady] = useState(params().get('late') !== '1');
  useEffect(() => {
    if (!ready) setTimeout(() => setReady(true), 800);
  }, []);
  const canPost = text.trim().length > 0 || files.length > 0;
  const post = (via: 'click' | 'keyboard') => {
    const t = api.current?.text() ?? '';
    recordPublish('facebook.post', t, via, files);
    onPosted(t);
    onClose();
  };
  const textButton = params().get('postbtn') === 'text';
  return (
    <>
      <div className="acc-overlay" />
      <div role="dialog" aria-label={L.create}>
        <div style={{ display: 'flex', justifyContent: 'space-between' }}>
          <h2 style={{ margin: 0 }}>{L.create}</h2>
          <RoleButton label={L.close} onActivate={onClose}>
            ✕
          </RoleButton>
        </div>
        <div>
          <b>Ana Teacher</b>
        </div>
        <div role="presentation">
          <div>
            {ready ? (
              <LexicalBox
                surface="facebook.post"
                api={api}
                autoFocus
                attrs={{ 'aria-label': L.mind, 'aria-placeholder': L.mind, className: 'notranslate' }}
                placeholder={L.mind}
                onText={setText}
              />
            ) : (
              <div aria-busy="true">…</div>
            )}
          </div>
        </div>
        {files.map((f, i) =>
          f.type.startsWith('video/') ? (
            <video key={i} className="acc-preview" src={previewUrl(f)} />
          ) : (
            <img key={i} className="acc-preview" alt={f.name} src={previewUrl(f)} />
          ),
        )}
        <div>
          {textButton ? (
            <RoleButton disabled={!canPost} onActivate={post}>
              <span>{L.post}</span>
            </RoleButton>
          ) : (
            <RoleButton label={L.post} disabled={!canPost} onActivate={post}>
              <span>{L.post}</span>
            </RoleButton>
          )}
        </div>
      </div>
    </>
  );
}

function FeedPost({ author, text, commentLabel, withReply }: { author: string; text: string; commentLabel: string; withReply?: boolean }) {
  const [comments, setComments] = useState<string[]>([]);
  const [gen, setGen] = useState(0);
  const [replying, setReplying] = useState(false);
  const api = useRef<EditorApi | null>(null);
  const send = (t: string, via: 'click' | 'enter' | 'keyboard') => {
    if (!t.trim()) return;
    recordPublish('facebook.comment', t, via);
    setComments((c) => [...c, t]);
    // Comet remounts the comment composer after sending.
    setGen((g) => g + 1);
  };
  return (
    <div role="article" className="acc-card" aria-label={`Post by ${author}`}>
      <b>{author}</b>
      <p>{text}</p>
      <RoleButton label={L.like} onActivate={() => undefined}>
        {L.like}
      </RoleButton>
      <ul>
        {withReply && (
          <li>
            <div role="article" aria-label="Comment by Maria Lopez">
              <b>Maria Lopez</b> Thank you Ms. Ana!
              <div>
                <RoleButton onActivate={() => setReplying(true)}>
                  <span>{L.reply}</span>
                </RoleButton>
              </div>
              {replying && <ReplyBox to="Maria Lopez" />}
            </div>
          </li>
        )}
        {comments.map((c, i) => (
          <li key={i}>
            <b>Ana Teacher</b> {c}
          </li>
        ))}
      </ul>
      <form onSubmit={(e: Event) => e.preventDefault()} style={{ display: 'flex', gap: 6, alignItems: 'flex-start' }}>
        <div style={{ flex: 1 }}>
          <LexicalBox
            key={gen}
            surface="facebook.comment"
            api={api}
            plain
            attrs={{ 'aria-label': commentLabel, 'aria-placeholder': commentLabel }}
            placeholder={commentLabel}
            onEnter={(t) => send(t, 'enter')}
          />
        </div>
        <RoleButton label={L.comment} onActivate={(via) => send(api.current?.text() ?? '', via)}>
          ➤
        </RoleButton>
      </form>
    </div>
  );
}

/** Reply box: appears after "Reply" is pressed; Enter is the only way to send. */
function ReplyBox({ to }: { to: string }) {
  const [late, setLate] = useState(false);
  const [sent, setSent] = useState<string[]>([]);
  const [gen, setGen] = useState(0);
  useEffect(() => {
    setTimeout(() => setLate(true), 300);
  }, []);
  if (!late) return null;
  return (
    <div style={{ marginLeft: 24 }}>
      {sent.map((s, i) => (
        <div key={i}>
          <b>Ana Teacher</b> {s}
        </div>
      ))}
      <LexicalBox
        key={gen}
        surface="facebook.reply"
        plain
        autoFocus
        attrs={{ 'aria-label': L.replyTo(to), 'aria-placeholder': L.replyTo(to) }}
        placeholder={L.replyTo(to)}
        onEnter={(t) => {
          if (!t.trim()) return;
          recordPublish('facebook.reply', t, 'enter');
          setSent((s) => [...s, t]);
          setGen((g) => g + 1);
        }}
      />
    </div>
  );
}

function Messenger({ thread }: { thread: string }) {
  const slug = THREADS[thread] ?? 'elena.garcia.teaches';
  const person = PEOPLE[slug];
  const api = useRef<EditorApi | null>(null);
  const [sent, setSent] = useState<string[]>([]);
  const [text, setText] = useState('');
  const send = (t: string, via: 'click' | 'enter' | 'keyboard') => {
    if (!t.trim()) return;
    recordPublish('facebook.messenger', t, via);
    setSent((s) => [...s, t]);
    api.current?.clear();
  };
  return (
    <div role="main" className="acc-card">
      <div>
        <a {...linkProps(`/${slug}`)}>
          <h2 style={{ margin: 0 }}>{person.name}</h2>
        </a>
        <span>Active now</span>
      </div>
      <div role="grid" aria-label={`Messages in conversation with ${person.name}`} style={{ minHeight: 120 }}>
        {sent.map((s, i) => (
          <div role="row" key={i}>
            {s}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', gap: 6 }}>
        <div style={{ flex: 1 }}>
          <LexicalBox
            surface="facebook.messenger"
            api={api}
            plain
            attrs={{ 'aria-label': L.message, 'aria-placeholder': 'Aa', className: 'notranslate' }}
            placeholder="Aa"
            onText={setText}
            onEnter={(t) => send(t, 'enter')}
          />
        </div>
        {text.trim() ? (
          <RoleButton label={L.send} onActivate={(via) => send(api.current?.text() ?? '', via)}>
            ➤
          </RoleButton>
        ) : (
          <RoleButton label="Send a like" onActivate={() => undefined}>
            👍
          </RoleButton>
        )}
      </div>
    </div>
  );
}

/** ?buttons=native: profile actions as <button>s labelled by their text only. */
function ProfileButton({ label, onActivate }: { label: string; onActivate(): void }) {
  if (params().get('buttons') === 'native') {
    return (
      <button type="button" onClick={onActivate}>
        <span>{label}</span>
      </button>
    );
  }
  return (
    <RoleButton label={label} onActivate={onActivate}>
      <span>{label}</span>
    </RoleButton>
  );
}

function Profile({ slug }: { slug: string }) {
  const person = PEOPLE[slug] ?? { name: slug, intro: [] };
  const [requested, setRequested] = useState(false);
  const [following, setFollowing] = useState(false);
  const thread = Object.entries(THREADS).find(([, s]) => s === slug)?.[0] ?? '100002';
  return (
    <div role="main">
      <div className="acc-card">
        <h1>{person.name}</h1>
        <div style={{ display: 'flex', gap: 6 }}>
          {requested ? (
            <ProfileButton
              label={L.cancelRequest}
              onActivate={() => {
                recordProfile('cancel_request', slug);
                setRequested(false);
              }}
            />
          ) : (
            <ProfileButton
              label={L.addFriend}
              onActivate={() => {
                recordProfile('add_friend', slug);
                setRequested(true);
              }}
            />
          )}
          <ProfileButton
            label={following ? L.following : L.follow}
            onActivate={() => {
              recordProfile(following ? 'unfollow' : 'follow', slug);
              setFollowing(!following);
            }}
          />
          <ProfileButton
            label={L.message}
            onActivate={() => {
              recordProfile('message', slug);
              navigate(`/messages/t/${thread}`);
            }}
          />
        </div>
      </div>
      <div className="acc-card">
        <h2>Intro</h2>
        <ul>
          {person.intro.map((line) => (
            <li key={line}>
              <span>{line}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

boot(App, '', '__fb-dark-mode');
