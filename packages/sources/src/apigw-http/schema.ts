import {
  type PayloadV2Event,
  type PayloadV2Result,
  type PayloadV2StructuredResult,
  payloadV2EventSchema,
  payloadV2ResponseSchema,
  payloadV2StructuredResponseSchema,
} from '../internal/payload-v2-schema.js';

/** The request an HTTP API sends with payload format 2.0 (the same shape function URLs send). */
export const apigwHttpEventSchema = payloadV2EventSchema;
/** The structured answer of payload format 2.0: status, headers, cookies, body. */
export const apigwHttpStructuredResponseSchema = payloadV2StructuredResponseSchema;
/** What the HTTP API reads back: the structured answer, or any JSON value without `statusCode`, sent as a 200 JSON body. */
export const apigwHttpResponseSchema = payloadV2ResponseSchema;

export type ApigwHttpEvent = PayloadV2Event;
/** What a handler may return: a structured answer or a bare JSON value. */
export type ApigwHttpResult = PayloadV2Result;
export type ApigwHttpStructuredResult = PayloadV2StructuredResult;
