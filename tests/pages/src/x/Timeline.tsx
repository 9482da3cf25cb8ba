/** @jsxImportSource react */
// X home timeline (inline composer + tweets), the /compose/post modal
// (which coexists with the home inline composer, both with
// tweetTextarea_0), the reply dialog, and /<user>/status/<id> with its
// inline "Post your reply" composer.
import { useEffect } from 'react';
import { Avatar } from '../common/Avatar';
import { Link, navigate } from '../common/router';
import type { PickedFile } from '../common/harness';
import { Composer } from './Composer';
import { ME, userFor } from './people';

export interface Tweet {
  id: string;
  handle: string;
  text: string;
  time: string;
  media?: string[];
  replyTo?: string;
}

export const SEED_TWEETS: Tweet[] = [
  { id: '1790000000000000001', handle: 'LincolnHighOK', text: 'Robotics team took 2nd at State this weekend! 🤖🏆 #GoLions', time: '2h' },
  { id: '1790000000000000002', handle: 'MrsGarciaTeaches', text: 'Grading essays with a fresh pot of coffee. Send help ☕', time: '4h' },
  { id: '1790000000000000003', handle: 'jayden_m2028', text: 'game day tomorrow lets gooo 🏈', time: '6h' },
];

export function TweetArticle(props: { tweet: Tweet; onReply?: (t: Tweet) => void; focused?: boolean }) {
  const t = props.tweet;
  const u = userFor(t.handle);
  return (
    <article data-testid="tweet" role="article" tabIndex={0} className={props.focused ? 'x-tweet x-tweet-focused' : 'x-tweet'} aria-labelledby={`t-${t.id}`}>
      <Avatar name={u.name} />
      <div className="x-tweet-body">
        <div data-testid="User-Name" className="x-tweet-head">
          <Link href={`/${u.handle}`} className="x-strong">
            {u.name}
          </Link>
          <span className="x-muted">@{u.handle}</span>
          <Link href={`/${u.handle}/status/${t.id}`} className="x-muted">
            <time>{t.time}</time>
          </Link>
        </div>
        {t.replyTo ? <div className="x-muted">Replying to @{t.replyTo}</div> : null}
        <div data-testid="tweetText" id={`t-${t.id}`} lang="en" dir="auto" className="x-tweet-text">
          {t.text}
        </div>
        {t.media?.length ? (
          <div className="x-tweet-media">
            {t.media.map((m, i) => (
              <img key={i} src={m} alt="Image" />
            ))}
          </div>
        ) : null}
        <div role="group" className="x-tweet-actions">
          <button type="button" data-testid="reply" aria-label="Reply" onClick={() => props.onReply?.(t)}>
            💬
          </button>
          <button type="button" data-testid="retweet" aria-label="Repost">
            🔁
          </button>
          <button type="button" data-testid="like" aria-label="Like">
            ♡
          </button>
        </div>
      </div>
    </article>
  );
}

function Modal(props: { label: string; onClose: () => void; children: any }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && props.onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="x-layers">
      <div className="x-mask" onClick={props.onClose} />
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="x-modal">
        <div className="x-modal-head">
          <button type="button" role="button" data-testid="app-bar-close" aria-label="Close" className="x-icon" onClick={props.onClose}>
            ✕
          </button>
          <h2 id="modal-header" className="x-visually-hidden">
            {props.label}
          </h2>
          <span className="x-drafts">Drafts</span>
        </div>
        {props.children}
      </div>
    </div>
  );
}

export function ComposeModal(props: { mobile: boolean; onPosted: (parts: string[], files: PickedFile[]) => void; onClose: () => void }) {
  if (props.mobile) {
    // Small layout: a full page with a <textarea>, no modal (site-dom-facts §1.1).
    return (
      <main role="main" className="x-mobile-compose">
        <div className="x-modal-head">
          <button type="button" data-testid="app-bar-close" aria-label="Close" className="x-icon" onClick={props.onClose}>
            ←
          </button>
        </div>
        <Composer surface="x.post.mobile" buttonTestId="tweetButton" buttonLabel="Post" placeholder="What's happening?" mobile autoFocus onPosted={props.onPosted} />
      </main>
    );
  }
  return (
    <Modal label="Compose new post" onClose={props.onClose}>
      <Composer surface="x.post" buttonTestId="tweetButton" buttonLabel="Post" placeholder="What's happening?" thread autoFocus onPosted={props.onPosted} />
    </Modal>
  );
}

export function ReplyModal(props: { tweet: Tweet; onPosted: (parts: string[], files: PickedFile[]) => void; onClose: () => void }) {
  return (
    <Modal label="Reply" onClose={props.onClose}>
      <TweetArticle tweet={props.tweet} />
      <div className="x-muted x-replying">
        Replying to <Link href={`/${props.tweet.handle}`}>@{props.tweet.handle}</Link>
      </div>
      <Composer surface="x.reply" buttonTestId="tweetButton" buttonLabel="Reply" placeholder="Post your reply" autoFocus onPosted={props.onPosted} />
    </Modal>
  );
}

export function Home(props: { tweets: Tweet[]; onPosted: (parts: string[], files: PickedFile[]) => void; onReply: (t: Tweet) => void }) {
  return (
    <>
      <div className="x-column-head">
        <h2>Home</h2>
        <div role="tablist" className="x-tabs">
          <a role="tab" aria-selected="true" href="/home">
            For you
          </a>
          <a role="tab" aria-selected="false" href="/home">
            Following
          </a>
        </div>
      </div>
      <div className="x-inline-composer">
        <Composer surface="x.post" buttonTestId="tweetButtonInline" buttonLabel="Post" placeholder="What's happening?" onPosted={props.onPosted} />
      </div>
      <section aria-labelledby="timeline-h" role="region">
        <h1 id="timeline-h" className="x-visually-hidden">
          Your Home Timeline
        </h1>
        <div aria-label="Timeline: Your Home Timeline">
          {props.tweets.map((t) => (
            <div key={t.id} data-testid="cellInnerDiv">
              <TweetArticle tweet={t} onReply={props.onReply} />
            </div>
          ))}
        </div>
      </section>
    </>
  );
}

export function Status(props: { tweet: Tweet; replies: Tweet[]; onPosted: (parts: string[], files: PickedFile[]) => void; onReply: (t: Tweet) => void }) {
  return (
    <>
      <div className="x-column-head">
        <button type="button" aria-label="Back" data-testid="app-bar-back" className="x-icon" onClick={() => history.length > 1 ? history.back() : navigate('/home')}>
          ←
        </button>
        <h2>Post</h2>
      </div>
      <TweetArticle tweet={props.tweet} focused onReply={props.onReply} />
      <div className="x-inline-composer">
        <div className="x-muted x-replying">
          Replying to <Link href={`/${props.tweet.handle}`}>@{props.tweet.handle}</Link>
        </div>
        <Composer surface="x.reply" buttonTestId="tweetButtonInline" buttonLabel="Reply" placeholder="Post your reply" onPosted={props.onPosted} />
      </div>
      {props.replies.map((t) => (
        <div key={t.id} data-testid="cellInnerDiv">
          <TweetArticle tweet={t} onReply={props.onReply} />
        </div>
      ))}
    </>
  );
}

export function newTweet(text: string, media: PickedFile[], replyTo?: string): Tweet {
  return { id: String(Date.now()) + Math.floor(Math.random() * 1000), handle: ME.handle, text, time: 'now', media: media.map((m) => m.url), replyTo };
}
