/** @jsxImportSource react */
// Instagram "Create new post" dialog (site-dom-facts §3.1): select
// (input[type=file][accept="image/jpeg,image/png,image/heic,image/heif,video/mp4,video/quicktime"],
// "Select from computer", drag-and-drop) -> Crop (Next) -> Edit (Next) ->
// caption, a Lexical div[aria-label="Write a caption..."][role=textbox]
// [contenteditable][data-lexical-editor] -> "Share" (div[role=button],
// found by text) -> "Post shared".
import { useRef, useState } from 'react';
import { LexicalBox, type EditorApi } from '../common/LexicalBox';
import { DivButton } from '../common/DivButton';
import { Avatar } from '../common/Avatar';
import { fileInfos, pickFiles, recordPublish, type PickedFile } from '../common/harness';
import { Icon } from './Feed';
import { ME } from './people';

export const IG_ACCEPT = 'image/jpeg,image/png,image/heic,image/heif,video/mp4,video/quicktime';
const CAPTION_MAX = 2200;
const DETACHED_PICKER = new URLSearchParams(location.search).get('picker') === 'detached';

type Step = 'select' | 'crop' | 'edit' | 'caption' | 'sharing' | 'shared';

function Preview(props: { files: PickedFile[]; className?: string }) {
  const f = props.files[0];
  if (!f) return null;
  return (
    <div className={props.className ?? 'ig-create-preview'}>
      {f.kind === 'video' ? <video src={f.url} muted aria-label={f.file.name} /> : <img src={f.url} alt={f.file.name} />}
      {props.files.length > 1 ? <span className="ig-count">1 / {props.files.length}</span> : null}
    </div>
  );
}

export function CreateDialog(props: { onClose: () => void; onShared: (caption: string, files: PickedFile[]) => void }) {
  const [step, setStep] = useState<Step>('select');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [length, setLength] = useState(0);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  const caption = useRef<EditorApi | null>(null);

  const take = (list: FileList | null) => {
    if (!list?.length) return;
    setFiles(pickFiles(list));
    setStep('crop');
  };
  const share = (via: string) => {
    const text = caption.current!.text();
    recordPublish({ surface: 'instagram.post', text, files: fileInfos(files.map((f) => f.file)), via });
    setStep('sharing');
    setTimeout(() => {
      setStep('shared');
      props.onShared(text, files);
    }, 150);
  };
  // ?picker=detached: the uploader makes its file input on the fly and opens
  // the picker without inserting it (the case Mask Network's main-world
  // patch for Instagram uploads exists for, site-dom-facts §5.6).
  const pickDetached = () => {
    const el = document.createElement('input');
    el.type = 'file';
    el.accept = IG_ACCEPT;
    el.multiple = true;
    el.addEventListener('change', () => take(el.files));
    el.click();
  };
  const back = () => setStep(step === 'caption' ? 'edit' : step === 'edit' ? 'crop' : 'select');

  const titles: Record<Step, string> = { select: 'Create new post', crop: 'Crop', edit: 'Edit', caption: 'Create new post', sharing: 'Sharing', shared: 'Post shared' };
  const next = step === 'crop' ? 'edit' : step === 'edit' ? 'caption' : null;

  return (
    <div className="ig-layer">
      <div className="ig-close-corner">
        <button type="button" className="ig-icon-button ig-white" onClick={props.onClose}>
          <Icon label="Close" glyph="✕" />
        </button>
      </div>
      <div role="dialog" aria-labelledby="ig-create-title" aria-modal="true" className={`ig-dialog ig-step-${step}`}>
        <div className="ig-dialog-head">
          {step === 'crop' || step === 'edit' || step === 'caption' ? (
            <button type="button" className="ig-icon-button" onClick={back}>
              <Icon label="Back" glyph="←" />
            </button>
          ) : (
            <span />
          )}
          <h1 id="ig-create-title" dir="auto">
            {titles[step]}
          </h1>
          {next ? (
            <DivButton className="ig-head-action" onActivate={() => setStep(next)}>
              Next
            </DivButton>
          ) : step === 'caption' ? (
            <DivButton className="ig-head-action" disabled={length > CAPTION_MAX} onActivate={share}>
              Share
            </DivButton>
          ) : (
            <span />
          )}
        </div>
        {step === 'select' ? (
          <div
            className={dragging ? 'ig-dropzone ig-dragging' : 'ig-dropzone'}
            onDragOver={(e: DragEvent) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e: DragEvent) => {
              e.preventDefault();
              setDragging(false);
              take(e.dataTransfer?.files ?? null);
            }}
          >
            <Icon label="Icon to represent media such as images or videos" glyph="🖼" size={96} />
            <span className="ig-drop-text">Drag photos and videos here</span>
            <button type="button" className="ig-primary" onClick={() => (DETACHED_PICKER ? pickDetached() : input.current?.click())}>
              Select from computer
            </button>
            {DETACHED_PICKER ? null : (
            <form encType="multipart/form-data" method="POST" role="presentation">
              <input
                ref={input}
                accept={IG_ACCEPT}
                className="_ac69"
                multiple
                type="file"
                onChange={(e: Event) => {
                  const el = e.target as HTMLInputElement;
                  take(el.files);
                  el.value = '';
                }}
              />
            </form>
            )}
          </div>
        ) : null}
        {step === 'crop' || step === 'edit' ? (
          <div className="ig-dialog-body">
            <Preview files={files} />
            {step === 'edit' ? (
              <div className="ig-filters" role="tablist">
                {['Filters', 'Adjustments'].map((t) => (
                  <span key={t} role="tab">
                    {t}
                  </span>
                ))}
                {['Original', 'Clarendon', 'Juno', 'Lark'].map((f) => (
                  <div key={f} role="button" tabIndex={0} className="ig-filter">
                    {f}
                  </div>
                ))}
              </div>
            ) : null}
          </div>
        ) : null}
        {step === 'caption' ? (
          <div className="ig-dialog-body">
            <Preview files={files} />
            <div className="ig-caption-pane">
              <div className="ig-post-head">
                <Avatar name={ME.name} size={28} />
                <span className="ig-strong">{ME.username}</span>
              </div>
              <LexicalBox
                surface="instagram.post"
                namespace="IGCaptionEditor"
                ariaLabel="Write a caption..."
                placeholder="Write a caption..."
                className="xw2csxc x1odjw0f x1n2onr6 x1hnll1o xpqswwc notranslate ig-caption-editor"
                wrapperClassName="ig-caption-wrap"
                placeholderClassName="ig-placeholder"
                autoFocus
                apiRef={caption}
                onTextChange={(t) => setLength([...t].length)}
              />
              <div className="ig-muted ig-caption-count">
                {length.toLocaleString('en-US')}/{CAPTION_MAX.toLocaleString('en-US')}
              </div>
              <div className="ig-caption-options">
                <div role="button" tabIndex={0}>
                  Add location 📍
                </div>
                <div role="button" tabIndex={0}>
                  Add collaborators 👥
                </div>
                <div role="button" tabIndex={0}>
                  Accessibility ⌄
                </div>
              </div>
            </div>
          </div>
        ) : null}
        {step === 'sharing' ? <div className="ig-sharing" role="progressbar" aria-label="Sharing" /> : null}
        {step === 'shared' ? (
          <div className="ig-shared">
            <Icon label="Animated checkmark" glyph="✔" size={96} />
            <span>Your post has been shared.</span>
          </div>
        ) : null}
      </div>
    </div>
  );
}
