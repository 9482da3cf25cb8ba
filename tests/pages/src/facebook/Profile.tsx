/** @jsxImportSource react */
// Facebook profile: name, friend counts, the action row
// (div[role=button] aria-label "Add friend" / "Follow" / "Message") and the
// Intro card ("Studies at …", "Lives in …", …) that tells a student from an
// adult.
import { useState } from 'react';
import { DivButton } from '../common/DivButton';
import { Avatar } from '../common/Avatar';
import { recordProfileAction } from '../common/harness';
import { ME, type FbPerson } from './people';

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
