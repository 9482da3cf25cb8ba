// Time limits on promises, shared by the content script's messages and file
// reads. The timer is always cleared when the promise settles first: a check
// runs after nearly every keystroke, and a left-over 35 s timer per picture
// would keep work queued on the site's page for nothing.

/** `p`, or a rejection with Error('timeout') after `ms`. */
export function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([p, expired]).finally(() => clearTimeout(timer));
}

/** `p`'s value, or undefined when it rejects or takes longer than `ms`. Never rejects. */
export function valueWithin<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return withDeadline(p, ms).catch(() => undefined);
}
