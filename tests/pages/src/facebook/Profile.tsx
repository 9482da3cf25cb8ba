/** @jsxImportSource react */
// Facebook profile: name, friend counts, the action row
// (div[role=button] aria-label "Add friend" / "Follow" / "Message") and the
// Intro card ("Studies at …", "Lives in …", …) that tells a student from an
// adult. The own profile (/me) shows the feed's composer, or with
// ?composer=inline the inline text box with a quick-action row that
// site-dom-facts §2.1 (item 2, [M]) describes there.
import { useRef, useState } from 'react';
import { DivButton } from '../common/DivButton';
import { Avatar } from '../common/Avatar';
import { LexicalBox, type EditorApi } from '../common/LexicalBox';
import { fileInfos, pickFiles, recordPublish, recordProfileAction, type PickedFile } from '../common/harness';
import { MIND, PhotoInput } from './Feed';
import { ME, type FbPerson } from './people';

/**
 * /me?composer=inline: a Lexical text box typed in place (no dialog), the
 * quick actions below it (Photo/video uses the page-level input, which
 * opens Create post as on the feed), and a Post button that is
 * aria-disabled while the box is empty. Pictures pasted or dropped on the
 * box preview in the card. The layout beyond "inline textbox plus a
 * quick-action row" is a guess.
 */
export function ProfileInlineComposer(props: {
  onPhoto: () => void;
  inputRef: { current: HTMLInputElement | null };
  onFiles: (files: FileList | null) => void;
  onPosted: (text: string, files: PickedFile[]) => void;
}) {
  const api = useRef<EditorApi | null>(null);
  const [hasText, setHasText] = useState(false);
  const [files, setFiles] = useState<PickedFile[]>([]);
  const canPost = hasText || files.length > 0;
  const post = (via: string) => {
    const text = api.current!.text();
    recordPublish({ surface: 'facebook.post', text, files: fileInfos(files.map((f) => f.file)), via });
    props.onPosted(text, files);
    api.current!.clear();
    setFiles([]);
  };
  return (
    <div className="fb-card fb-profile-composer" data-pagelet="ProfileComposer">
      <div className="fb-feed-composer-row">
        <Avatar name={ME.name} />
        <div className="fb-inline-input">
          <LexicalBox
            surface="facebook.post"
            namespace="ProfileComposerInline"
            ariaLabel={MIND}
            ariaPlaceholder={MIND}
            className="xzsf02u x1a2a7pz x1n2onr6 x14wi4xw notranslate fb-editor fb-editor-inline"
            paragraphClassName="xdj266r x11i5rnm xat24cr x1mh8g0r x16tdsg8"
            onTextChange={(t) => setHasText(t.trim().length > 0)}
            onFiles={(list) => setFiles((fs) => [...fs, ...pickFiles(list)])}
            apiRef={api}
          />
        </div>
      </div>
      {files.length ? (
        <div className="fb-attachments">
          <DivButton label="Remove post attachment" className="fb-icon-button fb-remove-attachment" onActivate={() => setFiles([])}>
            ✕
          </DivButton>
          {files.map((f, i) => (f.kind === 'video' ? <video key={i} src={f.url} aria-label={f.file.name} muted /> : <img key={i} src={f.url} alt={f.file.name} />))}
        </div>
      ) : null}
      <div className="fb-feed-composer-actions">
        <DivButton label="Photo/video" className="fb-action" onActivate={props.onPhoto}>
          🖼 Photo/video
        </DivButton>
        <DivButton label="Life event" className="fb-action" onActivate={() => undefined}>
          🏳 Life event
        </DivButton>
        <DivButton label="Live video" className="fb-action" onActivate={() => undefined}>
          🎥 Live video
        </DivButton>
        <DivButton label="Post" className="fb-primary fb-inline-post" disabled={!canPost} onActivate={post}>
          <span>Post</span>
        </DivButton>
      </div>
      <PhotoInput inputRef={props.inputRef} onFiles={props.onFiles} />
    </div>
  );
}

function IntroRow(props: { icon: string; prefix: string; value?: string }) {
  if (!props.value) return null;
  return (
    <li className="fb-intro-row">
      <span aria-hidden="true">{props.icon}</span>
      <span dir="auto">
        {props.prefix} <strong>{props.value}</strong>
      </span>
    </li>
  );
}

export function Profile(props: { person: FbPerson; composer?: any; onMessage: (p: FbPerson) => void }) {
  const p = props.person;
  const self = p.id === ME.id;
  const [friend, setFriend] = useState<'none' | 'requested'>('none');
  const [following, setFollowing] = useState(false);
  return (
    <div className="fb-profile" role="main">
      <div className="fb-card fb-profile-header">
        <div className="fb-cover" aria-label="Cover photo" />
        <div className="fb-profile-id">
          <Avatar name={p.name} size={120} label={`${p.name}'s profile picture`} />
          <div className="fb-profile-names">
            <h1 dir="auto">{p.name}</h1>
            <div className="fb-muted">
              {p.friends}
              {p.mutual ? ` · ${p.mutual}` : ''}
            </div>
          </div>
          {self ? (
            <div className="fb-profile-actions">
              <DivButton label="Edit profile" className="fb-secondary" onActivate={() => undefined}>
                ✏️ Edit profile
              </DivButton>
            </div>
          ) : (
            <div className="fb-profile-actions">
              {friend === 'none' ? (
                <DivButton
                  label="Add friend"
                  className="fb-primary"
                  onActivate={() => {
                    recordProfileAction('facebook', 'add_friend', p.slug);
                    setFriend('requested');
                  }}
                >
                  <span>👤+ Add friend</span>
                </DivButton>
              ) : (
                <DivButton
                  label="Cancel request"
                  className="fb-secondary"
                  onActivate={() => {
                    recordProfileAction('facebook', 'cancel_request', p.slug);
                    setFriend('none');
                  }}
                >
                  <span>Cancel request</span>
                </DivButton>
              )}
              <DivButton
                label={following ? 'Following' : 'Follow'}
                className="fb-secondary"
                onActivate={() => {
                  recordProfileAction('facebook', following ? 'unfollow' : 'follow', p.slug);
                  setFollowing(!following);
                }}
              >
                <span>{following ? '✓ Following' : '➕ Follow'}</span>
              </DivButton>
              <DivButton
                label="Message"
                className="fb-secondary"
                onActivate={() => {
                  recordProfileAction('facebook', 'message', p.slug);
                  props.onMessage(p);
                }}
              >
                <span>💬 Message</span>
              </DivButton>
            </div>
          )}
        </div>
        <div className="fb-profile-tabs" role="tablist">
          {['Posts', 'About', 'Friends', 'Photos'].map((t, i) => (
            <a key={t} role="tab" aria-selected={i === 0 ? 'true' : 'false'} href={`#${t.toLowerCase()}`}>
              {t}
            </a>
          ))}
        </div>
      </div>
      <div className="fb-profile-body">
        <div className="fb-card fb-intro" data-pagelet="ProfileTilesFeed_0">
          <h2>Intro</h2>
          {p.bio ? (
            <div className="fb-intro-bio" dir="auto">
              {p.bio}
            </div>
          ) : null}
          <ul>
            <IntroRow icon="💼" prefix="Works at" value={p.works} />
            <IntroRow icon="🎓" prefix="Studies at" value={p.studies} />
            <IntroRow icon="🎓" prefix="Studied at" value={p.studied} />
            <IntroRow icon="🎓" prefix="Went to" value={p.wentTo} />
            <IntroRow icon="🏠" prefix="Lives in" value={p.lives} />
            <IntroRow icon="📍" prefix="From" value={p.from} />
          </ul>
        </div>
        <div className="fb-profile-posts">{props.composer}</div>
      </div>
    </div>
  );
}
