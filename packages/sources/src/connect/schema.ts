import * as z from 'zod/mini';

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
