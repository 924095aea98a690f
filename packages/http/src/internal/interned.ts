/**
 * `text` as the engine's own copy of a property name (its string table's).
 * A string built at run time (cut out by a regex, case-changed) is a fresh
 * copy: comparing it with a property name, or storing under it, costs a
 * character-by-character comparison or a table lookup on every request;
 * the interned copy compares by identity.
 */
export const interned = (text: string): string => Object.keys({ [text]: true })[0] ?? text;
