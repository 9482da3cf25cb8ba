/** @jsxImportSource react */
// Instagram DMs (/direct/inbox/, /direct/t/<id>/; site-dom-facts §3.3):
// Lexical div[aria-label="Message"][contenteditable][role=textbox]
// (class notranslate, aria-placeholder "Message..."); Enter sends,
// Shift+Enter = newline; a "Send" div[role=button] appears with text.
import { useRef, useState } from 'react';
import { LexicalBox, type EditorApi } from '../common/LexicalBox';
import { DivButton } from '../common/DivButton';
import { Avatar } from '../common/Avatar';
import { Link } from '../common/router';
import { recordPublish } from '../common/harness';
import { DroppedPreviews, useDroppedFiles } from '../common/DroppedFiles';
import { Icon } from './Feed';
import { USERS, userByThread } from './people';

export interface IgDm {
  mine: boolean;
  text: string;
}

function Composer(props: { onSend: (text: string) => void }) {
  const api = useRef<EditorApi | null>(null);
  const [hasText, setHasText] = useState(false);
  // Pictures pasted or dropped on the box (preview: a guess).
  const media = useDroppedFiles();
  const send = (via: string) => {
    const text = api.current!.text();
    if (!text.trim() && !media.files.length) return;
    recordPublish({ surface: 'instagram.dm', text, files: media.infos(), via });
    props.onSend(text);
    api.current!.clear();
    media.clear();
  };
  return (
    <div className="ig-dm-composer">
      <DroppedPreviews files={media.files} onRemove={media.remove} />
      <button type="button" className="ig-icon-button">
        <Icon label="Choose an emoji" glyph="☺" />
      </button>
      <LexicalBox
        surface="instagram.dm"
        namespace="IGDMComposer"
        ariaLabel="Message"
        ariaPlaceholder="Message..."
        className="xzsf02u x1a2a7pz x1n2onr6 x14wi4xw notranslate ig-dm-editor"
        wrapperClassName="ig-dm-wrap"
        placeholderClassName="ig-placeholder"
        submitKey="enter"
        onSubmit={send}
        onTextChange={(t) => setHasText(t.trim().length > 0)}
        onFiles={media.add}
        apiRef={api}
        autoFocus
      />
      {hasText || media.files.length ? (
        <DivButton className="ig-send" onActivate={send}>
          Send
        </DivButton>
      ) : (
        <button type="button" className="ig-icon-button">
          <Icon label="Voice Clip" glyph="🎙" />
        </button>
      )}
    </div>
  );
}

export function Direct(props: { threadId?: string; threads: Record<string, IgDm[]>; send: (id: string, text: string) => void }) {
  const peer = props.threadId ? userByThread(props.threadId) : null;
  return (
    <div className="ig-direct" role="main">
      <nav className="ig-inbox" aria-label="Thread list">
        <h1>Messages</h1>
        {USERS.map((u) => (
          <Link key={u.threadId} href={`/direct/t/${u.threadId}/`} className={peer?.threadId === u.threadId ? 'ig-thread ig-selected' : 'ig-thread'}>
            <Avatar name={u.name || u.username} size={44} />
            <span>{u.name || u.username}</span>
          </Link>
        ))}
      </nav>
      {peer ? (
        <section className="ig-conversation" aria-label={`Conversation with ${peer.username}`}>
          <header className="ig-conv-head">
            <Avatar name={peer.name || peer.username} size={32} />
            <Link href={`/${peer.username}/`} className="ig-strong">
              {peer.name || peer.username}
            </Link>
          </header>
          <div className="ig-dm-list" role="grid" aria-label={`Messages in conversation with ${peer.username}`}>
            {(props.threads[peer.threadId] ?? []).map((m, i) => (
              <div key={i} role="row" className={m.mine ? 'ig-dm ig-dm-mine' : 'ig-dm'}>
                <span dir="auto">{m.text}</span>
              </div>
            ))}
          </div>
          <Composer key={peer.threadId} onSend={(t) => props.send(peer.threadId, t)} />
        </section>
      ) : (
        <section className="ig-conversation ig-empty">
          <h2>Your messages</h2>
          <p>Send a message to start a chat.</p>
        </section>
      )}
    </div>
  );
}
