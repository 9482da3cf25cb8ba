/** @jsxImportSource react */
// Facebook feed: the "What's on your mind?" trigger, the page-level file
// input, the "Create post" dialog (Lexical) and posts with Lexical comment
// boxes (Enter sends, Shift+Enter = newline).
import { useRef, useState } from 'react';
import { LexicalBox, type EditorApi } from '../common/LexicalBox';
import { DivButton } from '../common/DivButton';
import { Avatar } from '../common/Avatar';
import { Link } from '../common/router';
import { fileInfos, pickFiles, recordPublish, type PickedFile } from '../common/harness';
import { ME } from './people';

/** The accept string at least six independent bots select (site-dom-facts §2.3). */
export const FB_ACCEPT = 'image/*,image/heif,image/heic,video/*,video/mp4,video/x-m4v,video/x-matroska,.mkv';

/** The hidden photo/video input behind "Photo/video" (feed and profile composers); cleared after each pick. */
export function PhotoInput(props: { inputRef: any; onFiles: (files: FileList | null) => void }) {
  return (
    <input
      ref={props.inputRef}
      type="file"
      multiple
      accept={FB_ACCEPT}
      className="x1s85apg"
      onChange={(e: Event) => {
        const input = e.target as HTMLInputElement;
        props.onFiles(input.files);
        input.value = '';
      }}
    />
  );
}
const FIRST = ME.name.split(' ')[0];
export const MIND = `What's on your mind, ${FIRST}?`;
const P_CLASS = 'xdj266r x11i5rnm xat24cr x1mh8g0r x16tdsg8';

export interface FbComment {
  author: string;
  text: string;
}
export interface FbPost {
  id: string;
  author: string;
  authorHref: string;
  time: string;
  text: string;
  images?: string[];
  comments: FbComment[];
  commentLabel: string;
}

export const SEED_POSTS: FbPost[] = [
  {
    id: 'p1',
    author: 'Lincoln High School',
    authorHref: '/LincolnHighOK',
    time: '2h',
    text: 'Congratulations to our robotics team on a 2nd place finish at State! 🤖🏆',
    comments: [{ author: 'Maria Lopez', text: 'So proud of these kids!' }],
    commentLabel: 'Write a comment…',
  },
  {
    id: 'p2',
    author: 'Maria Lopez',
    authorHref: '/maria.lopez.2019',
    time: '5h',
    text: 'Throwback to senior year with the best algebra teacher 😊',
    comments: [],
    commentLabel: 'Write a public comment…',
  },
  {
    id: 'p3',
    author: 'Jayden Miller',
    authorHref: '/jayden.m.2028',
    time: 'Yesterday',
    text: 'Game day tomorrow!! Come out and support the JV Lions 🏈',
    comments: [],
    commentLabel: `Comment as ${ME.name}`,
  },
];

function CommentBox(props: { post: FbPost; label: string; onComment: (text: string) => void; autoFocus?: boolean }) {
  const api = useRef<EditorApi | null>(null);
  const [hasText, setHasText] = useState(false);
  const lastVia = useRef('enter');
  const submit = () => {
    const text = api.current!.text();
    if (!text.trim()) return;
    recordPublish({ surface: 'facebook.comment', text, files: [], via: lastVia.current });
    props.onComment(text);
    api.current!.clear();
  };
  return (
    <div className="fb-comment-composer">
      <Avatar name={ME.name} size={32} />
      <div className="fb-comment-input">
        <LexicalBox
          surface="facebook.comment"
          namespace="UFI2CommentComposer"
          ariaLabel={props.label}
          ariaPlaceholder={props.label}
          className="xzsf02u x1a2a7pz x1n2onr6 x14wi4xw notranslate fb-editor fb-editor-comment"
          paragraphClassName={P_CLASS}
          submitKey="enter"
          autoFocus={props.autoFocus}
          onSubmit={() => {
            lastVia.current = 'enter';
            submit();
          }}
          onTextChange={(t) => setHasText(t.trim().length > 0)}
          apiRef={api}
        />
        <DivButton
          label="Comment"
          className="fb-icon-button fb-comment-send"
          disabled={!hasText}
          onActivate={(via) => {
            lastVia.current = via;
            submit();
          }}
        >
          ➤
        </DivButton>
      </div>
    </div>
  );
}

function Post(props: { post: FbPost; onComment: (id: string, c: FbComment) => void }) {
  const { post } = props;
  const [replyTo, setReplyTo] = useState<string | null>(null);
  return (
    <div className="fb-card fb-post" role="article" aria-labelledby={`${post.id}-author`}>
      <div className="fb-post-head">
        <Avatar name={post.author} />
        <div>
          <Link id={`${post.id}-author`} className="fb-strong" href={post.authorHref}>
            {post.author}
          </Link>
          <div className="fb-muted">{post.time} · 🌎</div>
        </div>
      </div>
      <div className="fb-post-text" dir="auto">
        {post.text.split('\n').map((line, i) => (
          <div key={i}>{line || '\u00a0'}</div>
        ))}
      </div>
      {post.images?.length ? (
        <div className="fb-post-images">
          {post.images.map((src, i) => (
            <img key={i} src={src} alt="May be an image" />
          ))}
        </div>
      ) : null}
      <div className="fb-post-actions">
        <DivButton label="Like" className="fb-action" onActivate={() => undefined}>
          👍 Like
        </DivButton>
        <DivButton label="Leave a comment" className="fb-action" onActivate={() => undefined}>
          💬 Comment
        </DivButton>
        <DivButton label="Send this to friends or post it on your profile." className="fb-action" onActivate={() => undefined}>
          ↗ Share
        </DivButton>
      </div>
      <ul className="fb-comments">
        {post.comments.map((c, i) => (
          <li key={i} className="fb-comment" role="article" aria-label={`Comment by ${c.author}`}>
            <Avatar name={c.author} size={32} />
            <div>
              <div className="fb-comment-bubble">
                <span className="fb-strong">{c.author}</span>
                <div dir="auto">{c.text}</div>
              </div>
              <DivButton className="fb-link-button" onActivate={() => setReplyTo(c.author)}>
                Reply
              </DivButton>
            </div>
          </li>
        ))}
      </ul>
      {replyTo ? (
        <CommentBox
          key={`reply-${replyTo}`}
          post={post}
          label={`Reply to ${replyTo}`}
          autoFocus
          onComment={(text) => {
            props.onComment(post.id, { author: ME.name, text });
            setReplyTo(null);
          }}
        />
      ) : null}
      <CommentBox post={post} label={post.commentLabel} onComment={(text) => props.onComment(post.id, { author: ME.name, text })} />
    </div>
  );
}

export function CreatePostDialog(props: {
  files: PickedFile[];
  onAddFiles: () => void;
  /** Pictures pasted or dropped on the text box: previewed like picked ones (a guess; §2.3 says nothing) */
  onTakeFiles: (files: File[]) => void;
  onRemoveFiles: () => void;
  onClose: () => void;
  onPosted: (text: string, files: PickedFile[]) => void;
}) {
  const api = useRef<EditorApi | null>(null);
  const [hasText, setHasText] = useState(false);
  const canPost = hasText || props.files.length > 0;
  const post = (via: string) => {
    const text = api.current!.text();
    recordPublish({ surface: 'facebook.post', text, files: fileInfos(props.files.map((f) => f.file)), via });
    props.onPosted(text, props.files);
  };
  return (
    <div className="fb-layer" onMouseDown={(e: MouseEvent) => e.target === e.currentTarget && props.onClose()}>
      <div role="dialog" aria-label="Create post" aria-modal="true" className="fb-dialog" tabIndex={-1}>
        <div className="fb-dialog-head">
          <h2 dir="auto">Create post</h2>
          <DivButton label="Close" className="fb-icon-button fb-close" onActivate={props.onClose}>
            ✕
          </DivButton>
        </div>
        <div className="fb-dialog-body">
          <div className="fb-post-head">
            <Avatar name={ME.name} />
            <div>
              <div className="fb-strong">{ME.name}</div>
              <DivButton label="Edit privacy. Sharing with Friends." className="fb-audience" onActivate={() => undefined}>
                👥 Friends ▾
              </DivButton>
            </div>
          </div>
          <LexicalBox
            surface="facebook.post"
            namespace="ComposerStatusEditor"
            ariaLabel={MIND}
            ariaPlaceholder={MIND}
            className="xzsf02u x1a2a7pz x1n2onr6 x14wi4xw x9f619 x1lliihq x5yr21d xh8yej3 notranslate fb-editor fb-editor-post"
            paragraphClassName={P_CLASS}
            attrs={{ 'aria-describedby': 'fb-composer-hint' }}
            autoFocus
            onTextChange={(t) => setHasText(t.trim().length > 0)}
            onFiles={props.onTakeFiles}
            apiRef={api}
          />
          <span id="fb-composer-hint" hidden>
            Press Post to share with Friends
          </span>
          {props.files.length ? (
            <div className="fb-attachments">
              <DivButton label="Remove post attachment" className="fb-icon-button fb-remove-attachment" onActivate={props.onRemoveFiles}>
                ✕
              </DivButton>
              {props.files.map((f, i) =>
                f.kind === 'video' ? (
                  <video key={i} src={f.url} aria-label={f.file.name} muted />
                ) : (
                  <img key={i} src={f.url} alt={f.file.name} />
                ),
              )}
            </div>
          ) : null}
          <div className="fb-add-to-post">
            <span>Add to your post</span>
            <DivButton label="Photo/video" className="fb-icon-button" onActivate={props.onAddFiles}>
              🖼
            </DivButton>
            <DivButton label="Tag people" className="fb-icon-button" onActivate={() => undefined}>
              🏷
            </DivButton>
            <DivButton label="Feeling/activity" className="fb-icon-button" onActivate={() => undefined}>
              🙂
            </DivButton>
            <DivButton label="Check in" className="fb-icon-button" onActivate={() => undefined}>
              📍
            </DivButton>
          </div>
        </div>
        <DivButton label="Post" className="fb-primary fb-post-button" disabled={!canPost} onActivate={post}>
          <span>Post</span>
        </DivButton>
      </div>
    </div>
  );
}

/** The feed composer trigger, Photo/video button and the page-level file input. */
export function FeedComposer(props: { onOpen: () => void; onFiles: (files: FileList | null) => void; inputRef: { current: HTMLInputElement | null } }) {
  return (
    <div className="fb-card fb-feed-composer" data-pagelet="FeedComposer">
      <div className="fb-feed-composer-row">
        <Link href="/me" aria-label="Your profile">
          <Avatar name={ME.name} />
        </Link>
        <DivButton className="fb-mind" onActivate={props.onOpen}>
          <span>{MIND}</span>
        </DivButton>
      </div>
      <div className="fb-feed-composer-actions">
        <DivButton label="Live video" className="fb-action" onActivate={() => undefined}>
          🎥 Live video
        </DivButton>
        <DivButton label="Photo/video" className="fb-action" onActivate={() => props.inputRef.current?.click()}>
          🖼 Photo/video
        </DivButton>
        <DivButton label="Feeling/activity" className="fb-action" onActivate={() => undefined}>
          🙂 Feeling/activity
        </DivButton>
      </div>
      <PhotoInput inputRef={props.inputRef} onFiles={props.onFiles} />
    </div>
  );
}

export function Feed(props: { posts: FbPost[]; onComment: (id: string, c: FbComment) => void; composer: any }) {
  return (
    <div className="fb-feed" role="main">
      <div className="fb-card fb-stories" aria-label="Stories">
        {['Create story', 'Maria Lopez', 'Lincoln High School', 'Elena Garcia'].map((n) => (
          <div key={n} className="fb-story">
            <Avatar name={n} size={36} />
            <span>{n}</span>
          </div>
        ))}
      </div>
      {props.composer}
      <div role="feed" className="fb-posts">
        {props.posts.map((p) => (
          <Post key={p.id} post={p} onComment={props.onComment} />
        ))}
      </div>
    </div>
  );
}
