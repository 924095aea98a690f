/**
 * Payload format 2.0 answers, shared by API Gateway HTTP APIs and Lambda
 * function URLs. The schemas and their types are in `./payload-v2-schema.ts`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
import type { HttpResponse } from '@switchboard/core';
import { toWireBody } from './http-body.js';
import { collectJoinedHeaders } from './http-headers.js';
import type { PayloadV2StructuredResult } from './payload-v2-schema.js';

export type { PayloadV2Event, PayloadV2Result, PayloadV2StructuredResult } from './payload-v2-schema.js';

/**
 * Writes `response` as a payload 2.0 structured answer: repeated headers
 * joined with `, `, every `Set-Cookie` (from `headers` or `cookies`) in
 * `cookies`, bytes base64-encoded.
 *
 * @throws SwitchboardError `INVALID_HEADER` when a header or cookie holds CR or LF.
 */
export function toPayloadV2Result(response: HttpResponse): PayloadV2StructuredResult {
  const { headers, cookies } = collectJoinedHeaders(response);
  const { body, isBase64Encoded } = toWireBody(response.body);
  return cookies.length > 0
    ? { statusCode: response.status, headers, cookies: [...cookies], body, isBase64Encoded }
    : { statusCode: response.status, headers, body, isBase64Encoded };
}
