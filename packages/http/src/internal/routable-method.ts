/**
 * The app's own copy of `sent` when it is a method an app can route (the
 * ones routes are defined for, plus HEAD via GET and OPTIONS), else
 * `undefined`. Found by comparing, with no hashing: the route table's keyed
 * lookups then take the app's copy without looking the event's string up.
 */
function knownMethod(sent: string): string | undefined {
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
      return undefined;
  }
}

export function isRoutableMethod(method: string): boolean {
  return knownMethod(method) !== undefined;
}

/** The method upper-cased, as routes name it. Callers send it upper-case already, so a known name costs no scan or copy. */
export function toMethod(sent: string): string {
  return knownMethod(sent) ?? sent.toUpperCase();
}
