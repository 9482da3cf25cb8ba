/** @jsxImportSource react */
// X direct messages, both generations (site-dom-facts §1.5):
//  - XChat (/i/chat/<a>-<b>): form[data-testid="dm-composer-form"] with
//    textarea[data-testid="dm-composer-textarea"]; the send button
//    dm-composer-send-button exists only once there is text (the slot shows
//    dm-composer-voice-button otherwise); Enter sends, Shift+Enter = newline.
//    /i/chat/pin shows the passcode screen first.
//  - legacy (/messages/<a>-<b>): Draft.js [data-testid="dmComposerTextInput"]
//    + [data-testid="dmComposerSendButton"]. Enter sends here too (the fact
//    sheet does not say; [L]).
// Both composers are also docked in the messages drawer (DmDrawer.tsx).
// Pictures pasted or dropped on either box preview in
// [data-testid="attachments"] like the post composer's and go with the
// message; how X shows them in DMs is not in the fact sheet (a guess).
import { useRef, useState } from 'react';
import { TextareaBox } from '../common/TextareaBox';
import { DraftBox } from '../common/DraftBox';
import { Avatar } from '../common/Avatar';
import { Link, navigate } from '../common/router';
import { fileInfos, pickFiles, recordPublish, type PickedFile } from '../common/harness';
import type { EditorApi } from '../common/LexicalBox';
import { ME, USERS, peerOf, type XUser } from './people';

export interface Dm {
  mine: boolean;
  text: string;
}

export function conversationId(u: XUser): string {
  return `${ME.userId}-${u.userId}`;
}

export function Messages(props: { testId: string; messages: Dm[] }) {
  return (
    <div data-testid={props.testId} className="x-dm-list" aria-label="Conversation" role="log">
      {props.messages.map((m, i) => (
        <div key={i} data-testid="messageEntry" className={m.mine ? 'x-dm x-dm-mine' : 'x-dm'}>
          <span dir="auto">{m.text}</span>
        </div>
      ))}
    </div>
  );
}

/** Pictures pasted or dropped on a DM box, previewed until sent or removed. */
function useDmFiles() {
  const [files, setFiles] = useState<PickedFile[]>([]);
  const add = (list: File[]) => setFiles((fs) => [...fs, ...pickFiles(list)].slice(0, 4));
  const remove = (j: number) => setFiles((fs) => fs.filter((_, k) => k !== j));
  return { files, add, remove, clear: () => setFiles([]) };
}

function DmAttachments(props: { files: PickedFile[]; onRemove: (j: number) => void }) {
  if (!props.files.length) return null;
  return (
    <div data-testid="attachments" className="x-dm-attachments">
      {props.files.map((f, j) => (
        <div key={j} className="x-attachment">
          {f.kind === 'video' ? <video src={f.url} muted /> : <img src={f.url} alt="" draggable={false} />}
          <button type="button" data-testid="removeMedia" aria-label="Remove media" className="x-remove" onClick={() => props.onRemove(j)}>
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}

export interface DmComposerProps {
  onSend: (text: string) => void;
  autoFocus?: boolean;
}

export function XChatComposer(props: DmComposerProps) {
  const api = useRef<EditorApi | null>(null);
  const [hasText, setHasText] = useState(false);
  const media = useDmFiles();
  const send = (via: string) => {
    const text = api.current!.text();
    if (!text.trim() && !media.files.length) return;
    recordPublish({ surface: 'x.chat', text, files: fileInfos(media.files.map((f) => f.file)), via });
    props.onSend(text);
    api.current!.clear();
    media.clear();
  };
  return (
    <form
      data-testid="dm-composer-form"
      className="x-dm-form x-dm-form-media"
      onSubmit={(e: Event) => {
        e.preventDefault();
        send('click');
      }}
    >
      <DmAttachments files={media.files} onRemove={media.remove} />
      <div className="x-dm-row-input">
        <TextareaBox
          surface="x.chat"
          submitKey="enter"
          onSubmit={send}
          onTextChange={(t) => setHasText(t.trim().length > 0)}
          onFiles={media.add}
          apiRef={api}
          autoFocus={props.autoFocus ?? true}
          attrs={{ 'data-testid': 'dm-composer-textarea', placeholder: 'Message', rows: 1, className: 'x-dm-textarea', dir: 'auto' }}
        />
        {hasText || media.files.length ? (
          <button type="submit" data-testid="dm-composer-send-button" aria-label="Send" className="x-send">
            ➤
          </button>
        ) : (
          <button type="button" data-testid="dm-composer-voice-button" aria-label="Record voice message" className="x-icon">
            🎙
          </button>
        )}
      </div>
    </form>
  );
}

export function LegacyComposer(props: DmComposerProps) {
  const api = useRef<EditorApi | null>(null);
  const [hasText, setHasText] = useState(false);
  const media = useDmFiles();
  const ready = hasText || media.files.length > 0;
  const send = (via: string) => {
    const text = api.current!.text();
    if (!text.trim() && !media.files.length) return;
    recordPublish({ surface: 'x.dm', text, files: fileInfos(media.files.map((f) => f.file)), via });
    props.onSend(text);
    api.current!.clear();
    media.clear();
  };
  return (
    <aside aria-label="Start a new message" className="x-dm-form x-dm-form-media">
      <DmAttachments files={media.files} onRemove={media.remove} />
      <div className="x-dm-row-input">
        <div data-testid="dmComposerTextInputComponent" className="x-dm-draft">
          <DraftBox
            surface="x.dm"
            testId="dmComposerTextInput"
            ariaLabel="Start a new message"
            placeholder="Start a new message"
            submitKey="enter"
            onSubmit={send}
            onTextChange={(t) => setHasText(t.trim().length > 0)}
            onFiles={media.add}
            apiRef={api}
            autoFocus={props.autoFocus ?? true}
          />
        </div>
        <button type="button" role="button" data-testid="dmComposerSendButton" aria-label="Send" className="x-send" disabled={!ready} aria-disabled={!ready ? 'true' : undefined} onClick={() => send('click')}>
          ➤
        </button>
      </div>
    </aside>
  );
}

function PinScreen() {
  const [pin, setPin] = useState('');
  return (
    <div className="x-pin">
      <h2>Enter Passcode</h2>
      <div data-testid="pin-code-input-container" className="x-pin-inputs">
        <input
          type="password"
          inputMode="numeric"
          maxLength={4}
          aria-label="Passcode"
          value={pin}
          autoFocus
          onChange={(e: Event) => {
            const v = (e.target as HTMLInputElement).value.replace(/\D/g, '').slice(0, 4);
            setPin(v);
            if (v.length === 4) navigate('/i/chat', { replace: true });
          }}
        />
      </div>
    </div>
  );
}

export function ChatPage(props: { kind: 'xchat' | 'legacy'; conversation?: string; threads: Record<string, Dm[]>; send: (id: string, text: string) => void }) {
  if (props.kind === 'xchat' && props.conversation === 'pin') return <PinScreen />;
  const peer = peerOf(props.conversation);
  const id = conversationId(peer);
  const base = props.kind === 'xchat' ? '/i/chat/' : '/messages/';
  const list = USERS.filter((u) => u.userId !== ME.userId && u.dm !== 'none');
  return (
    <div data-testid={props.kind === 'xchat' ? 'dm-container' : 'DmActivityContainer'} className="x-dm-container">
      <nav className="x-dm-inbox" aria-label="Conversations">
        <h2>{props.kind === 'xchat' ? 'Chat' : 'Messages'}</h2>
        <input data-testid="dm-search-bar" type="search" placeholder="Search" aria-label="Search" />
        {list.map((u) => (
          <Link key={u.userId} href={`${base}${conversationId(u)}`} data-testid="conversation" className={u.userId === peer.userId ? 'x-dm-row x-selected' : 'x-dm-row'}>
            <Avatar name={u.name} size={40} />
            <span>
              <b>{u.name}</b> <span className="x-muted">@{u.handle}</span>
            </span>
          </Link>
        ))}
      </nav>
      <section className="x-dm-conversation" aria-label={`Conversation with ${peer.name}`}>
        <div data-testid="dm-conversation-header" className="x-dm-head">
          <Avatar name={peer.name} size={32} />
          <Link href={`/${peer.handle}`} className="x-strong">
            {peer.name}
          </Link>
          <span className="x-muted">@{peer.handle}</span>
        </div>
        <Messages testId={props.kind === 'xchat' ? 'dm-message-list' : 'DmScrollerContainer'} messages={props.threads[id] ?? []} />
        {props.kind === 'xchat' ? <XChatComposer key={id} onSend={(t) => props.send(id, t)} /> : <LegacyComposer key={id} onSend={(t) => props.send(id, t)} />}
      </section>
    </div>
  );
}
