/** @jsxImportSource react */
// A real Lexical editor (lexical + @lexical/rich-text), mounted the way
// Meta's Comet UI and @lexical/react's <ContentEditable> do it: React renders
// an empty contenteditable <div role="textbox">, Lexical owns everything
// inside it (<p> paragraphs, <span data-lexical-text="true"> runs) and sets
// data-lexical-editor="true" plus the __lexicalEditor expando on it.
import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  KEY_ENTER_COMMAND,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { DRAG_DROP_PASTE, HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { registerEditor } from './harness';

export interface EditorApi {
  /** the contenteditable element */
  el: HTMLElement | null;
  /** the editor's model text */
  text(): string;
  /** empty the editor (the site does this after a successful publish) */
  clear(): void;
  focus(): void;
}

export type SubmitKey = 'enter' | 'ctrl-enter' | null;

export interface LexicalBoxProps {
  surface: string;
  namespace: string;
  ariaLabel: string;
  /** Meta puts the placeholder text in aria-placeholder too */
  ariaPlaceholder?: string;
  /** visible placeholder; defaults to ariaPlaceholder */
  placeholder?: string;
  className?: string;
  wrapperClassName?: string;
  placeholderClassName?: string;
  paragraphClassName?: string;
  /** extra attributes for the contenteditable (e.g. aria-describedby) */
  attrs?: Record<string, string | boolean | number>;
  /** which key publishes: 'enter' (Shift+Enter = newline), 'ctrl-enter', or none */
  submitKey?: SubmitKey;
  onSubmit?: (via: 'enter' | 'ctrl-enter') => void;
  onTextChange?: (text: string) => void;
  /** Pasted or dropped files (Lexical's DRAG_DROP_PASTE command): the site previews them */
  onFiles?: (files: File[]) => void;
  apiRef?: MutableRefObject<EditorApi | null>;
  autoFocus?: boolean;
  /** pre-rendered but unused editors (Facebook) are not registered as test targets unless asked */
  register?: boolean;
}

function readText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

export function LexicalBox(props: LexicalBoxProps) {
  const rootRef = useRef<HTMLDivElement | null>(null);
  const [empty, setEmpty] = useState(true);
  // Latest callbacks without re-creating the editor.
  const cb = useRef(props);
  cb.current = props;

  useEffect(() => {
    const el = rootRef.current!;
    const editor = createEditor({
      namespace: props.namespace,
      nodes: [HeadingNode, QuoteNode],
      theme: { paragraph: props.paragraphClassName ?? '' },
      onError: (err: Error) => {
        console.error('[test page] Lexical error', err);
      },
    });
    editor.setRootElement(el);
    const cleanups: Array<() => void> = [
      registerRichText(editor),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event: KeyboardEvent | null) => {
          const key = cb.current.submitKey;
          if (!event || !key || event.isComposing) return false;
          const wants = key === 'enter' ? !event.shiftKey : event.ctrlKey || event.metaKey;
          if (!wants) return false;
          event.preventDefault();
          cb.current.onSubmit?.(key);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        DRAG_DROP_PASTE,
        (files: File[]) => {
          if (!cb.current.onFiles) return false;
          cb.current.onFiles(files);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerUpdateListener(({ editorState }) => {
        const text = editorState.read(() => $getRoot().getTextContent());
        setEmpty(text.length === 0);
        cb.current.onTextChange?.(text);
      }),
    ];
    editor.update(() => {
      const root = $getRoot();
      if (root.isEmpty()) root.append($createParagraphNode());
    });
    if (props.register !== false) cleanups.push(registerEditor(el, props.surface, 'lexical', () => readText(editor)));
    const api: EditorApi = {
      el,
      text: () => readText(editor),
      clear: () =>
        editor.update(() => {
          const root = $getRoot();
          root.clear();
          const p = $createParagraphNode();
          root.append(p);
          if (document.activeElement === el) p.select();
        }),
      focus: () => editor.focus(),
    };
    if (props.apiRef) props.apiRef.current = api;
    if (props.autoFocus) editor.focus();
    return () => {
      cleanups.forEach((f) => f());
      editor.setRootElement(null);
      if (props.apiRef?.current === api) props.apiRef.current = null;
    };
    // The editor is created once per mount, like LexicalComposer.
  }, []);

  const placeholder = props.placeholder ?? props.ariaPlaceholder;
  return (
    <div className={props.wrapperClassName ?? 'tp-lexical-wrap'} style={{ position: 'relative' }}>
      <div
        ref={rootRef}
        className={props.className}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        spellCheck
        tabIndex={0}
        aria-label={props.ariaLabel}
        aria-placeholder={props.ariaPlaceholder}
        {...props.attrs}
      />
      {empty && placeholder ? (
        <div className={props.placeholderClassName ?? 'tp-lexical-placeholder'} aria-hidden="true">
          {placeholder}
        </div>
      ) : null}
    </div>
  );
}
