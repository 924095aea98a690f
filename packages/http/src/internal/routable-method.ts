import { HttpError } from '../http-error.js';

/** The methods an app can route: the ones it defines routes for, plus HEAD (via GET) and OPTIONS. */
const routable = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function isRoutableMethod(method: string): boolean {
  return routable.has(method);
}

/**
 * The method upper-cased, as routes name it. Callers send it upper-case
 * already: the known names are returned as they are, which costs a few
 * comparisons where `toUpperCase` would scan and copy.
 */
export function toMethod(sent: string): string {
  switch (sent) {
    case 'GET':
    case 'POST':
    case 'PUT':
    case 'PATCH':
    case 'DELETE':
    case 'HEAD':
    case 'OPTIONS':
      return sent;
    default:
      return sent.toUpperCase();
  }
}

/**
 * The 501 for a method no route can have (`BREW`, `PROPFIND`, `TRACE`).
 * RFC 9110 §15.6.2: 501 when the server "does not recognize the request
 * method"; 405 is kept for a method it knows but the resource does not allow.
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-501-not-implemented
 */
export function unroutableMethodError(): HttpError {
  return new HttpError(501, 'Not Implemented', { code: 'METHOD_NOT_IMPLEMENTED' });
}
