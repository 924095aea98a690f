import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  type CloudFrontEventType,
  type CloudFrontRequestEvent,
  type CloudFrontResponseEvent,
  cloudfrontReference as cloudfront,
  cloudfrontVariantOf,
  toCloudFrontHeaders,
  toCloudFrontRequest,
  toCloudFrontResponse,
} from '@switchboard/sources/cloudfront';
import type { Context } from 'aws-lambda';

const context = {} as Context;

const origin = {
  custom: {
    customHeaders: {},
    domainName: 'shop.example.com',
    keepaliveTimeout: 5,
    path: '',
    port: 443,
    protocol: 'https',
    readTimeout: 30,
    sslProtocols: ['TLSv1.2'],
  },
};

/** The sample as the trigger `eventType` sends it: origin events name the origin, response events add the response. */
function eventOf(eventType: CloudFrontEventType): CloudFrontRequestEvent | CloudFrontResponseEvent {
  const [record] = cloudfront.sample().Records;
  if (record === undefined) throw new Error('sample without record');
  const { config, request } = record.cf;
  const onOrigin = eventType.startsWith('origin');
  const cf = { config: { ...config, eventType }, request: onOrigin ? { ...request, origin } : request };
  if (eventType.endsWith('request')) return { Records: [{ cf }] };
  const response = { status: '200', statusDescription: 'OK', headers: { etag: [{ key: 'ETag', value: '"a1b2"' }] } };
  return { Records: [{ cf: { ...cf, response } }] };
}

/** The same event without `config.eventType`, as Lambda@Edge sent events before its GA. */
function legacy(event: unknown): unknown {
  const { Records } = event as CloudFrontResponseEvent;
  return {
    Records: Records.map(({ cf }) => ({ cf: { ...cf, config: { distributionId: cf.config.distributionId } } })),
  };
}

const triggers: readonly CloudFrontEventType[] = [
  'viewer-request',
  'origin-request',
  'origin-response',
  'viewer-response',
];

describe('cloudfront', () => {
  it('detects its own sample as cloudfront only, the viewer-request variant, and the sample passes the schema', () => {
    const sample = cloudfront.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: cloudfront, variant: 'viewer-request' });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([cloudfront]);
    expect(checkEvent(cloudfront, sample)).toEqual([]);
  });

  it.each(triggers)('names the %s variant from config.eventType, and the event passes the schema', (trigger) => {
    expect(cloudfrontVariantOf(eventOf(trigger))).toBe(trigger);
    expect(checkEvent(cloudfront, eventOf(trigger))).toEqual([]);
  });

  it.each(triggers)('infers %s without eventType from response and request.origin', (trigger) => {
    const event = legacy(eventOf(trigger));
    expect(cloudfront.detect(event)).toBe(true);
    expect(cloudfrontVariantOf(event)).toBe(trigger);
    expect(checkEvent(cloudfront, event)).toEqual([]);
  });

  it('names no variant for a legacy response without its request, and the schema refuses it', () => {
    const { Records } = eventOf('viewer-response') as CloudFrontResponseEvent;
    const event = { Records: [{ cf: { config: { distributionId: 'E1' }, response: Records[0]?.cf.response } }] };
    expect(cloudfront.detect(event)).toBe(true);
    expect(cloudfrontVariantOf(event)).toBeUndefined();
    expect(checkEvent(cloudfront, event).map((issue) => issue.path)).toEqual(['Records[0].cf.request']);
  });

  it.each([
    ['an SQS record', { Records: [{ eventSource: 'aws:sqs', body: '{}' }] }],
    ['a cf that is not an object', { Records: [{ cf: 'viewer-request' }] }],
    ['a cf without config', { Records: [{ cf: { request: {} } }] }],
    ['a CloudFront Functions event', { version: '1.0', context: { eventType: 'viewer-request' }, request: {} }],
    ['an empty batch', { Records: [] }],
  ])('does not claim %s', (_name, event) => {
    expect(cloudfront.detect(event)).toBe(false);
  });

  it('routes each trigger to the handler mounted on its variant', async () => {
    const app = router({ validateEvent: true, validateResponse: true })
      .on(cloudfront.variant('viewer-request'), async (event) => toCloudFrontRequest(event, { uri: '/viewer' }))
      .on(cloudfront.variant('origin-request'), async (event) => toCloudFrontRequest(event, { uri: '/origin' }))
      .on(cloudfront.variant('origin-response'), async () => toCloudFrontResponse({ status: 503 }))
      .on(cloudfront.variant('viewer-response'), async (event) => {
        const response = event.Records[0]?.cf.response;
        return response && { ...response, headers: { ...response.headers, ...toCloudFrontHeaders({ 'X-Seen': '1' }) } };
      });
    await expect(app.handler(eventOf('viewer-request'), context)).resolves.toMatchObject({ uri: '/viewer' });
    await expect(app.handler(eventOf('origin-request'), context)).resolves.toMatchObject({ uri: '/origin', origin });
    await expect(app.handler(eventOf('origin-response'), context)).resolves.toMatchObject({ status: '503' });
    await expect(app.handler(eventOf('viewer-response'), context)).resolves.toMatchObject({
      status: '200',
      headers: { etag: [{ key: 'ETag', value: '"a1b2"' }], 'x-seen': [{ key: 'X-Seen', value: '1' }] },
    });
  });

  it('continues unchanged when a handler returns nothing: the request, or the response', async () => {
    const app = router({ validateResponse: true }).on(cloudfront, async () => undefined);
    const request = eventOf('origin-request') as CloudFrontRequestEvent;
    const response = eventOf('origin-response') as CloudFrontResponseEvent;
    await expect(app.handler(request, context)).resolves.toEqual(request.Records[0]?.cf.request);
    await expect(app.handler(response, context)).resolves.toEqual(response.Records[0]?.cf.response);
  });

  it('refuses an invalid event before the handler runs when validation is on', async () => {
    const app = router({ validateEvent: true }).on(cloudfront, async () => null);
    const broken = { Records: [{ cf: { config: { distributionId: 'E1' }, request: { uri: '/' } } }] };
    await expect(app.handler(broken, context)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('toCloudFrontResponse', () => {
  it('writes status as a string, headers in CloudFront shape with their spelling, one entry per cookie', () => {
    const answer = toCloudFrontResponse({
      status: 302,
      headers: { Location: 'https://shop.example.com/login', Vary: ['Accept', 'Origin'] },
      cookies: ['a=1; Secure', 'b=2'],
      body: 'moved',
    });
    expect(answer).toEqual({
      status: '302',
      statusDescription: 'Found',
      headers: {
        location: [{ key: 'Location', value: 'https://shop.example.com/login' }],
        vary: [
          { key: 'Vary', value: 'Accept' },
          { key: 'Vary', value: 'Origin' },
        ],
        'set-cookie': [
          { key: 'Set-Cookie', value: 'a=1; Secure' },
          { key: 'Set-Cookie', value: 'b=2' },
        ],
      },
      body: 'moved',
      bodyEncoding: 'text',
    });
    expect(checkResponse(cloudfront, answer)).toEqual([]);
  });

  it('base64-encodes a byte body, and leaves out the description of an unregistered status', () => {
    const answer = toCloudFrontResponse({ status: 599, body: new Uint8Array([1, 2, 3]) });
    expect(answer).toEqual({ status: '599', headers: {}, body: 'AQID', bodyEncoding: 'base64' });
    expect(checkResponse(cloudfront, answer)).toEqual([]);
  });

  it('refuses a generated response over 40 KB in a viewer request, not in an origin request', () => {
    const big = { status: 200, body: 'x'.repeat(41 * 1024) };
    expect(() => toCloudFrontResponse(big, eventOf('viewer-request'))).toThrow(
      expect.objectContaining({ code: 'RESPONSE_TOO_LARGE' }),
    );
    expect(toCloudFrontResponse(big, eventOf('origin-request')).status).toBe('200');
    expect(() =>
      toCloudFrontResponse({ status: 200, body: 'x'.repeat(1024 * 1024) }, eventOf('origin-request')),
    ).toThrow(expect.objectContaining({ code: 'RESPONSE_TOO_LARGE' }));
  });

  it('refuses CR or LF in a header with INVALID_HEADER', () => {
    expect(() => toCloudFrontResponse({ status: 200, headers: { 'x-a': 'b\r\nx-injected: 1' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_HEADER' }),
    );
  });
});

describe('toCloudFrontRequest', () => {
  it('continues with the request changed: uri, query, headers set and removed, the rest kept', () => {
    const event = eventOf('origin-request') as CloudFrontRequestEvent;
    const answer = toCloudFrontRequest(event, {
      uri: '/index.html',
      querystring: '',
      headers: { 'X-Edge': 'rewritten', Cookie: [] },
    });
    const request = event.Records[0]?.cf.request;
    expect(answer).toEqual({
      ...request,
      uri: '/index.html',
      querystring: '',
      headers: {
        host: request?.headers.host,
        'user-agent': request?.headers['user-agent'],
        accept: request?.headers.accept,
        'accept-language': request?.headers['accept-language'],
        'x-edge': [{ key: 'X-Edge', value: 'rewritten' }],
      },
    });
    expect(checkResponse(cloudfront, answer)).toEqual([]);
    expect(request?.headers.cookie).toBeDefined();
  });

  it('returns the request unchanged without changes', () => {
    const event = cloudfront.sample();
    expect(toCloudFrontRequest(event)).toEqual(event.Records[0]?.cf.request);
    expect(checkResponse(cloudfront, toCloudFrontRequest(event))).toEqual([]);
  });
});
