import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';

const stringMap = z.record(z.string(), z.string());

// Voice contacts have telephone numbers; chat, task and email contacts may have no endpoint (null).
const endpointSchema = z.nullable(z.object({ Address: z.string(), Type: z.string() }));

const audioSchema = z.nullable(
  z.object({
    StartFragmentNumber: z.exactOptional(z.string()),
    StartTimestamp: z.exactOptional(z.string()),
    StopFragmentNumber: z.exactOptional(z.string()),
    StopTimestamp: z.exactOptional(z.string()),
    StreamARN: z.exactOptional(z.string()),
  }),
);

/**
 * What an AWS Lambda function block of an Amazon Connect flow sends: the
 * contact's data, its user-defined attributes, and the block's parameters.
 * `Channel` (VOICE, CHAT, TASK, EMAIL) and `InitiationMethod` (INBOUND,
 * OUTBOUND, TRANSFER, CALLBACK, API, QUEUE_TRANSFER...) grow with the
 * service, so they are strings.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 */
export const connectEventSchema = z.object({
  Name: z.literal('ContactFlowEvent'),
  Details: z.object({
    ContactData: z.object({
      Attributes: stringMap,
      Channel: z.string(),
      ContactId: z.string(),
      CustomerEndpoint: z.exactOptional(endpointSchema),
      InitialContactId: z.string(),
      InitiationMethod: z.string(),
      InstanceARN: z.string(),
      PreviousContactId: z.exactOptional(z.string()),
      // Null outside a queue (corpus: events/sam/connect/ConnectContactFlowEvent.json).
      Queue: z.exactOptional(
        z.nullable(z.object({ ARN: z.string(), Name: z.string(), OutboundCallerId: z.exactOptional(z.unknown()) })),
      ),
      SystemEndpoint: z.exactOptional(endpointSchema),
      MediaStreams: z.exactOptional(z.object({ Customer: z.object({ Audio: audioSchema }) })),
      AwsRegion: z.exactOptional(z.string()),
      LanguageCode: z.exactOptional(z.string()),
    }),
    Parameters: stringMap,
  }),
});

/**
 * The answer a flow reads with the default STRING_MAP response validation:
 * a flat object of string values, under 32 KB, available afterwards as
 * `$.External.<key>`. (A block set to JSON validation also accepts nested
 * JSON; this schema holds answers to the string-map contract.)
 */
export const connectResponseSchema = z.record(z.string(), z.string());

export type ConnectEvent = z.output<typeof connectEventSchema>;
export type ConnectResult = z.output<typeof connectResponseSchema>;

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
export const connect = defineSource<'connect', typeof connectEventSchema, typeof connectResponseSchema, ConnectAnswer>({
  id: 'connect',
  invocation: 'sync',
  detect: isConnectEvent,
  schema: connectEventSchema,
  response: connectResponseSchema,
  // Handlers may return numbers, booleans and nulls (as @types/aws-lambda's ConnectContactFlowResult
  // allows); the flow gets strings. No answer stays no answer, for the response check to report.
  toResult: (result) => (result === undefined || result === null ? result : toConnectResult(result)),
  sample: sampleConnectEvent,
  docs: {
    service: 'Amazon Connect',
    summary:
      "An AWS Lambda function block in a contact flow invokes the function with the contact's data and the block's parameters; the flow reads the answer's keys as `$.External.<key>` and may store them as contact attributes. Blocks in asynchronous mode do not wait for the answer.",
    detection: '`Name` is `ContactFlowEvent` and `Details.ContactData` is an object.',
    retries:
      "A throttled or failed (5xx) invocation is retried; a synchronous invocation that errors is retried up to 3 times within the block's timeout, then the flow takes the Error branch. An answer that is not a flat string map also takes the Error branch.",
    limits: [
      {
        name: 'Answer time',
        value: "the block's timeout, at most 8 seconds for synchronous invocations",
        link: 'https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html',
      },
      {
        name: 'Answer size',
        value: 'under 32 KB of UTF-8, a flat map of string values (STRING_MAP validation)',
        link: 'https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html',
      },
    ],
    links: [
      {
        title: 'Invoke Lambda functions from Amazon Connect flows',
        url: 'https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html',
      },
      {
        title: 'Using Lambda with Amazon Connect',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-connect.html',
      },
    ],
  },
});

function sampleConnectEvent(): ConnectEvent {
  const instance = 'arn:aws:connect:us-east-1:123456789012:instance/9308c2a1-9bc6-4cea-8290-6c0b4a6d38fa';
  return {
    Name: 'ContactFlowEvent',
    Details: {
      ContactData: {
        Attributes: { language: 'en-US' },
        Channel: 'VOICE',
        ContactId: '5ca32fbd-8f92-46af-92a5-6b0f970f0efe',
        CustomerEndpoint: { Address: '+12065550142', Type: 'TELEPHONE_NUMBER' },
        InitialContactId: '5ca32fbd-8f92-46af-92a5-6b0f970f0efe',
        InitiationMethod: 'INBOUND',
        InstanceARN: instance,
        PreviousContactId: '5ca32fbd-8f92-46af-92a5-6b0f970f0efe',
        Queue: { ARN: `${instance}/queue/2f1e9d3c-7b6a-4c5d-8e9f-0a1b2c3d4e5f`, Name: 'BasicQueue' },
        SystemEndpoint: { Address: '+18005550199', Type: 'TELEPHONE_NUMBER' },
        MediaStreams: { Customer: { Audio: null } },
      },
      Parameters: { accountLookup: 'true' },
    },
  };
}
