/** @jsxImportSource react */
// A React-controlled <textarea> (Instagram comments, X's XChat DM composer,
// X mobile web). Its model is the React state value, which is what
// __editorText returns; `.value` is only the DOM mirror.
import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import { registerEditor } from './harness';
import type { EditorApi, SubmitKey } from './LexicalBox';

export interface TextareaBoxProps {
  surface: string;
  submitKey?: SubmitKey;
  onSubmit?: (via: 'enter' | 'ctrl-enter') => void;
  onTextChange?: (text: string) => void;
  /** Pasted or dropped files (the site previews them; text pastes stay text) */
  onFiles?: (files: File[], via: 'paste' | 'drop') => void;
  apiRef?: MutableRefObject<EditorApi | null>;
  autoFocus?: boolean;
  /** any other <textarea> attributes (aria-label, placeholder, data-testid, className, rows...) */
  attrs?: Record<string, string | number | boolean>;
}

export function TextareaBox(props: TextareaBoxProps) {
  const [value, setValue] = useState('');
  const valueRef = useRef('');
  const elRef = useRef<HTMLTextAreaElement | null>(null);
  const cb = useRef(props);
  cb.current = props;

  const set = (v: string) => {
    valueRef.current = v;
    setValue(v);
    cb.current.onTextChange?.(v);
  };

  useEffect(() => {
    const el = elRef.current!;
    const unregister = registerEditor(el, props.surface, 'textarea', () => valueRef.current);
    const api: EditorApi = { el, text: () => valueRef.current, clear: () => set(''), focus: () => el.focus() };
    if (props.apiRef) props.apiRef.current = api;
    if (props.autoFocus) el.focus();
    return () => {
      unregister();
      if (props.apiRef?.current === api) props.apiRef.current = null;
    };
  }, []);

  return (
    <textarea
      ref={elRef}
      {...props.attrs}
      value={value}
      onChange={(e: Event) => set((e.target as HTMLTextAreaElement).value)}
      onPaste={(e: ClipboardEvent) => {
        const files = [...(e.clipboardData?.files ?? [])];
        if (!files.length || !cb.current.onFiles) return;
        e.preventDefault();
        cb.current.onFiles(files, 'paste');
      }}
      onDragOver={(e: DragEvent) => {
        if (cb.current.onFiles && e.dataTransfer?.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e: DragEvent) => {
        const files = [...(e.dataTransfer?.files ?? [])];
        if (!files.length || !cb.current.onFiles) return;
        e.preventDefault();
        cb.current.onFiles(files, 'drop');
      }}
      onKeyDown={(e: KeyboardEvent & { nativeEvent: KeyboardEvent }) => {
        const key = cb.current.submitKey;
        if (e.key !== 'Enter' || !key || e.nativeEvent.isComposing) return;
        const wants = key === 'enter' ? !e.shiftKey : e.ctrlKey || e.metaKey;
        if (!wants) return;
        e.preventDefault();
        cb.current.onSubmit?.(key);
      }}
    />
  );
}
