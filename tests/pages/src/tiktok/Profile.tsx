/** @jsxImportSource react */
// TikTok profile (/@handle; site-dom-facts §4.3): [data-e2e="follow-button"]
// (Follow / Following), [data-e2e="message-button"], user-title (handle),
// user-subtitle (name), user-bio, counts and user-link.
import { useState } from 'react';
import { Avatar } from '../common/Avatar';
import { navigate } from '../common/router';
import { recordProfileAction } from '../common/harness';
import { ME, type TtUser } from './people';

export function Profile(props: { user: TtUser }) {
  const u = props.user;
  const [following, setFollowing] = useState(false);
  const self = u.handle === ME.handle;
  return (
    <div className="tt-profile" role="main">
      <div className="tt-profile-header">
        <Avatar name={u.name} size={116} label={u.handle} />
        <div className="tt-profile-info">
          <h1 data-e2e="user-title" className="tt-user-title">
            {u.handle}
          </h1>
          <h2 data-e2e="user-subtitle" className="tt-user-subtitle">
            {u.name}
          </h2>
          <div className="tt-profile-buttons">
            {self ? (
              <button type="button" data-e2e="edit-profile-entrance" className="TUXButton TUXButton--secondary">
                <div className="TUXButton-label">Edit profile</div>
              </button>
            ) : (
              <>
                <button
                  type="button"
                  data-e2e="follow-button"
                  className={following ? 'TUXButton TUXButton--secondary' : 'TUXButton TUXButton--primary'}
                  onClick={() => {
                    recordProfileAction('tiktok', following ? 'unfollow' : 'follow', u.handle);
                    setFollowing(!following);
                  }}
                >
                  <div className="TUXButton-label">{following ? 'Following' : 'Follow'}</div>
                </button>
                <button
                  type="button"
                  data-e2e="message-button"
                  className="TUXButton TUXButton--secondary"
                  onClick={() => {
                    recordProfileAction('tiktok', 'message', u.handle);
                    navigate(`/messages?lang=en&u=${encodeURIComponent(u.handle)}`);
                  }}
                >
                  <div className="TUXButton-label">Message</div>
                </button>
              </>
            )}
          </div>
        </div>
      </div>
      <h3 className="tt-counts">
        <span>
          <strong data-e2e="following-count">{u.following}</strong> Following
        </span>
        <span>
          <strong data-e2e="followers-count">{u.followers}</strong> Followers
        </span>
        <span>
          <strong data-e2e="likes-count">{u.likes}</strong> Likes
        </span>
      </h3>
      <h2 data-e2e="user-bio" className="tt-bio">
        {u.bio}
      </h2>
      {u.link ? (
        <a data-e2e="user-link" href={`https://${u.link}`} target="_blank" rel="noopener noreferrer" className="tt-link">
          🔗 {u.link}
        </a>
      ) : null}
      <div className="tt-grid" data-e2e="user-post-item-list">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} data-e2e="user-post-item" className="tt-grid-item" />
        ))}
      </div>
    </div>
  );
}
