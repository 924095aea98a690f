/**
 * The dialect-neutral HTTP answer. Each HTTP source (API Gateway REST and
 * HTTP APIs, function URLs, ALB, VPC Lattice) writes it in its caller's own
 * shape with a pure `to…Result(response, event)` builder.
 */

/** A header's value: repeated headers are arrays. */
export type HeaderValue = string | readonly string[];

export interface HttpResponse {
  readonly status: number;
  /** Header names in any case; arrays for repeated headers. */
  readonly headers?: Readonly<Record<string, HeaderValue>>;
  /** `Set-Cookie` values, one per cookie. */
  readonly cookies?: readonly string[];
  /** Text is sent as is; bytes are base64-encoded for the caller. */
  readonly body?: string | Uint8Array;
}

/**
 * Whether a header name or value holds CR or LF: HTTP forbids both in a
 * field (RFC 9110 §5.5), and written into an answer they would split it.
 * One check for every place that writes or hands over a header.
 */
export function hasLineBreak(text: string): boolean {
  return text.indexOf('\n') !== -1 || text.indexOf('\r') !== -1;
}
