import { runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { ConnectEvent, ConnectResult } from './schema.js';

/** A value a flow can store: strings as they are, numbers and booleans as their text. */
export type ConnectValue = string | number | boolean | null | undefined;

/**
 * Writes `values` as the flat string map a flow reads: numbers and booleans
 * become their text; null and undefined values are left out (the flow sees
 * no such key), since a string map has no null.
 *
 * @example
 * return toConnectResult({ CustomerName: 'Jane Doe', Balance: 1024.5, IsVip: true })
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 */
export function toConnectResult(values: Readonly<Record<string, ConnectValue>>): ConnectResult {
  const result: ConnectResult = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined) result[key] = String(value);
  }
  return result;
}

/** What a handler returns: values that `toConnectResult` writes as the string map (typed handlers may return null values). */
export type ConnectAnswer = Readonly<Record<string, ConnectValue>>;

/**
 * Amazon Connect names its flow invocations `ContactFlowEvent` and puts the
 * contact under `Details.ContactData`; both are read, so a look-alike
 * payload with another `Name` is refused (corpus: events/rust/example-connect-event.json
 * says `ContactFlowExecution`, which AWS never sends).
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 */
function isConnectEvent(event: unknown): boolean {
  if (!isObject(event) || event.Name !== 'ContactFlowEvent' || !isObject(event.Details)) return false;
  return isObject(event.Details.ContactData);
}

/**
 * Amazon Connect: an AWS Lambda function block in a contact flow.
 *
 * @example
 * router().on(connect, async (event) => ({ Greeting: `Hello ${event.Details.Parameters.firstName ?? 'there'}`, Balance: 1024.5 }))
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 */
export const connect = runtimeSource<ConnectEvent, ConnectAnswer>()({
  id: 'connect',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  detect: isConnectEvent,
  // Handlers may return numbers, booleans and nulls (as @types/aws-lambda's ConnectContactFlowResult
  // allows); the flow gets strings. No answer stays no answer, for the response check to report.
  toResult: (result) => (result === undefined || result === null ? result : toConnectResult(result)),
});
