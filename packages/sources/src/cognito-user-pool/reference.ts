import { describeSource } from '@switchboard/core';
import { sampleCognitoUserPoolEvent } from './sample.js';
import { cognitoUserPoolEventSchema, cognitoUserPoolResponseSchema } from './schema.js';
import { cognitoUserPool } from './source.js';

const guide = 'https://docs.aws.amazon.com/cognito/latest/developerguide';

/** `cognitoUserPool` with its schemas, sample event and docs, for tools, tests and `validateEvent`. */
export const cognitoUserPoolReference = describeSource(cognitoUserPool, {
  schema: cognitoUserPoolEventSchema,
  response: cognitoUserPoolResponseSchema,
  sample: sampleCognitoUserPoolEvent,
  docs: {
    service: 'Amazon Cognito (user pools)',
    summary:
      "A user pool invokes its Lambda triggers during sign-up, sign-in, token issue, user migration and messaging, and reads the event back with `response` filled in. Each `triggerSource` is a variant with its own event and answer types; a handler returns its trigger's response fields (or the whole event, or nothing) and the router answers with the whole event.",
    detection:
      'The event has a string `triggerSource`, a string `userPoolId` and a `request` object; the variant is the `triggerSource` itself (`PreSignUp_SignUp`, `TokenGeneration_RefreshTokens`, ...).',
    retries:
      "Cognito waits for the answer: a thrown error fails the user's operation and its message reaches the client (for example `PreSignUp failed with error ...`). Cognito retries a call that times out or is throttled, up to three attempts in all. Custom email and SMS sender triggers are invoked asynchronously, so Lambda's asynchronous retries apply to them and their answer is ignored.",
    limits: [
      {
        name: 'Response time',
        value: '5 seconds per invocation, not configurable',
        link: `${guide}/cognito-user-pools-working-with-lambda-triggers.html`,
      },
      {
        name: 'Custom message length',
        value: 'SMS 140 UTF-8 characters, email 20,000 UTF-8 characters, code included',
        link: `${guide}/user-pool-lambda-custom-message.html`,
      },
    ],
    links: [
      {
        title: 'Customizing user pool workflows with Lambda triggers',
        url: `${guide}/cognito-user-pools-working-with-lambda-triggers.html`,
      },
      { title: 'Pre token generation Lambda trigger', url: `${guide}/user-pool-lambda-pre-token-generation.html` },
      { title: 'Custom authentication challenge Lambda triggers', url: `${guide}/user-pool-lambda-challenge.html` },
    ],
  },
});
