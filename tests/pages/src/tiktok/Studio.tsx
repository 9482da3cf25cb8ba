/** @jsxImportSource react */
// TikTok Studio upload (/tiktokstudio/upload; site-dom-facts §4.1) and the
// legacy uploader inside iframe[data-tt="Upload_index_iframe"]
// (/creator-center/upload). Flow: input[type=file][accept="video/*"] next to
// button[data-e2e="select_video_button"]; the upload starts as soon as a file
// is chosen (progress bar) and Post stays disabled until it finishes; then
// the caption appears, a Draft.js .public-DraftEditor-content with
// role=combobox and NO aria-label; cover input accept="image/png, image/jpeg, image/jpg";
// button[data-e2e="post_video_button"] (legacy: div.btn-post > button);
// with ?confirm=1 a "Post now" confirmation follows; success navigates to
// /tiktokstudio/content.
// ?photos=1 (Studio and legacy): photo posts ("Photo mode", offered in some
// regions; the fact sheet says sources conflict [L]): the same input also
// accepts images (several at once); the chosen photos show as a strip of
// thumbnails ([data-e2e="photo_list"], a guess), each with a
// button[aria-label="Remove photo"], plus an "Add" tile with its own image
// input; removing the last photo returns to the upload card. Structure and
// names here are plausible, not from the fact sheet (see the README).
import { useEffect, useRef, useState } from 'react';
import { DraftBox } from '../common/DraftBox';
import { fileInfos, pickFiles, recordPublish, type PickedFile } from '../common/harness';
import type { EditorApi } from '../common/LexicalBox';
import { Link, navigate } from '../common/router';

const CAPTION_MAX = 4000;
const UPLOAD_MS = 600;

function formatSize(bytes: number): string {
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)}MB` : `${(bytes / 1024).toFixed(0)}KB`;
}

const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp';

export function Uploader(props: { legacy?: boolean; confirm?: boolean; photos?: boolean }) {
  const [video, setVideo] = useState<PickedFile | null>(null);
  const [photos, setPhotos] = useState<PickedFile[]>([]);
  const addPhotoInput = useRef<HTMLInputElement | null>(null);
  const [cover, setCover] = useState<PickedFile | null>(null);
  const [progress, setProgress] = useState(0);
  const [length, setLength] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [schedule, setSchedule] = useState<'now' | 'schedule'>('now');
  const videoInput = useRef<HTMLInputElement | null>(null);
  const coverInput = useRef<HTMLInputElement | null>(null);
  const caption = useRef<EditorApi | null>(null);

  // "Uploads" start on selection, as on the real site (no network here).
  useEffect(() => {
    if (!video && photos.length === 0) return;
    setProgress(0);
    const start = Date.now();
    const t = setInterval(() => {
      const p = Math.min(100, Math.round(((Date.now() - start) / UPLOAD_MS) * 100));
      setProgress(p);
      if (p >= 100) clearInterval(t);
    }, 50);
    return () => clearInterval(t);
  }, [video, photos]);

  const media = video ? [video] : photos;
  const uploaded = media.length > 0 && progress >= 100;
  const canPost = uploaded && length <= CAPTION_MAX;
  const doPost = (via: string) => {
    const text = caption.current?.text() ?? '';
    recordPublish({ surface: 'tiktok.post', text, files: fileInfos([...media.map((m) => m.file), ...(cover ? [cover.file] : [])]), via });
    setConfirming(false);
    if (props.legacy) {
      setVideo(null);
      setPhotos([]);
      setCover(null);
    } else navigate('/tiktokstudio/content');
  };
  const post = () => (props.confirm ? setConfirming(true) : doPost('click'));

  const removePhoto = (index: number) => setPhotos((ps) => ps.filter((_, i) => i !== index));

  if (media.length === 0) {
    return (
      <div className="tt-upload-card" data-e2e="upload_card">
        <div className="tt-upload-icon" aria-hidden="true">
          ☁
        </div>
        <div className="tt-upload-title">{props.photos ? 'Select video or photos to upload' : 'Select video to upload'}</div>
        <div className="tt-muted">Or drag and drop it here</div>
        <input
          ref={videoInput}
          type="file"
          accept={props.photos ? `video/*,${PHOTO_ACCEPT}` : 'video/*'}
          multiple={props.photos}
          className="tt-hidden-input"
          onChange={(e: Event) => {
            const el = e.target as HTMLInputElement;
            const picked = pickFiles(el.files);
            const images = picked.filter((f) => f.kind === 'image');
            if (props.photos && images.length) setPhotos(images.slice(0, 35));
            else if (picked[0]) setVideo(picked[0]);
            el.value = '';
          }}
        />
        <button type="button" data-e2e="select_video_button" className="TUXButton TUXButton--primary" onClick={() => videoInput.current?.click()}>
          <div className="TUXButton-label">Select video</div>
        </button>
      </div>
    );
  }

  const postButton = (
    <button
      type="button"
      data-e2e="post_video_button"
      className="TUXButton TUXButton--primary TUXButton--large"
      disabled={!canPost}
      aria-disabled={!canPost ? 'true' : 'false'}
      onClick={post}
    >
      <div className="TUXButton-label">Post</div>
    </button>
  );

  return (
    <div className="tt-studio-form">
      <div className="tt-file-info" data-e2e="upload_status_container">
        <div className="tt-file-name">{video ? video.file.name : `${photos.length} photo${photos.length === 1 ? '' : 's'}`}</div>
        <div className="tt-muted">{formatSize(media.reduce((n, m) => n + m.file.size, 0))}</div>
        <div className="tt-progress" role="progressbar" aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100}>
          <div className="tt-progress-bar" style={{ width: `${progress}%` }} />
        </div>
        <div className="tt-muted">{uploaded ? 'Uploaded' : `Uploading… ${progress}%`}</div>
        {video ? (
          <button type="button" className="TUXButton TUXButton--secondary" onClick={() => setVideo(null)}>
            <div className="TUXButton-label">Replace</div>
          </button>
        ) : null}
      </div>
      {video ? null : (
        <div className="tt-photo-list" data-e2e="photo_list">
          {photos.map((p, i) => (
            <div key={p.url} className="tt-photo-item">
              <img src={p.url} alt="" className="tt-photo-thumb" />
              <button type="button" aria-label="Remove photo" className="tt-photo-remove" onClick={() => removePhoto(i)}>
                ✕
              </button>
            </div>
          ))}
          <button type="button" className="tt-photo-add" onClick={() => addPhotoInput.current?.click()}>
            + Add
          </button>
          <input
            ref={addPhotoInput}
            type="file"
            accept={PHOTO_ACCEPT}
            multiple
            className="tt-hidden-input"
            onChange={(e: Event) => {
              const el = e.target as HTMLInputElement;
              const more = pickFiles(el.files).filter((f) => f.kind === 'image');
              if (more.length) setPhotos((ps) => [...ps, ...more].slice(0, 35));
              el.value = '';
            }}
          />
        </div>
      )}
      <div className="tt-studio-columns">
        <div className="tt-details">
          <h2>Details</h2>
          <div className="tt-label">Description</div>
          <div className="caption-editor tt-caption">
            <DraftBox surface="tiktok.post" role="combobox" className="tt-draft" onTextChange={(t) => setLength([...t].length)} apiRef={caption} autoFocus />
            <div className="tt-caption-foot">
              <button type="button" className="tt-chip">
                # Hashtags
              </button>
              <button type="button" className="tt-chip">
                @ Mention
              </button>
              <span className="tt-muted">
                {length}/{CAPTION_MAX}
              </span>
            </div>
          </div>
          {video ? <div className="tt-label">Cover</div> : null}
          {video ? <div className="cover-container">
            {cover ? <img src={cover.url} alt="cover" className="tt-cover" /> : <div className="tt-cover tt-cover-empty">Cover</div>}
            <button type="button" className="TUXButton TUXButton--secondary" onClick={() => coverInput.current?.click()}>
              <div className="TUXButton-label">Upload cover</div>
            </button>
            <input
              ref={coverInput}
              type="file"
              accept="image/png, image/jpeg, image/jpg"
              className="tt-hidden-input"
              onChange={(e: Event) => {
                const el = e.target as HTMLInputElement;
                const [f] = pickFiles(el.files);
                if (f) setCover(f);
                el.value = '';
              }}
            />
          </div> : null}
          <div className="tt-label">Settings</div>
          <div className="tt-settings" role="radiogroup" aria-label="When to post">
            {(['now', 'schedule'] as const).map((v) => (
              <label key={v} className="Radio__root">
                <input type="radio" name="postSchedule" value={v} checked={schedule === v} onChange={() => setSchedule(v)} /> {v === 'now' ? 'Now' : 'Schedule'}
              </label>
            ))}
          </div>
          <div className="tt-footer">
            {props.legacy ? <div className="btn-post">{postButton}</div> : postButton}
            <button
              type="button"
              className="TUXButton TUXButton--secondary"
              onClick={() => {
                setVideo(null);
                setPhotos([]);
                setCover(null);
              }}
            >
              <div className="TUXButton-label">Discard</div>
            </button>
          </div>
        </div>
        <div className="tt-preview">
          {video ? <video src={video.url} muted aria-label={`Preview of ${video.file.name}`} data-e2e="video_preview" /> : null}
        </div>
      </div>
      {confirming ? (
        <div className="tt-modal-layer">
          <div role="dialog" aria-modal="true" className="tt-modal">
            <h3>Continue to post?</h3>
            <p>Your video will be published right away.</p>
            <button type="button" className="TUXButton TUXButton--primary" onClick={() => doPost('click')}>
              <div className="TUXButton-label">Post now</div>
            </button>
            <button type="button" className="TUXButton TUXButton--secondary" onClick={() => setConfirming(false)}>
              <div className="TUXButton-label">Cancel</div>
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

export function StudioUpload(props: { confirm: boolean; photos?: boolean }) {
  return (
    <div className="tt-studio">
      <aside className="tt-studio-nav">
        <div className="tt-studio-logo">TikTok Studio</div>
        <Link href="/tiktokstudio/upload" className="tt-selected">
          ⊕ Upload
        </Link>
        <Link href="/tiktokstudio/content">☰ Posts</Link>
      </aside>
      <main className="tt-studio-main">
        <Uploader confirm={props.confirm} photos={props.photos} />
      </main>
    </div>
  );
}

export function StudioContent() {
  return (
    <div className="tt-studio">
      <aside className="tt-studio-nav">
        <div className="tt-studio-logo">TikTok Studio</div>
        <Link href="/tiktokstudio/upload">⊕ Upload</Link>
        <Link href="/tiktokstudio/content" className="tt-selected">
          ☰ Posts
        </Link>
      </aside>
      <main className="tt-studio-main">
        <h1>Posts</h1>
        <div className="tt-muted" data-e2e="post-status">
          Your video is being uploaded. It will be available shortly.
        </div>
      </main>
    </div>
  );
}

export function LegacyUploadHost() {
  return (
    <div className="tt-legacy">
      <header className="tt-legacy-head">TikTok Creator Center · Upload</header>
      <iframe data-tt="Upload_index_iframe" src={`/creator${location.search.includes('photos=1') ? '?photos=1' : ''}#/upload?lang=en`} title="Upload" className="tt-legacy-iframe" />
    </div>
  );
}

export function LegacyUploadFrame() {
  return (
    <div className="tt-legacy-frame">
      <h1>Upload video</h1>
      <div className="tt-muted">Post a video to your account</div>
      <Uploader legacy photos={new URLSearchParams(location.search).get('photos') === '1'} />
    </div>
  );
}
