/** @jsxImportSource react */
// Messenger: the full page (/messages/t/<id>) and the chat-head popup a
// profile's "Message" button opens. Both use a Lexical editor
// div[aria-label="Message"][aria-placeholder="Aa"]; Enter sends,
// Shift+Enter is a newline; the send button "Press Enter to send" appears
// once there is text (a "Send a like" thumb otherwise). Pictures pasted or
// dropped on the box preview above it and go with the message (how
// Messenger shows them is a guess).
import { useRef, useState } from 'react';
import { LexicalBox, type EditorApi } from '../common/LexicalBox';
import { DivButton } from '../common/DivButton';
import { Avatar } from '../common/Avatar';
import { Link } from '../common/router';
import { fileInfos, pickFiles, recordPublish, type PickedFile } from '../common/harness';
import { PEOPLE, THREADS, personById, type FbPerson } from './people';

export interface ChatMessage {
  mine: boolean;
  text: string;
}

const SEED: Record<string, ChatMessage[]> = {
  '100012345678': [{ mine: false, text: 'Hi Ms. R, is the homework due Friday?' }],
  '100087654321': [{ mine: false, text: 'Coffee next week? ☕' }],
};

export function useThreads() {
  const [threads, setThreads] = useState<Record<string, ChatMessage[]>>(SEED);
  const send = (id: string, text: string) => setThreads((t) => ({ ...t, [id]: [...(t[id] ?? []), { mine: true, text }] }));
  return { threads, send };
}

export function MessengerComposer(props: { surface: 'facebook.messenger' | 'facebook.chat'; onSend: (text: string) => void; autoFocus?: boolean }) {
  const api = useRef<EditorApi | null>(null);
  const [hasText, setHasText] = useState(false);
  const [files, setFiles] = useState<PickedFile[]>([]);
  const send = (via: string) => {
    const text = api.current!.text();
    if (!text.trim() && !files.length) return;
    recordPublish({ surface: props.surface, text, files: fileInfos(files.map((f) => f.file)), via });
    props.onSend(text);
    api.current!.clear();
    setFiles([]);
  };
  return (
    <div className="fb-messenger-composer">
      {files.length ? (
        <div className="fb-messenger-attachments">
          {files.map((f, i) => (
            <div key={i} className="fb-messenger-attachment">
              <img src={f.url} alt="" />
              <DivButton label="Remove attachment" className="fb-icon-button" onActivate={() => setFiles((fs) => fs.filter((_, k) => k !== i))}>
                ✕
              </DivButton>
            </div>
          ))}
        </div>
      ) : null}
      <LexicalBox
        surface={props.surface}
        namespace="MWComposer"
        ariaLabel="Message"
        ariaPlaceholder="Aa"
        className="xzsf02u x1a2a7pz x1n2onr6 x14wi4xw notranslate fb-editor fb-editor-message"
        paragraphClassName="xat24cr xdj266r"
        submitKey="enter"
        autoFocus={props.autoFocus}
        onSubmit={() => send('enter')}
        onTextChange={(t) => setHasText(t.trim().length > 0)}
        onFiles={(list) => setFiles((fs) => [...fs, ...pickFiles(list)])}
        apiRef={api}
      />
      {hasText || files.length ? (
        <DivButton label="Press Enter to send" className="fb-icon-button fb-send" onActivate={send}>
          ➤
        </DivButton>
      ) : (
        <DivButton label="Send a like" className="fb-icon-button" onActivate={() => undefined}>
          👍
        </DivButton>
      )}
    </div>
  );
}

function Messages(props: { messages: ChatMessage[] }) {
  return (
    <div className="fb-messages" role="grid" aria-label="Messages in conversation">
      {props.messages.map((m, i) => (
        <div key={i} role="row" className={m.mine ? 'fb-msg fb-msg-mine' : 'fb-msg'}>
          <div dir="auto">{m.text}</div>
        </div>
      ))}
    </div>
  );
}

function personForThread(id: string): FbPerson {
  const slug = THREADS[id];
  return (slug && PEOPLE[slug]) || personById(id) || { slug: id, id, name: 'Facebook user', bio: '', friends: '', mutual: '' };
}

export function MessengerPage(props: { threadId: string | undefined; threads: Record<string, ChatMessage[]>; send: (id: string, text: string) => void }) {
  const id = props.threadId ?? Object.keys(THREADS)[0]!;
  const person = personForThread(id);
  return (
    <div className="fb-messenger" role="main">
      <nav className="fb-card fb-chat-list" aria-label="Chats">
        <h1>Chats</h1>
        {Object.keys(THREADS).map((tid) => {
          const p = personForThread(tid);
          return (
            <Link key={tid} href={`/messages/t/${tid}`} className={tid === id ? 'fb-chat-row fb-selected' : 'fb-chat-row'}>
              <Avatar name={p.name} size={40} /> <span>{p.name}</span>
            </Link>
          );
        })}
      </nav>
      <section className="fb-card fb-conversation" aria-label={`Conversation with ${person.name}`}>
        <header className="fb-conversation-head">
          <Avatar name={person.name} size={36} />
          <Link className="fb-strong" href={`/${person.slug}`}>
            {person.name}
          </Link>
        </header>
        <Messages messages={props.threads[id] ?? []} />
        <MessengerComposer key={id} surface="facebook.messenger" onSend={(t) => props.send(id, t)} />
      </section>
    </div>
  );
}

/** Docked chat popup, opened by a profile's Message button. */
export function ChatHead(props: { person: FbPerson; messages: ChatMessage[]; onSend: (text: string) => void; onClose: () => void }) {
  return (
    <div className="fb-chat-head" role="dialog" aria-label={`Chat with ${props.person.name}`}>
      <header className="fb-conversation-head">
        <Avatar name={props.person.name} size={32} />
        <span className="fb-strong">{props.person.name}</span>
        <DivButton label="Close chat" className="fb-icon-button fb-close" onActivate={props.onClose}>
          ✕
        </DivButton>
      </header>
      <Messages messages={props.messages} />
      <MessengerComposer surface="facebook.chat" onSend={props.onSend} autoFocus />
    </div>
  );
}
