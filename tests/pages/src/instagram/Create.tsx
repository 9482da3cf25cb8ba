/** @jsxImportSource react */
// Instagram "Create new post" dialog (site-dom-facts §3.1): select
// (input[type=file][accept="image/jpeg,image/png,image/heic,image/heif,video/mp4,video/quicktime"],
// "Select from computer", drag-and-drop) -> Crop (Next) -> Edit (Next) ->
// caption, a Lexical div[aria-label="Write a caption..."][role=textbox]
// [contenteditable][data-lexical-editor] -> "Share" (div[role=button],
// found by text) -> "Post shared".
// Removing media (plausible structure, not in the fact sheet; see the README):
// the crop step's "Open media gallery" shows one thumbnail per file, each
// with a Delete control (div[role=button] > svg[aria-label="Delete"]), and a
// "Plus icon" button with its own file input that adds more; deleting the
// last file returns to the picker. Back from the crop step and the close
// button (once files are picked) ask "Discard post?" (Discard / Cancel).
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
  const [gallery, setGallery] = useState(false);
  /** "Discard post?" is open: what Discard does (back to the picker, or close). */
  const [discarding, setDiscarding] = useState<'back' | 'close' | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const addInput = useRef<HTMLInputElement | null>(null);
  const caption = useRef<EditorApi | null>(null);

  const take = (list: FileList | null) => {
    if (!list?.length) return;
    setFiles(pickFiles(list));
    setStep('crop');
  };
  const add = (list: FileList | null) => {
    // Read now: the input's FileList empties when its value is reset.
    const more = pickFiles(list);
    if (more.length) setFiles((fs) => [...fs, ...more]);
  };
  const remove = (index: number) => {
    const rest = files.filter((_, i) => i !== index);
    setFiles(rest);
    if (rest.length === 0) {
      setGallery(false);
      setStep('select');
    }
  };
  const discard = () => {
    const then = discarding;
    setDiscarding(null);
    setFiles([]);
    setGallery(false);
    if (then === 'close') props.onClose();
    else setStep('select');
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
  const back = () => (step === 'crop' ? setDiscarding('back') : setStep(step === 'caption' ? 'edit' : 'crop'));
  const close = () => (files.length && step !== 'shared' ? setDiscarding('close') : props.onClose());

  const titles: Record<Step, string> = { select: 'Create new post', crop: 'Crop', edit: 'Edit', caption: 'Create new post', sharing: 'Sharing', shared: 'Post shared' };
  const next = step === 'crop' ? 'edit' : step === 'edit' ? 'caption' : null;

  return (
    <div className="ig-layer">
      <div className="ig-close-corner">
        <button type="button" className="ig-icon-button ig-white" onClick={close}>
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
            {step === 'crop' ? (
              <div className="ig-gallery-corner">
                {gallery ? (
                  <div className="ig-gallery">
                    {files.map((f, i) => (
                      <div key={f.url} className="ig-thumb">
                        {f.kind === 'video' ? <video src={f.url} muted /> : <img src={f.url} alt="" />}
                        <DivButton className="ig-thumb-delete" onActivate={() => remove(i)}>
                          <Icon label="Delete" glyph="✕" size={12} />
                        </DivButton>
                      </div>
                    ))}
                    <DivButton className="ig-thumb-add" onActivate={() => addInput.current?.click()}>
                      <Icon label="Plus icon" glyph="+" />
                    </DivButton>
                    <input
                      ref={addInput}
                      accept={IG_ACCEPT}
                      multiple
                      type="file"
                      className="ig-hidden-input"
                      onChange={(e: Event) => {
                        const el = e.target as HTMLInputElement;
                        add(el.files);
                        el.value = '';
                      }}
                    />
                  </div>
                ) : null}
                <DivButton className="ig-gallery-toggle" onActivate={() => setGallery(!gallery)}>
                  <Icon label="Open media gallery" glyph="❐" />
                </DivButton>
              </div>
            ) : null}
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
        {discarding ? (
          <div className="ig-discard-layer">
            <div role="dialog" aria-modal="true" className="ig-discard">
              <h3>Discard post?</h3>
              <p className="ig-muted">If you leave, your edits won't be saved.</p>
              <button type="button" className="ig-discard-confirm" onClick={discard}>
                Discard
              </button>
              <button type="button" onClick={() => setDiscarding(null)}>
                Cancel
              </button>
            </div>
          </div>
        ) : null}
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
