// A Lambda@Edge viewer-request function: visitors of /account without a session cookie are redirected to
// the login page, and `utm_*` tracking parameters are stripped so they do not split the cache.
import { router } from '@switchboard/core';
import { cloudfront, toCloudFrontRequest, toCloudFrontResponse } from '@switchboard/sources/cloudfront';

export const handler = router().on(cloudfront.variant('viewer-request'), async (event) => {
  const request = event.Records[0]?.cf.request;
  if (request === undefined) return undefined;
  const signedIn = request.headers.cookie?.some(({ value }) => value.includes('session=')) ?? false;
  if (request.uri.startsWith('/account') && !signedIn) {
    return toCloudFrontResponse(
      { status: 302, headers: { Location: `/login?next=${encodeURIComponent(request.uri)}` } },
      event,
    );
  }
  const query = new URLSearchParams(request.querystring);
  for (const name of [...query.keys()]) if (name.startsWith('utm_')) query.delete(name);
  return toCloudFrontRequest(event, { querystring: query.toString() });
}).handler;
