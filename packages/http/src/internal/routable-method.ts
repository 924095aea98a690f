/** The methods an app can route: the ones it defines routes for, plus HEAD (via GET) and OPTIONS. */
const routable = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function isRoutableMethod(method: string): boolean {
  return routable.has(method);
}

/**
 * The method upper-cased, as routes name it. Callers send it upper-case
 * already: a known name comes back as the app's own copy of it, found by
 * comparing (no hashing, no `toUpperCase` scan and copy), which the route
 * table's keyed lookups then take without looking the event's string up.
 */
export function toMethod(sent: string): string {
  switch (sent) {
    case 'GET':
      return 'GET';
    case 'POST':
      return 'POST';
    case 'PUT':
      return 'PUT';
    case 'DELETE':
      return 'DELETE';
    case 'PATCH':
      return 'PATCH';
    case 'HEAD':
      return 'HEAD';
    case 'OPTIONS':
      return 'OPTIONS';
    default:
      return sent.toUpperCase();
  }
}
