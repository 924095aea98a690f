import { describeSource } from '@switchboard/core';
import { type FunctionUrlEvent, functionUrlEventSchema, functionUrlResponseSchema } from './schema.js';
import { functionUrl } from './source.js';

/** `functionUrl` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const functionUrlReference = describeSource(functionUrl, {
  schema: functionUrlEventSchema,
  response: functionUrlResponseSchema,
  sample: sampleFunctionUrlEvent,
  docs: {
    service: 'AWS Lambda function URLs',
    summary:
      "A function's dedicated HTTPS endpoint invokes it with the request (payload format 2.0, as HTTP APIs send it) and sends its answer to the client. Response streaming (invoke mode RESPONSE_STREAM) is chosen when the function is deployed, by exporting it through `awslambda.streamifyResponse`.",
    detection:
      'A payload 2.0 request (`requestContext.http.method`, no top-level `httpMethod`) whose `requestContext.domainName` contains `.lambda-url.`.',
    retries:
      'None: the client waits for the answer. A thrown error, a timeout or a malformed answer becomes a 502 and the client decides whether to retry.',
    limits: [
      {
        name: 'Payload size',
        value: '6 MB request and response in BUFFERED mode; streamed responses up to 200 MB',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
      {
        name: 'Timeout',
        value: 'the function timeout, up to 15 minutes',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
      },
    ],
    links: [
      {
        title: 'Invoking Lambda function URLs',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html',
      },
      {
        title: 'Response streaming for Lambda functions',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html',
      },
      {
        title: 'Control access to Lambda function URLs',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
      },
    ],
  },
});

function sampleFunctionUrlEvent(): FunctionUrlEvent {
  const host = 'k5zyxmplrbhbhgrq3lrwtqbsxu0vqtnn.lambda-url.eu-west-1.on.aws';
  const userAgent = 'curl/8.5.0';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/webhooks/stripe',
    rawQueryString: '',
    headers: {
      accept: '*/*',
      'content-length': '55',
      'content-type': 'application/json',
      host,
      'user-agent': userAgent,
      'x-amzn-tls-cipher-suite': 'TLS_AES_128_GCM_SHA256',
      'x-amzn-tls-version': 'TLSv1.3',
      'x-amzn-trace-id': 'Root=1-65f1c9e2-5d2b7a0c4e8f1a3b6c9d0e2f',
      'x-forwarded-for': '198.51.100.7',
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
    },
    body: '{"id":"evt_1OtVq2","type":"invoice.paid","amount":4200}',
    isBase64Encoded: false,
    requestContext: {
      accountId: 'anonymous',
      apiId: 'k5zyxmplrbhbhgrq3lrwtqbsxu0vqtnn',
      domainName: host,
      domainPrefix: 'k5zyxmplrbhbhgrq3lrwtqbsxu0vqtnn',
      http: { method: 'POST', path: '/webhooks/stripe', protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent },
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      routeKey: '$default',
      stage: '$default',
      time: '13/Mar/2024:10:11:14 +0000',
      timeEpoch: 1710324674115,
    },
  };
}
