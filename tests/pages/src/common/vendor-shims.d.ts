// Minimal type declarations for the React 17 / react-dom 17 / draft-js 0.11
// packages the test pages use. The project installs these libraries (they are
// what the real sites run) but not their @types packages; these shims cover
// exactly the API surface the pages touch, so `npm run typecheck` stays green.
//
// Page files opt into React's JSX with a `/** @jsxImportSource react */`
// pragma (the rest of the project uses Preact).

declare module 'react' {
  export type ReactNode = any;
  export type SetState<T> = (value: T | ((prev: T) => T)) => void;
  export interface MutableRefObject<T> {
    current: T;
  }
  export function useState<T>(init: T | (() => T)): [T, SetState<T>];
  export function useRef<T>(init: T): MutableRefObject<T>;
  export function useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
  export function useLayoutEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
  export function useCallback<T extends (...args: any[]) => any>(fn: T, deps: readonly unknown[]): T;
  export function useMemo<T>(fn: () => T, deps: readonly unknown[]): T;
  export function useReducer<S, A>(reducer: (s: S, a: A) => S, init: S): [S, (a: A) => void];
  export function createElement(type: any, props?: any, ...children: any[]): any;
  export const Fragment: any;
  export interface KeyboardEvent<T = Element> {
    key: string;
    code: string;
    keyCode: number;
    shiftKey: boolean;
    ctrlKey: boolean;
    metaKey: boolean;
    altKey: boolean;
    currentTarget: T;
    target: EventTarget;
    nativeEvent: globalThis.KeyboardEvent;
    preventDefault(): void;
    stopPropagation(): void;
  }
  const React: {
    createElement: typeof createElement;
    Fragment: typeof Fragment;
  };
  export default React;
}

declare module 'react/jsx-runtime' {
  export namespace JSX {
    type Element = any;
    interface ElementClass {}
    interface ElementAttributesProperty {
      props: {};
    }
    interface ElementChildrenAttribute {
      children: {};
    }
    interface IntrinsicAttributes {
      key?: string | number | null;
    }
    interface IntrinsicElements {
      [tag: string]: any;
    }
  }
  export const jsx: any;
  export const jsxs: any;
  export const Fragment: any;
}

declare module 'react-dom' {
  export function render(element: any, container: Element | DocumentFragment): void;
  export function unmountComponentAtNode(container: Element | DocumentFragment): boolean;
  export function flushSync<R>(fn: () => R): R;
}

declare module 'draft-js' {
  export type DraftHandleValue = 'handled' | 'not-handled';
  export interface ContentState {
    getPlainText(delimiter?: string): string;
    hasText(): boolean;
  }
  export interface SelectionState {
    getHasFocus(): boolean;
  }
  export class EditorState {
    static createEmpty(): EditorState;
    static createWithContent(content: ContentState): EditorState;
    static moveFocusToEnd(state: EditorState): EditorState;
    static push(state: EditorState, content: ContentState, changeType: string): EditorState;
    getCurrentContent(): ContentState;
    getSelection(): SelectionState;
    isInCompositionMode(): boolean;
  }
  export const ContentState: {
    createFromText(text: string, delimiter?: string): ContentState;
  };
  export interface EditorProps {
    editorState: EditorState;
    onChange(state: EditorState): void;
    placeholder?: string;
    webDriverTestID?: string;
    ariaLabel?: string;
    ariaMultiline?: boolean;
    ariaAutoComplete?: string;
    ariaControls?: string;
    ariaExpanded?: boolean;
    role?: string;
    spellCheck?: boolean;
    stripPastedStyles?: boolean;
    tabIndex?: number;
    readOnly?: boolean;
    editorKey?: string;
    handleReturn?(e: globalThis.KeyboardEvent, state: EditorState): DraftHandleValue;
    handlePastedFiles?(files: Blob[]): DraftHandleValue;
    handleDroppedFiles?(selection: unknown, files: Blob[]): DraftHandleValue;
    handleKeyCommand?(command: string, state: EditorState): DraftHandleValue;
    keyBindingFn?(e: globalThis.KeyboardEvent): string | null | undefined;
    onFocus?(e: FocusEvent): void;
    onBlur?(e: FocusEvent): void;
    editorRef?: (el: HTMLElement | null) => void;
  }
  export const Editor: (props: EditorProps) => any;
  export function getDefaultKeyBinding(e: globalThis.KeyboardEvent): string | null;
  export const KeyBindingUtil: {
    hasCommandModifier(e: globalThis.KeyboardEvent): boolean;
    isCtrlKeyCommand(e: globalThis.KeyboardEvent): boolean;
  };
}

declare module 'draft-js/dist/Draft.css';
declare module '*.css';
