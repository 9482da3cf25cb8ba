/** @jsxImportSource react */
// X's post composer (site-dom-facts §1.1-1.3): Draft.js editors
// [data-testid="tweetTextarea_N"] (the contenteditable itself), wrappers
// tweetTextarea_N_label / tweetTextarea_NRichTextInputContainer, the
// [data-testid="toolBar"] with input[data-testid="fileInput"], previews in
// [data-testid="attachments"], and the submit button tweetButton (modal) /
// tweetButtonInline (home, replies), disabled when empty. Ctrl/Cmd+Enter
// posts; plain Enter is a newline. The mobile layout uses a <textarea>.
// Images pasted or dropped on the text box preview like picked ones (X
// accepts both, site-dom-facts §1.3 [L]; the preview is our guess).
import { useRef, useState } from 'react';
import { DraftBox } from '../common/DraftBox';
import { TextareaBox } from '../common/TextareaBox';
import { Avatar } from '../common/Avatar';
import { fileInfos, pickFiles, recordPublish, type PickedFile } from '../common/harness';
import type { EditorApi } from '../common/LexicalBox';
import { ME } from './people';

export const X_ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,video/mp4,video/quicktime';
export const LIMIT = 280;

export interface ComposerProps {
  surface: 'x.post' | 'x.reply' | 'x.post.mobile';
  /** 'tweetButton' in the modal and mobile page, 'tweetButtonInline' on home and status pages */
  buttonTestId: 'tweetButton' | 'tweetButtonInline';
  placeholder: string;
  buttonLabel: string;
  /** allow threads (addButton) */
  thread?: boolean;
  mobile?: boolean;
  autoFocus?: boolean;
  onPosted: (parts: string[], files: PickedFile[]) => void;
}

interface Part {
  key: number;
  text: string;
}

function ToolBar(props: { onFiles: (files: FileList | null) => void; onAddPart?: () => void; canAdd: boolean; count: number }) {
  const input = useRef<HTMLInputElement | null>(null);
  const over = props.count > LIMIT;
  return (
    <div className="x-toolbar-row">
      <div data-testid="toolBar" className="x-toolbar" role="tablist">
        <div className="x-toolbar-icons">
          <button type="button" role="button" aria-label="Add photos or video" className="x-icon" onClick={() => input.current?.click()}>
            🖼
          </button>
          <input
            ref={input}
            data-testid="fileInput"
            type="file"
            multiple
            accept={X_ACCEPT}
            tabIndex={-1}
            className="r-8akbif r-orgf3d r-1udh08x r-u8s1d r-xjis5s r-1wyyakw"
            onChange={(e: Event) => {
              const el = e.target as HTMLInputElement;
              props.onFiles(el.files);
              el.value = '';
            }}
          />
          <button type="button" role="button" aria-label="Add a GIF" data-testid="gifSearchButton" className="x-icon">
            GIF
          </button>
          <button type="button" role="button" aria-label="Grok actions" data-testid="grokImgGen" className="x-icon">
            ✦
          </button>
          <button type="button" role="button" aria-label="Add poll" data-testid="createPollButton" className="x-icon">
            ☰
          </button>
          <button type="button" role="button" aria-label="Schedule post" data-testid="scheduleOption" className="x-icon">
            🗓
          </button>
          <button type="button" role="button" aria-label="Tag Location" data-testid="geoButton" className="x-icon">
            📍
          </button>
        </div>
      </div>
      <div className="x-toolbar-right">
        {props.count > 0 ? (
          <div data-testid="progressBar-bar" role="progressbar" aria-valuemin={0} aria-valuemax={LIMIT} aria-valuenow={props.count} className={over ? 'x-count x-over' : 'x-count'}>
            {LIMIT - props.count}
          </div>
        ) : null}
        {props.onAddPart ? (
          <button type="button" role="button" data-testid="addButton" aria-label="Add post" className="x-icon x-add" disabled={!props.canAdd} aria-disabled={!props.canAdd ? 'true' : undefined} onClick={props.onAddPart}>
            ＋
          </button>
        ) : null}
      </div>
    </div>
  );
}

export function Composer(props: ComposerProps) {
  const [parts, setParts] = useState<Part[]>([{ key: 0, text: '' }]);
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [active, setActive] = useState(0);
  const apis = useRef<Array<{ current: EditorApi | null }>>([]);
  const nextKey = useRef(1);

  const lengths = parts.map((p) => [...p.text].length);
  const longest = Math.max(...lengths);
  const hasContent = parts.some((p) => p.text.trim().length > 0) || files.length > 0;
  const enabled = hasContent && longest <= LIMIT && parts.every((p, i) => i === 0 || p.text.trim().length > 0);
  const label = parts.length > 1 ? 'Post all' : props.buttonLabel;

  const submit = (via: string) => {
    if (!enabled) return;
    // Read the models, not the last onChange, in case both happened in one tick.
    const texts = parts.map((p, i) => apis.current[i]?.current?.text() ?? p.text);
    recordPublish({
      surface: props.surface,
      text: texts.join('\n\n'),
      parts: texts.length > 1 ? texts : undefined,
      files: fileInfos(files.map((f) => f.file)),
      via,
    });
    props.onPosted(texts, files);
    apis.current.forEach((a) => a.current?.clear());
    setParts([{ key: nextKey.current++, text: '' }]);
    setFiles([]);
  };

  // Picked, pasted or dropped: the same previews, four at most.
  const addFiles = (list: FileList | File[] | null) => {
    if (list?.length) setFiles((fs) => [...fs, ...pickFiles(list)].slice(0, 4));
  };
  const setText = (i: number, text: string) => setParts((ps) => ps.map((p, j) => (j === i ? { ...p, text } : p)));

  return (
    <div className="x-composer">
      {parts.map((part, i) => {
        apis.current[i] ??= { current: null };
        const id = `tweetTextarea_${i}`;
        return (
          <div key={part.key} className={i === active || parts.length === 1 ? 'x-part x-part-active' : 'x-part'}>
            <Avatar name={ME.name} />
            <div className="x-part-body">
              {props.mobile ? (
                <div data-testid={id} className="x-mobile-textarea">
                  <TextareaBox
                    surface={props.surface}
                    submitKey="ctrl-enter"
                    onSubmit={submit}
                    onTextChange={(t) => setText(i, t)}
                    onFiles={addFiles}
                    apiRef={apis.current[i]}
                    autoFocus={props.autoFocus}
                    attrs={{ 'aria-label': 'Post text', placeholder: props.placeholder, dir: 'auto', autoCapitalize: 'sentences', rows: 4, className: 'x-textarea' }}
                  />
                </div>
              ) : (
                <div data-testid={`${id}RichTextInputContainer`} className="x-rich-container">
                  <label data-testid={`${id}_label`} className="x-label">
                    <DraftBox
                      surface={props.surface}
                      testId={id}
                      ariaLabel="Post text"
                      placeholder={i === 0 ? props.placeholder : 'Add another post'}
                      className="x-draft"
                      submitKey="ctrl-enter"
                      onSubmit={submit}
                      onTextChange={(t) => setText(i, t)}
                      onFocus={() => setActive(i)}
                      onFiles={addFiles}
                      apiRef={apis.current[i]}
                      autoFocus={props.autoFocus || i > 0}
                    />
                  </label>
                </div>
              )}
              {i === 0 && files.length ? (
                <div data-testid="attachments" className="x-attachments">
                  {files.map((f, j) => (
                    <div key={j} className="x-attachment">
                      {f.kind === 'video' ? <video src={f.url} muted /> : <img src={f.url} alt="" draggable={false} />}
                      <button
                        type="button"
                        role="button"
                        data-testid="removeMedia"
                        aria-label="Remove media"
                        className="x-remove"
                        onClick={() => setFiles((fs) => fs.filter((_, k) => k !== j))}
                      >
                        ✕
                      </button>
                    </div>
                  ))}
                </div>
              ) : null}
            </div>
          </div>
        );
      })}
      <div className="x-composer-foot">
        <ToolBar
          onFiles={addFiles}
          onAddPart={
            props.thread
              ? () => {
                  setParts((ps) => [...ps, { key: nextKey.current++, text: '' }]);
                  setActive(parts.length);
                }
              : undefined
          }
          canAdd={parts[parts.length - 1]!.text.trim().length > 0}
          count={lengths[active] ?? 0}
        />
        <button
          type="button"
          role="button"
          data-testid={props.buttonTestId}
          className="x-post-button"
          disabled={!enabled}
          aria-disabled={!enabled ? 'true' : undefined}
          onClick={() => submit('click')}
        >
          <span>{label}</span>
        </button>
      </div>
    </div>
  );
}
