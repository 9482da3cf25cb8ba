/** @jsxImportSource react */
// A real Draft.js 0.11 editor on React 17 (X, TikTok). The model lives in
// React state; `.public-DraftEditor-content` is the contenteditable.
import { useEffect, useRef, useState } from 'react';
import { Editor, EditorState } from 'draft-js';
import { registerEditor } from './hooks';
import type { EditorApi } from './Lexical';

export interface DraftBoxProps {
  surface: string;
  testId?: string;
  ariaLabel?: string;
  role?: string;
  placeholder?: string;
  /** Enter without modifiers sends */
  sendOnEnter?: boolean;
  /** Ctrl/Cmd+Enter sends */
  sendOnCtrlEnter?: boolean;
  onSend?(text: string, via: 'enter' | 'ctrl-enter'): void;
  onText?(text: string): void;
  api?: { current: EditorApi | null };
}

export function DraftBox({ surface, testId, ariaLabel, role, placeholder, sendOnEnter, sendOnCtrlEnter, onSend, onText, api }: DraftBoxProps) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const latest = useRef(state);
  latest.current = state;
  const root = useRef<HTMLDivElement | null>(null);
  const editorEl = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const el = root.current!.querySelector<HTMLElement>('.public-DraftEditor-content')!;
    editorEl.current = el;
    const read = () => latest.current.getCurrentContent().getPlainText();
    const handle: EditorApi = {
      text: read,
      clear: () => setState(EditorState.createEmpty()),
      focus: () => el.focus(),
    };
    if (api) api.current = handle;
    const off = registerEditor(el, surface, read);
    return () => {
      off();
      if (api && api.current === handle) api.current = null;
    };
  }, []);

  return (
    <div ref={root} className="acc-draft">
      <Editor
        editorState={state}
        onChange={(s: EditorState) => {
          setState(s);
          latest.current = s;
          onText?.(s.getCurrentContent().getPlainText());
        }}
        placeholder={placeholder}
        webDriverTestID={testId}
        ariaLabel={ariaLabel}
        role={role}
        spellCheck
        handleReturn={(e: KeyboardEvent) => {
          const text = latest.current.getCurrentContent().getPlainText();
          if (sendOnCtrlEnter && (e.ctrlKey || e.metaKey)) {
            onSend?.(text, 'ctrl-enter');
            return 'handled';
          }
          if (sendOnEnter && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
            onSend?.(text, 'enter');
            return 'handled';
          }
          return 'not-handled';
        }}
      />
    </div>
  );
}
