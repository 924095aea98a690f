import type { CloudFrontRequestEvent } from './schema.js';

/** A viewer-request event in the current shape (with `config.eventType`). */
export function sampleCloudFrontEvent(): CloudFrontRequestEvent {
  return {
    Records: [
      {
        cf: {
          config: {
            distributionDomainName: 'd111111abcdef8.cloudfront.net',
            distributionId: 'EDFDVBD6EXAMPLE',
            eventType: 'viewer-request',
            requestId: '4TyzHTaYWb1GX1qTfsHhEqV6HUDd_BzoBZnwfnvQc_1oF26ClkoUSEQ==',
          },
          request: {
            clientIp: '203.0.113.178',
            headers: {
              host: [{ key: 'Host', value: 'd111111abcdef8.cloudfront.net' }],
              'user-agent': [
                { key: 'User-Agent', value: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1.15' },
              ],
              accept: [{ key: 'Accept', value: 'text/html,application/xhtml+xml' }],
              'accept-language': [{ key: 'Accept-Language', value: 'en-GB,en;q=0.9' }],
              cookie: [{ key: 'Cookie', value: 'session=7f3a9c2e' }],
            },
            method: 'GET',
            querystring: 'utm_source=newsletter&size=large',
            uri: '/products/B07XJ8C8F5',
          },
        },
      },
    ],
  };
}
