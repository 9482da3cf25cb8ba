// The long-lived port content scripts check drafts over. Its own module
// without zod: content scripts import the name, and protocol.ts would pull
// the schemas into their bundles.

/**
 * Name of the long-lived port content scripts check drafts over (a check
 * runs after nearly every keystroke; a port message costs the page far less
 * than a runtime.sendMessage, which opens a channel each time).
 */
export const CHECK_PORT = 'sl:checks';

/**
 * Content script -> worker on CHECK_PORT: a request the worker answers as it
 * would by sendMessage. `quiet`: a check the debounce ran while the author
 * types, which nobody waits for; if its answer is `same` and it came in a
 * burst, the worker may hold that answer back (see PortAnswer.acked).
 */
export interface PortRequest {
  id: number;
  message: unknown;
  quiet?: true;
}

/** Content script -> worker on CHECK_PORT: someone waits for a quiet check; send what is held back now. */
export interface PortHurry {
  hurry: true;
}

/**
 * Worker -> content script on CHECK_PORT; `answer` is absent when the worker
 * had none. `same`: the answer equals the last one sent on this port (most
 * keystrokes change no finding), so it is not sent again.
 *
 * `acked`: quiet requests whose answer was `same`, held back while checks
 * came in a burst: receiving an answer costs the page a task of its own on
 * every keystroke (~0.3 ms per key on X, npm run bench:e2e). Their answer is
 * the last one sent before this message; they are settled before this
 * message's own answer (`id`, absent when the message only acknowledges).
 */
export interface PortAnswer {
  id?: number;
  answer?: unknown;
  same?: true;
  acked?: number[];
}

/**
 * The worker holds back `same` answers to quiet checks that come less than
 * this apart (a burst of typing), and sends them together once no check came
 * for this long. An author typing slower gets every answer at once.
 */
export const QUIET_ACK_MS = 100;
/** ... and at the latest this long after the first one held back. */
export const QUIET_ACK_MAX_MS = 1000;
