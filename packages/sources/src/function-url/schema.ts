import {
  type PayloadV2Event,
  type PayloadV2Result,
  type PayloadV2StructuredResult,
  payloadV2EventSchema,
  payloadV2ResponseSchema,
  payloadV2StructuredResponseSchema,
} from '../internal/payload-v2-schema.js';

/** The request a function URL sends: payload format 2.0, as HTTP APIs send it. */
export const functionUrlEventSchema = payloadV2EventSchema;
/** The structured answer of payload format 2.0: status, headers, cookies, body. */
export const functionUrlStructuredResponseSchema = payloadV2StructuredResponseSchema;
/** What a buffered function URL reads back: the structured answer, or any JSON value without `statusCode`, sent as a 200 JSON body. */
export const functionUrlResponseSchema = payloadV2ResponseSchema;

export type FunctionUrlEvent = PayloadV2Event;
/** What a handler may return: a structured answer or a bare JSON value. */
export type FunctionUrlResult = PayloadV2Result;
export type FunctionUrlStructuredResult = PayloadV2StructuredResult;
