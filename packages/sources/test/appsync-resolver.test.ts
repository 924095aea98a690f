import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { appsyncEventsReference as appsyncEvents } from '@switchboard/sources/appsync-events';
import {
  type AppsyncResolverContext,
  appsyncResolverReference as appsyncResolver,
  toAppsyncResolverBatchResult,
  toAppsyncResolverItemError,
} from '@switchboard/sources/appsync-resolver';
import type { Context } from 'aws-lambda';

const context = {} as Context;

function single(): AppsyncResolverContext {
  const [first] = appsyncResolver.sample() as AppsyncResolverContext[];
  if (first === undefined) throw new Error('the sample batch is empty');
  return first;
}

const authors: Record<string, { id: string; name: string }> = { 'a-17': { id: 'a-17', name: 'Ada' } };

async function resolveAuthor(item: AppsyncResolverContext): Promise<unknown> {
  const author = authors[String(item.source?.authorId)];
  if (author === undefined) throw new TypeError(`No author ${String(item.source?.authorId)}`);
  return author;
}

describe('appsync-resolver', () => {
  it('detects its sample, a batch of two contexts, as appsync-resolver only, and it passes the schema', () => {
    const sample = appsyncResolver.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: appsyncResolver, variant: 'batch' });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([appsyncResolver]);
    expect(checkEvent(appsyncResolver, sample)).toEqual([]);
  });

  it('detects one context as the single variant', () => {
    expect(detectSource(allSources, single())).toEqual({ source: appsyncResolver, variant: 'single' });
    expect(checkEvent(appsyncResolver, single())).toEqual([]);
  });

  it('resolves a single field with whatever the handler returns, null included', async () => {
    const app = router({ validateEvent: true, validateResponse: true })
      .on(appsyncResolver.variant('single'), async (event) => (event.info.fieldName === 'author' ? null : 'other'))
      .on(appsyncResolver.variant('batch'), async (event) => event.map(() => 1));
    await expect(app.handler(single(), context)).resolves.toBeNull();
    await expect(app.handler(appsyncResolver.sample(), context)).resolves.toEqual([1, 1]);
  });

  it('answers a batch in order, failing only the items whose work failed', async () => {
    const app = router({ validateResponse: true }).on(appsyncResolver.variant('batch'), async (event) =>
      toAppsyncResolverBatchResult(await Promise.allSettled(event.map(resolveAuthor))),
    );
    const answer = await app.handler(appsyncResolver.sample(), context);
    expect(answer).toEqual([
      { id: 'a-17', name: 'Ada' },
      { data: null, errorMessage: 'No author a-42', errorType: 'TypeError' },
    ]);
    expect(checkResponse(appsyncResolver, answer)).toEqual([]);
  });

  it('builds an item error with a type and optional partial data', () => {
    expect(toAppsyncResolverItemError('Not found', 'NotFound', { id: 'a-42' })).toEqual({
      data: { id: 'a-42' },
      errorMessage: 'Not found',
      errorType: 'NotFound',
    });
    expect(toAppsyncResolverItemError('Failed')).toEqual({ data: null, errorMessage: 'Failed', errorType: 'Error' });
  });

  it('gives a rejection that is not an Error a generic message, never its value', () => {
    expect(toAppsyncResolverBatchResult([{ status: 'rejected', reason: { secret: 'token' } }])).toEqual([
      { data: null, errorMessage: 'The resolver failed', errorType: 'Error' },
    ]);
  });

  it("lets a single field's thrown error reach Lambda, which AppSync turns into the field's GraphQL error", async () => {
    const app = router().on(appsyncResolver, async () => {
      throw new Error('Post not found');
    });
    await expect(app.handler(single(), context)).rejects.toThrow('Post not found');
  });

  it.each([
    ['an empty batch', []],
    ['an array of non-contexts', [{ fieldName: 'author' }]],
    ['an array of strings', ['author']],
    ['a context without parentTypeName', { ...single(), info: { fieldName: 'author' } }],
    [
      'an AppSync Lambda authorizer request',
      { authorizationToken: 'token', requestContext: { apiId: 'a', accountId: '123456789012', requestId: 'r' } },
    ],
    ['an AppSync Events handler call', appsyncEvents.sample()],
  ])('does not claim %s', (_name, event) => {
    expect(appsyncResolver.detect(event)).toBe(false);
  });

  it('rejects a batch item without its field', () => {
    const [first, second] = appsyncResolver.sample() as AppsyncResolverContext[];
    const broken = [first, { ...second, info: { ...second?.info, fieldName: undefined } }];
    expect(checkEvent(appsyncResolver, broken)).not.toEqual([]);
  });
});
