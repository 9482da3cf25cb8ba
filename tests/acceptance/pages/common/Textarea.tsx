/** @jsxImportSource react */
// A React-controlled <textarea> (X mobile/XChat, Instagram comments).
import { useEffect, useRef, useState } from 'react';
import { registerEditor } from './hooks';
import type { EditorApi } from './Lexical';

export interface TextareaBoxProps {
  surface: string;
  attrs: Record<string, string>;
  sendOnEnter?: boolean;
  onSend?(text: string): void;
  onText?(text: string): void;
  api?: { current: EditorApi | null };
}

export function TextareaBox({ surface, attrs, sendOnEnter, onSend, onText, api }: TextareaBoxProps) {
  const [value, setValue] = useState('');
  const latest = useRef(value);
  latest.current = value;
  const ref = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => {
    const el = ref.current!;
    const handle: EditorApi = { text: () => latest.current, clear: () => setValue(''), focus: () => el.focus() };
    if (api) api.current = handle;
    const off = registerEditor(el, surface, () => latest.current);
    return () => {
      off();
      if (api && api.current === handle) api.current = null;
    };
  }, []);
  return (
    <textarea
      ref={ref}
      rows={1}
      {...attrs}
      value={value}
      onChange={(e: Event) => {
        const v = (e.target as HTMLTextAreaElement).value;
        setValue(v);
        latest.current = v;
        onText?.(v);
      }}
      onKeyDown={(e: KeyboardEvent) => {
        if (!sendOnEnter || e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
        e.preventDefault();
        onSend?.(latest.current);
      }}
    />
  );
}
