/** @jsxImportSource react */
// Instagram posts (feed and /p/<id>) with the comment form
// (site-dom-facts §3.2): form > textarea[aria-label="Add a comment…"]
// [placeholder="Add a comment…"] (real "…") and a "Post" div[role=button]
// that appears with text; Enter posts. With ?comments=lexical the box is
// the Lexical variant some 2025-26 sources probe
// (div[role=textbox][aria-label="Add a comment…"][data-lexical-editor]).
import { useRef, useState } from 'react';
import { TextareaBox } from '../common/TextareaBox';
import { LexicalBox, type EditorApi } from '../common/LexicalBox';
import { DivButton } from '../common/DivButton';
import { Avatar } from '../common/Avatar';
import { Link } from '../common/router';
import { recordPublish } from '../common/harness';
import { ME } from './people';

export function Icon(props: { label: string; glyph: string; size?: number }) {
  const size = props.size ?? 24;
  return (
    <svg aria-label={props.label} className="x1lliihq x1n2onr6 x5n08af" fill="currentColor" height={size} width={size} role="img" viewBox="0 0 24 24">
      <title>{props.label}</title>
      <text x="12" y="17" textAnchor="middle" fontSize="16">
        {props.glyph}
      </text>
    </svg>
  );
}

export interface IgComment {
  user: string;
  text: string;
}
export interface IgPost {
  id: string;
  user: string;
  caption: string;
  likes: string;
  time: string;
  comments: IgComment[];
  image?: string;
}

export const SEED_POSTS: IgPost[] = [
  { id: 'C9xYzAbCdEf', user: 'lincolnhighok', caption: 'State runners-up! So proud of our robotics team 🤖🏆 #golions', likes: '842', time: '2h', comments: [{ user: 'maria.lopez.rn', text: 'Go Lions!! 🦁' }] },
  { id: 'C9aBcDeFgHi', user: 'mrs.garcia.teaches', caption: 'First day of spring break ☀️📚', likes: '97', time: '1d', comments: [] },
  { id: 'C9jKlMnOpQr', user: 'jayden.m.2028', caption: 'game day 🏈 #12', likes: '230', time: '3d', comments: [] },
];

function CommentForm(props: { lexical: boolean; onComment: (text: string) => void }) {
  const api = useRef<EditorApi | null>(null);
  const [hasText, setHasText] = useState(false);
  const post = (via: string) => {
    const text = api.current!.text();
    if (!text.trim()) return;
    recordPublish({ surface: 'instagram.comment', text, files: [], via });
    props.onComment(text);
    api.current!.clear();
  };
  const common = {
    surface: 'instagram.comment',
    submitKey: 'enter' as const,
    onSubmit: post,
    onTextChange: (t: string) => setHasText(t.trim().length > 0),
    apiRef: api,
  };
  return (
    <section className="ig-comment-section">
      <form
        method="POST"
        className="ig-comment-form"
        onSubmit={(e: Event) => {
          e.preventDefault();
          post('click');
        }}
      >
        <button type="button" className="ig-emoji" aria-label="Emoji">
          <Icon label="Emoji" glyph="☺" />
        </button>
        {props.lexical ? (
          <LexicalBox
            {...common}
            namespace="PolarisCommentComposer"
            ariaLabel="Add a comment…"
            placeholder="Add a comment…"
            className="ig-comment-lexical notranslate"
            wrapperClassName="ig-comment-lexical-wrap"
            placeholderClassName="ig-placeholder"
          />
        ) : (
          <TextareaBox {...common} attrs={{ 'aria-label': 'Add a comment…', placeholder: 'Add a comment…', autoComplete: 'off', autoCorrect: 'off', className: 'x1i0vuye ig-comment-textarea', rows: 1 }} />
        )}
        {hasText ? (
          <DivButton className="ig-post-link" onActivate={post}>
            Post
          </DivButton>
        ) : null}
      </form>
    </section>
  );
}

export function PostArticle(props: { post: IgPost; lexicalComments: boolean; onComment: (id: string, c: IgComment) => void; page?: boolean }) {
  const p = props.post;
  return (
    <article className={props.page ? 'ig-post ig-post-page' : 'ig-post'} role="presentation">
      <header className="ig-post-head">
        <Avatar name={p.user} size={32} />
        <Link href={`/${p.user}/`} className="ig-strong">
          {p.user}
        </Link>
        <span className="ig-muted">• {p.time}</span>
      </header>
      <div className="ig-post-media" role="img" aria-label={`Photo by ${p.user}`}>
        {p.image ? <img src={p.image} alt="" /> : null}
      </div>
      <div className="ig-post-side">
        <section className="ig-actions">
          <button type="button" className="ig-icon-button">
            <Icon label="Like" glyph="♡" />
          </button>
          <Link href={`/p/${p.id}/`} className="ig-icon-button">
            <Icon label="Comment" glyph="💬" />
          </Link>
          <button type="button" className="ig-icon-button">
            <Icon label="Share" glyph="➤" />
          </button>
        </section>
        <div className="ig-strong">{p.likes} likes</div>
        <div className="ig-caption" dir="auto">
          <Link href={`/${p.user}/`} className="ig-strong">
            {p.user}
          </Link>{' '}
          {p.caption}
        </div>
        <ul className="ig-comments">
          {p.comments.map((c, i) => (
            <li key={i} dir="auto">
              <span className="ig-strong">{c.user}</span> <span className="ig-comment-text">{c.text}</span>
            </li>
          ))}
        </ul>
        <CommentForm lexical={props.lexicalComments} onComment={(text) => props.onComment(p.id, { user: ME.username, text })} />
      </div>
    </article>
  );
}
