import { describeSource } from '@switchboard/core';
import { sampleCloudFrontEvent } from './sample.js';
import { cloudfrontAnswerSchema, cloudfrontEventSchema } from './schema.js';
import { cloudfront } from './source.js';

/** `cloudfront` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const cloudfrontReference = describeSource(cloudfront, {
  schema: cloudfrontEventSchema,
  response: cloudfrontAnswerSchema,
  sample: sampleCloudFrontEvent,
  docs: {
    service: 'Amazon CloudFront (Lambda@Edge)',
    summary:
      "CloudFront runs the function at an edge location on one of four triggers of a cache behavior. Request triggers continue with the (changed) request or answer with a generated response; response triggers return the (changed) response. Headers use CloudFront's shape `{ name: [{ key, value }] }`.",
    detection:
      'The first record holds a `cf` object with `config`; `config.eventType` names the variant (events without it: `response` and `request.origin` decide).',
    retries:
      'None: the viewer waits. A thrown error, a timeout or an invalid answer (a read-only header changed, a body over the quota) makes CloudFront answer the viewer with a 502 or 503; nothing is retried.',
    limits: [
      {
        name: 'Generated response size (headers and body)',
        value: '40 KB in viewer-request events; 1 MB in origin-request events',
        link: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge',
      },
      {
        name: 'Function timeout and memory',
        value: 'viewer triggers: 5 s, 128 MB; origin triggers: 30 s, up to 10,240 MB',
        link: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge',
      },
      {
        name: 'Request body ("include body")',
        value: 'base64 body truncated to 40 KB in viewer-request and 1 MB in origin-request events (`inputTruncated`)',
        link: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html#lambda-at-edge-restrictions-request-body',
      },
      {
        name: 'Read-only headers',
        value:
          'viewer request: Content-Length, Host, Transfer-Encoding, Via; origin request: Accept-Encoding, Content-Length, If-Modified-Since, If-None-Match, If-Range, If-Unmodified-Since, Transfer-Encoding, Via; origin response: Transfer-Encoding, Via; viewer response: Content-Encoding, Content-Length, Transfer-Encoding, Warning, Via. Disallowed headers (Connection, Expect, Keep-Alive, Proxy-*, Trailer, Upgrade, X-Accel-*, X-Amz-Cf-*, X-Cache, X-Edge-*, X-Forwarded-Proto, X-Real-IP) are neither exposed nor settable.',
        link: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html#function-restrictions-headers',
      },
      {
        name: 'What each trigger may change',
        value:
          'request triggers: uri, querystring, headers (and the origin, in origin requests), or generate a response instead; origin response: status, headers and body may be replaced; viewer response: never the status code',
        link: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html#lambda-at-edge-restrictions-status-codes',
      },
    ],
    links: [
      {
        title: 'Customize at the edge with Lambda@Edge',
        url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-the-edge.html',
      },
      {
        title: 'Lambda@Edge event structure',
        url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html',
      },
      {
        title: 'Work with requests and responses',
        url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html',
      },
      {
        title: 'Using AWS Lambda with CloudFront Lambda@Edge',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-edge.html',
      },
    ],
  },
});
