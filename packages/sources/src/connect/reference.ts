import { describeSource } from '@switchboard/core';
import { type ConnectEvent, connectEventSchema, connectResponseSchema } from './schema.js';
import { connect } from './source.js';

/** `connect` with its schemas, sample event and docs, for tools, tests and `validateEvent`. */
export const connectReference = describeSource(connect, {
  schema: connectEventSchema,
  response: connectResponseSchema,
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
    Name: 'ContactFlowEvent',
  };
}
