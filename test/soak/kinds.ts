/**
 * The invocations the soak rotates through: an event, a cheap check of the
 * answer it must get (written out by hand, never taken from the router),
 * and which handlers it runs how many times.
 */
import { events } from '@switchboard/testing';

export interface Kind {
  readonly name: string;
  readonly event: unknown;
  /** What is wrong with `answer`, or undefined when it is the expected one. */
  readonly check: (answer: unknown) => string | undefined;
  /** Handler runs by counter name (an SQS batch of three runs its record handler three times). */
  readonly runs: Readonly<Record<string, number>>;
}

type Answer = Record<string, unknown> | undefined;

/** An HTTP answer with this status and body (payload 2.0 and ALB both carry `statusCode` and `body`). */
function httpAnswer(status: number, body: string) {
  return (answer: unknown) => {
    const { statusCode, body: actual } = (answer ?? {}) as Answer & { statusCode?: unknown; body?: unknown };
    return statusCode === status && actual === body ? undefined : `got ${String(statusCode)} ${String(actual)}`;
  };
}

const nothing = (answer: unknown) => (answer === undefined ? undefined : `answered ${typeof answer}`);

const batch = events.sqs.fromBodies([{ n: 1 }, { fail: true }, { n: 3 }]);
const refusedId = batch.Records[1]?.messageId;

export const kinds: readonly Kind[] = [
  {
    name: 'GET /items/{id} via API Gateway HTTP API',
    event: events.http({ dialect: 'apigw-http', method: 'GET', path: '/items/a-1' }),
    check: httpAnswer(200, '{"id":"a-1"}'),
    runs: { http: 1 },
  },
  {
    name: 'POST /items via ALB',
    event: events.http({ dialect: 'alb', method: 'POST', path: '/items', json: { name: 'lamp', qty: 2 } }),
    check: httpAnswer(201, '{"name":"lamp","qty":2}'),
    runs: { http: 1 },
  },
  {
    name: 'POST /items via ALB, invalid body',
    event: events.http({ dialect: 'alb', method: 'POST', path: '/items', json: { name: 'lamp', qty: 'two' } }),
    check: (answer) => httpStatus(answer, 422),
    runs: {},
  },
  {
    name: 'GET /nowhere via API Gateway HTTP API',
    event: events.http({ dialect: 'apigw-http', method: 'GET', path: '/nowhere' }),
    check: (answer) => httpStatus(answer, 404),
    runs: {},
  },
  {
    name: 'SQS batch with one refused message',
    event: batch,
    check: (answer) => {
      const text = JSON.stringify(answer);
      return text === JSON.stringify({ batchItemFailures: [{ itemIdentifier: refusedId }] }) ? undefined : text;
    },
    runs: { sqs: 3 },
  },
  { name: 'S3 put', event: events.s3(), check: nothing, runs: { s3: 1 } },
  { name: 'EventBridge schedule', event: events.eventbridge(), check: nothing, runs: { eventbridge: 1 } },
  {
    name: 'Cognito pre sign-up',
    event: events.cognitoUserPool.variant('PreSignUp_SignUp', {
      request: { userAttributes: { email: 'ana@example.com' } },
    }),
    check: (answer) => {
      const response = (answer as { response?: { autoConfirmUser?: unknown } } | undefined)?.response;
      return response?.autoConfirmUser === true ? undefined : `response ${JSON.stringify(response)}`;
    },
    runs: { cognito: 1 },
  },
  ...[true, false].map(
    (allowed): Kind => ({
      name: `HTTP API authorizer, ${allowed ? 'allowed' : 'denied'}`,
      event: events.apigwHttpAuthorizer.variant('v2', {
        headers: { authorization: allowed ? 'Bearer good' : 'Bearer bad' },
      }),
      check: (answer) => {
        const text = JSON.stringify(answer);
        return text === JSON.stringify({ isAuthorized: allowed, context: { user: 'u-1' } }) ? undefined : text;
      },
      runs: { authorizer: 1 },
    }),
  ),
];

function httpStatus(answer: unknown, status: number): string | undefined {
  const { statusCode } = (answer ?? {}) as { statusCode?: unknown };
  return statusCode === status ? undefined : `got ${String(statusCode)}`;
}
