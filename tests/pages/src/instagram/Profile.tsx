/** @jsxImportSource react */
// Instagram profile header (site-dom-facts §3.4): "Follow" (a <button>)
// and "Message" (a div[role=button]) found by their text only, plus the
// stats, full name, category and multi-line bio.
import { useState } from 'react';
import { DivButton } from '../common/DivButton';
import { Avatar } from '../common/Avatar';
import { navigate } from '../common/router';
import { recordProfileAction } from '../common/harness';
import { ME, type IgUser } from './people';

export function Profile(props: { user: IgUser }) {
  const u = props.user;
  const [following, setFollowing] = useState(false);
  const self = u.username === ME.username;
  return (
    <main className="ig-profile" role="main">
      <header className="ig-profile-header">
        <Avatar name={u.name || u.username} size={150} label={`${u.username}'s profile picture`} />
        <section className="ig-profile-info">
          <div className="ig-profile-row">
            <h2 className="ig-username" dir="auto">
              {u.username}
            </h2>
            {self ? (
              <a href="/accounts/edit/" className="ig-secondary">
                Edit profile
              </a>
            ) : (
              <>
                <button
                  type="button"
                  className={following ? '_acan _acap _acat _aj1- _ap30 ig-secondary' : '_acan _acap _acas _aj1- _ap30 ig-primary'}
                  onClick={() => {
                    recordProfileAction('instagram', following ? 'unfollow' : 'follow', u.username);
                    setFollowing(!following);
                  }}
                >
                  <div className="_ap3a _aaco _aacw _aad6 _aade" dir="auto">
                    {following ? 'Following' : 'Follow'}
                  </div>
                </button>
                <DivButton
                  className="ig-secondary"
                  onActivate={() => {
                    recordProfileAction('instagram', 'message', u.username);
                    navigate(`/direct/t/${u.threadId}/`);
                  }}
                >
                  Message
                </DivButton>
                <DivButton className="ig-icon-button" label="Options" onActivate={() => undefined}>
                  ⋯
                </DivButton>
              </>
            )}
          </div>
          <ul className="ig-stats">
            <li>
              <b>{u.posts}</b> posts
            </li>
            <li>
              <b>{u.followers}</b> followers
            </li>
            <li>
              <b>{u.following}</b> following
            </li>
          </ul>
          <div className="ig-bio">
            {u.name ? <span className="ig-strong">{u.name}</span> : null}
            {u.category ? <div className="ig-muted">{u.category}</div> : null}
            {u.bio ? (
              <h1 className="_ap3a _aaco _aacu _aacx _aad7 _aade" dir="auto">
                {u.bio}
              </h1>
            ) : null}
            {u.link ? (
              <a href={`https://${u.link}`} rel="me nofollow noopener noreferrer" target="_blank" className="ig-link">
                🔗 {u.link}
              </a>
            ) : null}
          </div>
        </section>
      </header>
      <div className="ig-grid" role="tablist" aria-label="Posts">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="ig-grid-item" />
        ))}
      </div>
    </main>
  );
}
