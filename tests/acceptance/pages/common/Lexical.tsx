/** @jsxImportSource react */
// A real Lexical editor (lexical + @lexical/rich-text or plain-text), mounted
// the way Meta's UI does: React renders an empty contenteditable div and
// Lexical owns everything inside it. The placeholder is a sibling, not a child.
import { useEffect, useRef, useState } from 'react';
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  KEY_ENTER_COMMAND,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { registerPlainText } from '@lexical/plain-text';
import { registerEditor } from './hooks';

export interface EditorApi {
  text(): string;
  clear(): void;
  focus(): void;
}

export interface LexicalBoxProps {
  surface: string;
  /** attributes of the contenteditable (aria-label, aria-placeholder, class, data-*) */
  attrs: Record<string, string>;
  placeholder?: string;
  plain?: boolean;
  /** Enter without Shift sends (comments, chats); returns nothing */
  onEnter?(text: string): void;
  onText?(text: string): void;
  api?: { current: EditorApi | null };
  autoFocus?: boolean;
}

export function LexicalBox({ surface, attrs, placeholder, plain, onEnter, onText, api, autoFocus }: LexicalBoxProps) {
  const ref = useRef<HTMLDivElement | null>(null);
  const [empty, setEmpty] = useState(true);
  const enter = useRef(onEnter);
  enter.current = onEnter;
  const changed = useRef(onText);
  changed.current = onText;

  useEffect(() => {
    const el = ref.current!;
    const editor: LexicalEditor = createEditor({
      namespace: surface,
      nodes: plain ? [] : [HeadingNode, QuoteNode],
      onError: (e: Error) => console.error(e),
    });
    editor.setRootElement(el);
    const read = () => editor.getEditorState().read(() => $getRoot().getTextContent());
    const offs = [
      plain ? registerPlainText(editor) : registerRichText(editor),
      editor.registerUpdateListener(() => {
        const t = read();
        setEmpty(t.length === 0);
        changed.current?.(t);
      }),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (e: KeyboardEvent | null) => {
          if (!enter.current || !e || e.shiftKey) return false;
          e.preventDefault();
          enter.current(read());
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      registerEditor(el, surface, read),
    ];
    const handle: EditorApi = {
      text: read,
      clear: () =>
        editor.update(() => {
          const root = $getRoot();
          root.clear();
          root.append($createParagraphNode());
        }),
      focus: () => el.focus(),
    };
    if (api) api.current = handle;
    if (autoFocus) el.focus();
    return () => {
      offs.forEach((off) => off());
      editor.setRootElement(null);
      if (api && api.current === handle) api.current = null;
    };
  }, []);

  return (
    <div className="acc-lexical" style={{ position: 'relative' }}>
      <div
        ref={ref}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        spellCheck
        tabIndex={0}
        aria-multiline="true"
        {...attrs}
        className={`acc-editable ${attrs.className ?? ''}`}
      />
      {empty && placeholder && (
        <div className="acc-placeholder" aria-hidden="true">
          {placeholder}
        </div>
      )}
    </div>
  );
}
