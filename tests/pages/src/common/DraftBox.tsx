/** @jsxImportSource react */
// A real Draft.js 0.11 editor on React 17, as X (tweet composer, legacy DMs)
// and TikTok (Studio caption, comments, DMs) run it. The contenteditable is
// Draft's `.public-DraftEditor-content` inside `.DraftEditor-root`; blocks are
// `div[data-block="true"]` with text in `span[data-text="true"]`. The model
// lives in React state (EditorState), not in the DOM.
import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import { Editor, EditorState, type DraftHandleValue } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { registerEditor } from './harness';
import type { EditorApi, SubmitKey } from './LexicalBox';

export interface DraftBoxProps {
  surface: string;
  /** Draft's webDriverTestID: becomes data-testid on the contenteditable itself */
  testId?: string;
  ariaLabel?: string;
  role?: string;
  placeholder?: string;
  className?: string;
  submitKey?: SubmitKey;
  onSubmit?: (via: 'enter' | 'ctrl-enter') => void;
  onTextChange?: (text: string) => void;
  onFocus?: () => void;
  /** Pasted or dropped files (Draft's handlePastedFiles / handleDroppedFiles): the site previews them */
  onFiles?: (files: File[], via: 'paste' | 'drop') => void;
  apiRef?: MutableRefObject<EditorApi | null>;
  autoFocus?: boolean;
}

export function DraftBox(props: DraftBoxProps) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const stateRef = useRef(state);
  const wrapRef = useRef<HTMLDivElement | null>(null);
  const cb = useRef(props);
  cb.current = props;

  const onChange = (next: EditorState) => {
    const before = stateRef.current.getCurrentContent();
    stateRef.current = next;
    setState(next);
    if (next.getCurrentContent() !== before) cb.current.onTextChange?.(next.getCurrentContent().getPlainText());
  };

  const handleReturn = (e: KeyboardEvent): DraftHandleValue => {
    const key = cb.current.submitKey;
    if (!key || e.isComposing) return 'not-handled';
    const wants = key === 'enter' ? !e.shiftKey : e.ctrlKey || e.metaKey;
    if (!wants) return 'not-handled';
    cb.current.onSubmit?.(key);
    return 'handled';
  };

  useEffect(() => {
    const el = wrapRef.current!.querySelector<HTMLElement>('.public-DraftEditor-content')!;
    const read = () => stateRef.current.getCurrentContent().getPlainText();
    const unregister = registerEditor(el, props.surface, 'draft', read);
    const api: EditorApi = {
      el,
      text: read,
      clear: () => {
        const empty = el === document.activeElement ? EditorState.moveFocusToEnd(EditorState.createEmpty()) : EditorState.createEmpty();
        stateRef.current = empty;
        setState(empty);
        cb.current.onTextChange?.('');
      },
      focus: () => el.focus(),
    };
    if (props.apiRef) props.apiRef.current = api;
    if (props.autoFocus) el.focus();
    return () => {
      unregister();
      if (props.apiRef?.current === api) props.apiRef.current = null;
    };
  }, []);

  return (
    <div ref={wrapRef} className={props.className}>
      <Editor
        editorState={state}
        onChange={onChange}
        placeholder={props.placeholder}
        webDriverTestID={props.testId}
        ariaLabel={props.ariaLabel}
        ariaMultiline
        role={props.role}
        spellCheck
        stripPastedStyles
        tabIndex={0}
        handleReturn={handleReturn}
        handlePastedFiles={
          props.onFiles
            ? (files: Blob[]): DraftHandleValue => {
                cb.current.onFiles?.(files as File[], 'paste');
                return 'handled';
              }
            : undefined
        }
        handleDroppedFiles={
          props.onFiles
            ? (_sel: unknown, files: Blob[]): DraftHandleValue => {
                cb.current.onFiles?.(files as File[], 'drop');
                return 'handled';
              }
            : undefined
        }
        onFocus={() => cb.current.onFocus?.()}
      />
    </div>
  );
}
