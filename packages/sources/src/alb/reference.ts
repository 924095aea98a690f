import { describeSource } from '@switchboard/core';
import { type AlbEvent, albEventSchema, albResponseSchema } from './schema.js';
import { alb } from './source.js';

/** `alb` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const albReference = describeSource(alb, {
  schema: albEventSchema,
  response: albResponseSchema,
  sample: sampleAlbEvent,
  docs: {
    service: 'Elastic Load Balancing (Application Load Balancer)',
    summary:
      'An Application Load Balancer forwards each request to a Lambda target group and sends the answer to the client. Target groups with multi-value headers enabled send and read `multiValueHeaders`; `toAlbResult` answers in the mode the request shows.',
    detection:
      '`requestContext.elb` is an object; the request carries `multiValueHeaders` iff it is the `multi-value` variant.',
    retries:
      'None: the client waits for the answer. A thrown error or a malformed answer becomes a 502, a timeout a 504; health checks mark the target unhealthy after repeated failures.',
    limits: [
      {
        name: 'Request and response body',
        value: '1 MB each; a larger answer becomes a 502',
        link: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html',
      },
      {
        name: 'Cookies without multi-value headers',
        value: 'one `set-cookie` per answer; enable multi-value headers to send several',
        link: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers',
      },
    ],
    links: [
      {
        title: 'Lambda functions as targets',
        url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html',
      },
      {
        title: 'Using AWS Lambda with an Application Load Balancer',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-alb.html',
      },
    ],
  },
});

function sampleAlbEvent(): AlbEvent {
  return {
    requestContext: {
      elb: {
        targetGroupArn:
          'arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/orders-lambda/6d0ecf831eec9f09',
      },
    },
    httpMethod: 'POST',
    path: '/orders',
    queryStringParameters: { source: 'web' },
    headers: {
      accept: 'application/json',
      'content-length': '33',
      'content-type': 'application/json',
      host: 'orders-alb-1234567890.us-east-2.elb.amazonaws.com',
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36',
      'x-amzn-trace-id': 'Root=1-65f1d3a2-2f4e6a8c0b1d3e5f7a9c1b2d',
      'x-forwarded-for': '198.51.100.42',
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
    },
    body: '{"sku":"B07XJ8C8F5","quantity":2}',
    isBase64Encoded: false,
  };
}
