/** @jsxImportSource react */
// TikTok DMs (/messages?u=<handle>; site-dom-facts §4.4). New UI (default):
// [data-e2e="dm-new-conversation-list"] / dm-new-conversation-item,
// header [data-e2e="chat-uniqueid"], messages dm-new-chat-item, composer
// [data-e2e="dm-new-input-editor"] holding a Draft.js contenteditable, send
// [data-e2e="dm-new-send-btn"] only once there is text. Old UI (?ui=old):
// [data-e2e="message-input-area"] + Draft.js, send [data-e2e="message-send"]
// (an SVG; the click handler is on its parent). Enter sends in both.
import { useRef, useState } from 'react';
import { DraftBox } from '../common/DraftBox';
import { Avatar } from '../common/Avatar';
import { Link, navigate } from '../common/router';
import { recordPublish } from '../common/harness';
import { DroppedPreviews, useDroppedFiles } from '../common/DroppedFiles';
import type { EditorApi } from '../common/LexicalBox';
import { USERS, userFor } from './people';

export interface TtDm {
  mine: boolean;
  text: string;
}

function Composer(props: { old: boolean; onSend: (text: string) => void }) {
  const api = useRef<EditorApi | null>(null);
  const [hasText, setHasText] = useState(false);
  // Pictures pasted or dropped on the box (whether TikTok web DMs take them is a guess).
  const media = useDroppedFiles();
  const send = (via: string) => {
    const text = api.current!.text();
    if (!text.trim() && !media.files.length) return;
    recordPublish({ surface: 'tiktok.dm', text, files: media.infos(), via });
    props.onSend(text);
    api.current!.clear();
    media.clear();
  };
  const editor = (
    <>
      <DroppedPreviews files={media.files} onRemove={media.remove} />
      <DraftBox surface="tiktok.dm" placeholder="Send a message..." className="tt-draft" submitKey="enter" onSubmit={send} onTextChange={(t) => setHasText(t.trim().length > 0)} onFiles={media.add} apiRef={api} autoFocus />
    </>
  );
  if (props.old) {
    return (
      <div className="tt-dm-bar">
        <div data-e2e="message-input-area" className="tt-dm-input">
          {editor}
        </div>
        <div className="tt-send-wrap" onClick={() => send('click')}>
          <svg data-e2e="message-send" width="32" height="32" viewBox="0 0 48 48" fill="currentColor" role="img" aria-label="Send">
            <path d="M6 40 L44 24 L6 8 L6 20 L32 24 L6 28 Z" />
          </svg>
        </div>
      </div>
    );
  }
  return (
    <div className="tt-dm-bar">
      <div data-e2e="dm-new-input-editor" className="tt-dm-input">
        {editor}
      </div>
      {hasText || media.files.length ? (
        <button type="button" data-e2e="dm-new-send-btn" aria-label="Send" className="tt-send" onClick={() => send('click')}>
          ➤
        </button>
      ) : null}
    </div>
  );
}

export function Messages(props: { handle: string | null; old: boolean; threads: Record<string, TtDm[]>; send: (handle: string, text: string) => void }) {
  const peer = userFor(props.handle ?? USERS[0]!.handle);
  const suffix = props.old ? '&ui=old' : '';
  return (
    <div className="tt-messages" role="main">
      <div data-e2e={props.old ? 'message-list' : 'dm-new-conversation-list'} className="tt-conv-list">
        <h2>Messages</h2>
        {USERS.map((u) => (
          <div
            key={u.handle}
            data-e2e={props.old ? 'chat-list-item' : 'dm-new-conversation-item'}
            role="button"
            tabIndex={0}
            className={u.handle === peer.handle ? 'tt-conv tt-selected' : 'tt-conv'}
            onClick={() => navigate(`/messages?lang=en&u=${encodeURIComponent(u.handle)}${suffix}`)}
          >
            <Avatar name={u.name} size={48} />
            <span>{u.name}</span>
          </div>
        ))}
      </div>
      <section className="tt-chat" aria-label={`Chat with ${peer.handle}`}>
        <header className="tt-chat-head">
          <Avatar name={peer.name} size={48} />
          <div>
            <b>{peer.name}</b>
            <Link href={`/@${peer.handle}`} data-e2e="chat-uniqueid" className="tt-muted">
              @{peer.handle}
            </Link>
          </div>
        </header>
        <div className="tt-chat-list">
          {(props.threads[peer.handle] ?? []).map((m, i) => (
            <div key={i} data-e2e={props.old ? 'chat-item' : 'dm-new-chat-item'} className={m.mine ? 'tt-dm tt-dm-mine' : 'tt-dm'}>
              {m.text}
            </div>
          ))}
        </div>
        <Composer key={peer.handle} old={props.old} onSend={(t) => props.send(peer.handle, t)} />
      </section>
    </div>
  );
}
