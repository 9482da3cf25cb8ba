/** @jsxImportSource react */
// TikTok For You feed ([data-e2e="feed-follow"] with aria-pressed) and the
// video page /@user/video/<id> (site-dom-facts §4.2-4.3): author with
// [data-e2e="browse-follow"], [data-e2e="comment-icon"], comments
// ([data-e2e="comment-level-1"] in comment-item), and the comment box
// [data-e2e="comment-input"] holding a Draft.js contenteditable; submit
// [data-e2e="comment-post"] is a div without a disabled attribute (it turns
// red when there is text); Enter posts, Shift+Enter = newline.
import { useRef, useState } from 'react';
import { DraftBox } from '../common/DraftBox';
import { Avatar } from '../common/Avatar';
import { Link } from '../common/router';
import { recordProfileAction, recordPublish } from '../common/harness';
import type { EditorApi } from '../common/LexicalBox';
import { ME, userFor } from './people';

export interface TtVideo {
  id: string;
  handle: string;
  desc: string;
  comments: Array<{ handle: string; text: string }>;
}

export const SEED_VIDEOS: TtVideo[] = [
  { id: '7390000000000000001', handle: 'lincolnhighok', desc: 'Robotics at State 🤖🏆 #golions #robotics', comments: [{ handle: 'maria.lopez.rn', text: 'so proud!!' }] },
  { id: '7390000000000000002', handle: 'jayden.m.2028', desc: 'pregame hype 🏈 #fridaynightlights', comments: [] },
  { id: '7390000000000000003', handle: 'mrsgarciateaches', desc: '3 books every 10th grader should read 📚', comments: [] },
];

function FollowToggle(props: { handle: string; e2e: string; compact?: boolean }) {
  const [following, setFollowing] = useState(false);
  return (
    <button
      type="button"
      data-e2e={props.e2e}
      aria-pressed={following ? 'true' : 'false'}
      className={following ? 'TUXButton TUXButton--secondary tt-follow' : 'TUXButton TUXButton--primary tt-follow'}
      onClick={() => {
        recordProfileAction('tiktok', following ? 'unfollow' : 'follow', props.handle);
        setFollowing(!following);
      }}
    >
      <div className="TUXButton-label">{props.compact ? (following ? '✓' : '+') : following ? 'Following' : 'Follow'}</div>
    </button>
  );
}

function CommentBox(props: { onComment: (text: string) => void }) {
  const api = useRef<EditorApi | null>(null);
  const [hasText, setHasText] = useState(false);
  const post = (via: string) => {
    const text = api.current!.text();
    if (!text.trim()) return;
    recordPublish({ surface: 'tiktok.comment', text, files: [], via });
    props.onComment(text);
    api.current!.clear();
  };
  return (
    <div className="tt-comment-bar" data-e2e="comment-footer">
      <div data-e2e="comment-input" className="tt-comment-input">
        <DraftBox surface="tiktok.comment" placeholder="Add comment..." className="tt-draft" submitKey="enter" onSubmit={post} onTextChange={(t) => setHasText(t.trim().length > 0)} apiRef={api} />
      </div>
      <div data-e2e="comment-post" role="button" tabIndex={0} className={hasText ? 'tt-comment-post tt-active' : 'tt-comment-post'} onClick={() => post('click')}>
        Post
      </div>
    </div>
  );
}

export function VideoPage(props: { video: TtVideo; onComment: (id: string, text: string) => void }) {
  const v = props.video;
  const author = userFor(v.handle);
  const [open, setOpen] = useState(true);
  return (
    <div className="tt-video-page" role="main">
      <div className="tt-player" data-e2e="browse-video" aria-label={`Video by ${v.handle}`} />
      <div className="tt-video-side">
        <div className="tt-author">
          <Link href={`/@${v.handle}`} className="tt-author-link">
            <Avatar name={author.name} size={40} />
            <span>
              <b data-e2e="browse-username">{v.handle}</b>
              <div className="tt-muted">{author.name}</div>
            </span>
          </Link>
          <FollowToggle handle={v.handle} e2e="browse-follow" />
        </div>
        <div data-e2e="browse-video-desc" className="tt-desc">
          {v.desc}
        </div>
        <div className="tt-actions">
          <button type="button" data-e2e="like-icon" aria-label="Like video">
            ♥
          </button>
          <button type="button" data-e2e="comment-icon" aria-label="Read or add comments" onClick={() => setOpen(!open)}>
            💬 <span data-e2e="comment-count">{v.comments.length}</span>
          </button>
        </div>
        {open ? (
          <>
            <div className="tt-comments" data-e2e="search-comment-container">
              {v.comments.map((c, i) => (
                <div key={i} data-e2e="comment-item" className="tt-comment-item">
                  <Avatar name={c.handle} size={32} />
                  <div>
                    <b>{c.handle}</b>
                    <p data-e2e="comment-level-1" className="tt-comment-text">
                      <span>{c.text}</span>
                    </p>
                  </div>
                </div>
              ))}
            </div>
            <CommentBox onComment={(text) => props.onComment(v.id, text)} />
          </>
        ) : null}
      </div>
    </div>
  );
}

export function ForYou(props: { videos: TtVideo[] }) {
  return (
    <div className="tt-foryou" role="main">
      {props.videos.map((v) => (
        <article key={v.id} data-e2e="recommend-list-item-container" className="tt-feed-item">
          <div className="tt-feed-player">
            <Link href={`/@${v.handle}/video/${v.id}`} className="tt-feed-video" aria-label={`Open video by ${v.handle}`} />
            <div className="tt-feed-actions">
              <Link href={`/@${v.handle}`} aria-label={`${v.handle} profile`}>
                <Avatar name={userFor(v.handle).name} size={48} />
              </Link>
              {v.handle !== ME.handle ? <FollowToggle handle={v.handle} e2e="feed-follow" compact /> : null}
              <Link href={`/@${v.handle}/video/${v.id}`} data-e2e="comment-icon" aria-label="Read or add comments">
                💬
              </Link>
            </div>
          </div>
          <div className="tt-feed-meta">
            <Link href={`/@${v.handle}`} data-e2e="video-author-uniqueid">
              <b>{v.handle}</b>
            </Link>
            <div data-e2e="video-desc">{v.desc}</div>
          </div>
        </article>
      ))}
    </div>
  );
}
