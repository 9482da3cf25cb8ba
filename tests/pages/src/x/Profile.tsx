/** @jsxImportSource react */
// X profile (site-dom-facts §1.4): [data-testid="placementTracking"] wraps
// the follow button [role=button][data-testid="<userId>-follow"] (after
// following: <userId>-unfollow, which asks confirmationSheetConfirm),
// [data-testid="sendDMFromProfile"] (only if the user accepts DMs),
// [data-testid="userActions"], UserName, UserDescription,
// UserProfileHeader_Items. Also UserCell follow buttons ("Who to follow").
import { useState } from 'react';
import { Avatar } from '../common/Avatar';
import { Link, navigate } from '../common/router';
import { recordProfileAction } from '../common/harness';
import { ME, type XUser } from './people';

export function FollowButton(props: { user: XUser; className?: string }) {
  const u = props.user;
  const [following, setFollowing] = useState(false);
  const [confirm, setConfirm] = useState(false);
  return (
    <>
      {following ? (
        <button
          type="button"
          role="button"
          data-testid={`${u.userId}-unfollow`}
          aria-label={`Following @${u.handle}`}
          className={`x-follow x-following ${props.className ?? ''}`}
          onClick={() => setConfirm(true)}
        >
          <span>Following</span>
        </button>
      ) : (
        <button
          type="button"
          role="button"
          data-testid={`${u.userId}-follow`}
          aria-label={`Follow @${u.handle}`}
          className={`x-follow ${props.className ?? ''}`}
          onClick={() => {
            recordProfileAction('x', 'follow', u.handle);
            setFollowing(true);
          }}
        >
          <span>Follow</span>
        </button>
      )}
      {confirm ? (
        <div className="x-layers">
          <div className="x-mask" onClick={() => setConfirm(false)} />
          <div role="alertdialog" data-testid="confirmationSheetDialog" aria-modal="true" className="x-modal x-sheet">
            <h2>Unfollow @{u.handle}?</h2>
            <button
              type="button"
              data-testid="confirmationSheetConfirm"
              className="x-follow"
              onClick={() => {
                recordProfileAction('x', 'unfollow', u.handle);
                setFollowing(false);
                setConfirm(false);
              }}
            >
              Unfollow
            </button>
            <button type="button" data-testid="confirmationSheetCancel" className="x-follow x-following" onClick={() => setConfirm(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}

export function UserCell(props: { user: XUser }) {
  const u = props.user;
  return (
    <div data-testid="UserCell" role="button" tabIndex={0} className="x-user-cell">
      <Avatar name={u.name} />
      <div className="x-user-cell-names">
        <Link href={`/${u.handle}`} className="x-strong">
          {u.name}
        </Link>
        <div className="x-muted">@{u.handle}</div>
      </div>
      <FollowButton user={u} />
    </div>
  );
}

export function Profile(props: { user: XUser }) {
  const u = props.user;
  const self = u.userId === ME.userId;
  return (
    <>
      <div className="x-column-head">
        <button type="button" aria-label="Back" data-testid="app-bar-back" className="x-icon" onClick={() => navigate('/home')}>
          ←
        </button>
        <div>
          <h2>{u.name}</h2>
          <div className="x-muted">1,024 posts</div>
        </div>
      </div>
      <div className="x-banner" />
      <div className="x-profile">
        <div className="x-profile-top">
          <Avatar name={u.name} size={134} className="x-profile-avatar" />
          <div className="x-profile-actions">
            {self ? (
              <a href="/settings/profile" data-testid="editProfileButton" className="x-follow x-following">
                Edit profile
              </a>
            ) : (
              <>
                <button type="button" role="button" data-testid="userActions" aria-label="More" className="x-icon x-outline">
                  ⋯
                </button>
                {u.dm !== 'none' ? (
                  <button
                    type="button"
                    role="button"
                    data-testid="sendDMFromProfile"
                    aria-label="Message"
                    className="x-icon x-outline"
                    onClick={() => {
                      recordProfileAction('x', 'message', u.handle);
                      const conv = `${ME.userId}-${u.userId}`;
                      navigate(u.dm === 'legacy' ? `/messages/${conv}` : `/i/chat/${conv}`);
                    }}
                  >
                    ✉
                  </button>
                ) : null}
                <div data-testid="placementTracking">
                  <FollowButton user={u} />
                </div>
              </>
            )}
          </div>
        </div>
        <div data-testid="UserName" className="x-profile-names">
          <div className="x-profile-name">
            <span>{u.name}</span>
            {u.verified ? <span aria-label="Verified account">✔</span> : null}
          </div>
          <div className="x-muted">@{u.handle}</div>
        </div>
        {u.bio ? (
          <div data-testid="UserDescription" dir="auto" className="x-bio">
            {u.bio}
          </div>
        ) : null}
        <div data-testid="UserProfileHeader_Items" className="x-header-items">
          {u.location ? <span data-testid="UserLocation">📍 {u.location}</span> : null}
          {u.url ? (
            <a data-testid="UserUrl" href={`https://${u.url}`} rel="noopener noreferrer nofollow" target="_blank">
              🔗 {u.url}
            </a>
          ) : null}
          {u.born ? <span data-testid="UserBirthdate">🎈 {u.born}</span> : null}
          <span data-testid="UserJoinDate">🗓 {u.joined}</span>
        </div>
        <div className="x-counts">
          <Link href={`/${u.handle}/following`}>
            <b>{u.following}</b> <span className="x-muted">Following</span>
          </Link>
          <Link href={`/${u.handle}/verified_followers`}>
            <b>{u.followers}</b> <span className="x-muted">Followers</span>
          </Link>
        </div>
      </div>
    </>
  );
}
