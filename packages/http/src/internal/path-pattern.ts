import { DefinitionError } from '@switchboard/core';

/** One segment of a route pattern: `users`, `{id}` or `{proxy+}`. */
export type PatternSegment =
  | { readonly kind: 'static'; readonly value: string }
  | { readonly kind: 'param'; readonly name: string }
  | { readonly kind: 'greedy'; readonly name: string };

const paramPattern = /^\{([A-Za-z_]\w*)(\+?)\}$/;

/**
 * Parses an API Gateway style path pattern (`/users/{id}`, `/files/{path+}`)
 * once, when the route is defined. A greedy parameter must be last, and a
 * parameter name may appear once. One regex and no array destructuring:
 * routes are defined at start-up, in code not yet optimized, where each
 * regex costs its compilation and destructuring walks an iterator.
 */
export function parsePattern(pattern: string): PatternSegment[] {
  const refuse = (problem: string) => new DefinitionError(`Route path "${pattern}" ${problem}`);
  if (!pattern.startsWith('/')) throw refuse('must start with "/"');
  // One trailing slash is allowed: `/users/` is `/users`.
  const parts = pattern === '/' ? [] : pattern.slice(1, pattern.endsWith('/') ? -1 : undefined).split('/');
  const names = new Set<string>();
  return parts.map((part, index) => {
    const param = paramPattern.exec(part);
    if (param === null) {
      if (part === '' || part.includes('{') || part.includes('}')) throw refuse(`has an invalid segment "${part}"`);
      return { kind: 'static', value: part };
    }
    const name = param[1] as string;
    if (names.has(name)) throw refuse(`names {${name}} twice`);
    names.add(name);
    if (param[2] === '') return { kind: 'param', name };
    if (index !== parts.length - 1) throw refuse(`has {${name}+} before the last segment`);
    return { kind: 'greedy', name };
  });
}
