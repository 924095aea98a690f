/** The methods an app can route: the ones it defines routes for, plus HEAD (via GET) and OPTIONS. */
const routable = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function isRoutableMethod(method: string): boolean {
  return routable.has(method);
}

/**
 * The method upper-cased, as routes name it. Callers send it upper-case
 * already: a known name is returned as it is, which costs one lookup where
 * `toUpperCase` would scan and copy.
 */
export function toMethod(sent: string): string {
  return routable.has(sent) ? sent : sent.toUpperCase();
}
