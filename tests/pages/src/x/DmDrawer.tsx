/** @jsxImportSource react */
// X's messages drawer, docked at the bottom right of the timeline while the
// home composer stays on the page (site-dom-facts §1.5): the legacy
// [data-testid="DMDrawer"] with the Draft.js dmComposerTextInput, or the
// XChat [data-testid="chat-drawer-root"] with the dm-composer-form textarea.
// Collapsed it is only its header; pressing the header expands the
// conversation list; a conversation opens in the drawer with its composer.
// Query: ?drawer=xchat (default) | legacy | none, ?drawerWith=<handle> opens
// that conversation on load. The header layout inside the drawer is a
// guess: the fact sheet names only the drawers' test ids.
import { useState } from 'react';
import { Avatar } from '../common/Avatar';
import { Link } from '../common/router';
import { LegacyComposer, Messages, XChatComposer, conversationId, type Dm } from './Chat';
import { ME, USERS, userFor, type XUser } from './people';

export type DrawerKind = 'xchat' | 'legacy';

export function drawerKind(query: URLSearchParams): DrawerKind | null {
  const v = query.get('drawer');
  if (v === 'none') return null;
  return v === 'legacy' ? 'legacy' : 'xchat';
}

export function DmDrawer(props: { kind: DrawerKind; initialWith?: string | null; threads: Record<string, Dm[]>; send: (id: string, text: string) => void }) {
  const start = props.initialWith ? userFor(props.initialWith) : null;
  const [open, setOpen] = useState(!!start);
  const [peer, setPeer] = useState<XUser | null>(start);
  const [opened, setOpened] = useState(false);
  const legacy = props.kind === 'legacy';
  const list = USERS.filter((u) => u.userId !== ME.userId && u.dm !== 'none');
  const id = peer ? conversationId(peer) : '';

  const header = (
    <div
      data-testid={legacy ? 'DMDrawerHeader' : 'chat-drawer-header'}
      className="x-dm-drawer-head"
      role="button"
      tabIndex={0}
      aria-label={open ? 'Collapse' : 'Expand'}
      onClick={() => setOpen(!open)}
    >
      {open && peer ? (
        <button
          type="button"
          aria-label="Back"
          className="x-icon"
          onClick={(e: Event) => {
            e.stopPropagation();
            setPeer(null);
          }}
        >
          ←
        </button>
      ) : null}
      {/* Legacy: the open conversation's name and @handle take the header (DMDrawerHeader). */}
      {legacy && open && peer ? (
        <>
          <h2>{peer.name}</h2>
          <span className="x-muted">@{peer.handle}</span>
        </>
      ) : (
        <h2>{legacy ? 'Messages' : 'Chat'}</h2>
      )}
      <span aria-hidden="true">{open ? '⌄' : '⌃'}</span>
    </div>
  );

  let body: any = null;
  if (open && !peer) {
    body = (
      <div className="x-dm-drawer-body" aria-label="Conversations" role="list">
        {list.map((u) => (
          <div
            key={u.userId}
            role="listitem"
            data-testid="conversation"
            tabIndex={0}
            className="x-dm-row"
            onClick={() => {
              setPeer(u);
              setOpened(true);
            }}
          >
            <Avatar name={u.name} size={40} />
            <span>
              <b>{u.name}</b> <span className="x-muted">@{u.handle}</span>
            </span>
          </div>
        ))}
      </div>
    );
  } else if (open && peer) {
    const onSend = (t: string) => props.send(id, t);
    body = (
      <div className="x-dm-drawer-body" aria-label={`Conversation with ${peer.name}`}>
        {legacy ? null : (
          <div data-testid="dm-conversation-header" className="x-dm-head">
            <Avatar name={peer.name} size={32} />
            <Link href={`/${peer.handle}`} className="x-strong">
              {peer.name}
            </Link>
            <span className="x-muted">@{peer.handle}</span>
          </div>
        )}
        <Messages testId={legacy ? 'DmScrollerContainer' : 'dm-message-list'} messages={props.threads[id] ?? []} />
        {/* Opened by a click: the composer takes the focus, as the full page does. */}
        {legacy ? <LegacyComposer key={id} autoFocus={opened} onSend={onSend} /> : <XChatComposer key={id} autoFocus={opened} onSend={onSend} />}
      </div>
    );
  }

  return (
    <section data-testid={legacy ? 'DMDrawer' : 'chat-drawer-root'} aria-label={legacy ? 'Messages' : 'Chat'} className={open ? 'x-dm-drawer x-dm-drawer-open' : 'x-dm-drawer'}>
      {header}
      {body}
    </section>
  );
}
