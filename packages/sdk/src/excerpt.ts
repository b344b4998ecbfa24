/** Quoting input back to whoever sent it: short, and escaped. */
export const EXCERPT = 40;

/**
 * The input as it may appear in a message: at most 40 characters, quoted and escaped (quotes,
 * backslashes, control characters, line and bidirectional-override characters), so that a message
 * never carries a long or misleading echo of what was sent.
 */
export function _excerpt(input: string): string {
  const chars = Array.from(input);
  const cut = chars.length > EXCERPT;
  const shown = JSON.stringify(chars.slice(0, cut ? EXCERPT - 1 : EXCERPT).join('')).replace(
    /[\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return cut ? `${shown.slice(0, -1)}…"` : shown;
}

