/** @jsxImportSource react */
// Local copy of Facebook's ("Comet") compose surfaces, built from
// shared/docs/site-dom-facts.md §2. Routes: / (feed), /messages/t/<id>
// (Messenger), /<slug> and /me (profile). See tests/pages/README.md.
import { useRef, useState } from 'react';
import { render } from 'react-dom';
import { installHarness, markReady, pickFiles, toggleTheme, type PickedFile } from '../common/harness';
import { Link, useRoute } from '../common/router';
import { LexicalBox } from '../common/LexicalBox';
import { DivButton } from '../common/DivButton';
import { Avatar } from '../common/Avatar';
import { CreatePostDialog, Feed, FeedComposer, MIND, SEED_POSTS, type FbComment, type FbPost } from './Feed';
import { ChatHead, MessengerPage, useThreads } from './Messenger';
import { Profile, ProfileInlineComposer } from './Profile';
import { ME, personById, personFor, type FbPerson } from './people';
import './facebook.css';

installHarness('facebook', document.body.dataset.surface ?? 'feed', (theme) => {
  const html = document.documentElement;
  html.classList.toggle('__fb-dark-mode', theme === 'dark');
  html.classList.toggle('__fb-light-mode', theme !== 'dark');
});

/**
 * Facebook pre-renders several Lexical editors page-wide (Stories, a comment
 * composer, a chat tab, a status composer), some under aria-hidden
 * ancestors, some zero-sized, one display:none (site-dom-facts §2.1). They
 * are real editors, registered with surface "facebook.hidden".
 */
function HiddenEditors() {
  const common = { surface: 'facebook.hidden', className: 'notranslate fb-editor', paragraphClassName: 'xdj266r' };
  return (
    <>
      <div aria-hidden="true" className="fb-precache-zero">
        <LexicalBox {...common} namespace="StoriesTextComposer" ariaLabel="Start typing" ariaPlaceholder="Start typing" />
        <LexicalBox {...common} namespace="UFI2CommentComposer" ariaLabel="Write a comment…" ariaPlaceholder="Write a comment…" />
      </div>
      <div aria-hidden="true" style={{ display: 'none' }}>
        <LexicalBox {...common} namespace="MWChatTab" ariaLabel="Message" ariaPlaceholder="Aa" />
      </div>
      <div aria-hidden="true" className="fb-precache-offscreen">
        <LexicalBox {...common} namespace="ComposerStatusEditor" ariaLabel={MIND} ariaPlaceholder={MIND} />
      </div>
    </>
  );
}

function TopBar() {
  return (
    <div role="banner" className="fb-banner">
      <Link href="/" aria-label="Facebook" className="fb-logo">
        f
      </Link>
      <input type="search" aria-label="Search Facebook" placeholder="Search Facebook" className="fb-search" />
      <nav aria-label="Facebook" className="fb-nav">
        <Link href="/" aria-label="Home">
          🏠
        </Link>
        <Link href="/messages/t/100012345678" aria-label="Messenger">
          💬
        </Link>
      </nav>
      <div className="fb-account">
        <DivButton label="Dark mode" className="fb-icon-button" data-test-theme-toggle="" onActivate={toggleTheme}>
          🌓
        </DivButton>
        <Link href="/me" aria-label="Your profile">
          <Avatar name={ME.name} size={36} />
        </Link>
      </div>
    </div>
  );
}

function App() {
  const route = useRoute('facebook');
  const [posts, setPosts] = useState<FbPost[]>(SEED_POSTS);
  const [dialog, setDialog] = useState(false);
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [chatWith, setChatWith] = useState<FbPerson | null>(null);
  const { threads, send } = useThreads();
  const fileInput = useRef<HTMLInputElement | null>(null);

  const addComment = (id: string, c: FbComment) => setPosts((ps) => ps.map((p) => (p.id === id ? { ...p, comments: [...p.comments, c] } : p)));
  // Setting files on the page-level input opens the Create post dialog (§2.3).
  const onFiles = (list: FileList | null) => {
    if (!list?.length) return;
    setFiles((f) => [...f, ...pickFiles(list)]);
    setDialog(true);
  };
  const composer = <FeedComposer onOpen={() => setDialog(true)} onFiles={onFiles} inputRef={fileInput} />;

  let page: any;
  let title = 'Facebook';
  switch (route.surface) {
    case 'feed':
      page = <Feed posts={posts} onComment={addComment} composer={composer} />;
      break;
    case 'messenger':
      title = 'Messenger | Facebook';
      page = <MessengerPage threadId={route.segments[2]} threads={threads} send={send} />;
      break;
    case 'profile': {
      const slug = route.segments[0] === 'profile.php' ? personById(route.query.get('id') ?? '')?.slug ?? 'profile' : route.segments[0]!;
      const person = personFor(slug, route.query);
      title = `${person.name} | Facebook`;
      // Own profile: the feed's trigger, or (?composer=inline) the inline text box of site-dom-facts §2.1 item 2.
      const own = person.id !== ME.id ? null : route.query.get('composer') === 'inline' ? (
        <ProfileInlineComposer
          onPhoto={() => fileInput.current?.click()}
          inputRef={fileInput}
          onFiles={onFiles}
          onPosted={(text, posted) =>
            setPosts((ps) => [{ id: `new${ps.length}`, author: ME.name, authorHref: '/me', time: 'Just now', text, images: posted.map((f) => f.url), comments: [], commentLabel: 'Write a comment…' }, ...ps])
          }
        />
      ) : (
        composer
      );
      page = <Profile key={slug} person={person} composer={own} onMessage={setChatWith} />;
      break;
    }
    default:
      page = (
        <div role="main" className="fb-card fb-notfound">
          <h2>This content isn't available right now</h2>
          <Link href="/">Go to Feed</Link>
        </div>
      );
  }
  document.title = title;
  markReady(route.surface);

  return (
    <div className="fb-app">
      <TopBar />
      {page}
      <HiddenEditors />
      {dialog ? (
        <CreatePostDialog
          files={files}
          onAddFiles={() => fileInput.current?.click()}
          onTakeFiles={(list) => setFiles((f) => [...f, ...pickFiles(list)])}
          onRemoveFiles={() => setFiles([])}
          onClose={() => {
            setDialog(false);
            setFiles([]);
          }}
          onPosted={(text, posted) => {
            setPosts((ps) => [
              { id: `new${ps.length}`, author: ME.name, authorHref: '/me', time: 'Just now', text, images: posted.map((f) => f.url), comments: [], commentLabel: 'Write a comment…' },
              ...ps,
            ]);
            setFiles([]);
            setDialog(false);
          }}
        />
      ) : null}
      {chatWith ? (
        <ChatHead person={chatWith} messages={threads[chatWith.id] ?? []} onSend={(t) => send(chatWith.id, t)} onClose={() => setChatWith(null)} />
      ) : null}
    </div>
  );
}

render(<App />, document.getElementById('mount')!);
