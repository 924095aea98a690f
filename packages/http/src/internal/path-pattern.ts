import { DefinitionError } from '@switchboard/core';

/** One segment of a route pattern: `users`, `{id}` or `{proxy+}`. */
export type PatternSegment =
  | { readonly kind: 'static'; readonly value: string }
  | { readonly kind: 'param'; readonly name: string }
  | { readonly kind: 'greedy'; readonly name: string };

const paramPattern = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
const greedyPattern = /^\{([A-Za-z_][A-Za-z0-9_]*)\+\}$/;

/**
 * Parses an API Gateway style path pattern (`/users/{id}`, `/files/{path+}`)
 * once, when the route is defined. A greedy parameter must be last, and a
 * parameter name may appear once.
 */
export function parsePattern(pattern: string): PatternSegment[] {
  if (!pattern.startsWith('/')) throw new DefinitionError(`Route path "${pattern}" must start with "/"`);
  const parts = pattern === '/' ? [] : pattern.slice(1).replace(/\/$/, '').split('/');
  const names = new Set<string>();
  return parts.map((part, index) => {
    const greedy = greedyPattern.exec(part);
    const param = paramPattern.exec(part);
    const name = greedy?.[1] ?? param?.[1];
    if (name !== undefined) {
      if (names.has(name)) throw new DefinitionError(`Route path "${pattern}" names {${name}} twice`);
      names.add(name);
    }
    if (greedy && name !== undefined) {
      if (index !== parts.length - 1) throw new DefinitionError(`In "${pattern}", {${name}+} must be the last segment`);
      return { kind: 'greedy', name };
    }
    if (param && name !== undefined) return { kind: 'param', name };
    if (part === '' || part.includes('{') || part.includes('}')) {
      throw new DefinitionError(`Route path "${pattern}" has an invalid segment "${part}"`);
    }
    return { kind: 'static', value: part };
  });
}
