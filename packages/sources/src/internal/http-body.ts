/** The body of an HTTP answer in the wire form every Lambda HTTP caller reads. */
export interface WireBody {
  readonly body: string;
  readonly isBase64Encoded: boolean;
}

/**
 * Text is sent as is; bytes are base64-encoded and flagged, which is how
 * API Gateway, function URLs and ALB all receive binary bodies. No body is
 * an empty string, so every answer says whether it is base64.
 */
export function toWireBody(body: string | Uint8Array | undefined): WireBody {
  if (body === undefined) return { body: '', isBase64Encoded: false };
  if (typeof body === 'string') return { body, isBase64Encoded: false };
  const base64 = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('base64');
  return { body: base64, isBase64Encoded: true };
}
