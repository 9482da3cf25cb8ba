// The long-lived port content scripts check drafts over. Its own module
// without zod: content scripts import the name, and protocol.ts would pull
// the schemas into their bundles.

/**
 * Name of the long-lived port content scripts check drafts over (a check
 * runs after nearly every keystroke; a port message costs the page far less
 * than a runtime.sendMessage, which opens a channel each time).
 */
export const CHECK_PORT = 'sl:checks';

/** Content script -> worker on CHECK_PORT: a request the worker answers as it would by sendMessage. */
export interface PortRequest {
  id: number;
  message: unknown;
}

/**
 * Worker -> content script on CHECK_PORT; `answer` is absent when the worker
 * had none. `same`: the answer equals the last one sent on this port (most
 * keystrokes change no finding), so it is not sent again.
 */
export interface PortAnswer {
  id: number;
  answer?: unknown;
  same?: true;
}
