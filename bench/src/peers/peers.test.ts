import { describe, expect, it } from '@jest/globals';
import { createdUser, httpAnswerView, postUserAlb, postUserApigwHttp, postUserApigwRest } from '../events/http.js';
import { orderBatch, orderBatchFailures } from '../events/sqs.js';
import { context } from '../scenarios/context.js';
import type { HttpDialectName } from './http/handler.js';
import { httpBaseline, httpPeers } from './http/index.js';
import { sqsBaseline, sqsPeers } from './sqs/index.js';

const httpCandidates = Object.entries({ [httpBaseline.module]: httpBaseline.peer, ...httpPeers });
const sqsCandidates = Object.entries({ [sqsBaseline.module]: sqsBaseline.peer, ...sqsPeers });
const events: Record<HttpDialectName, () => { body?: string | null | undefined }> = {
  apigwHttp: postUserApigwHttp,
  apigwRest: postUserApigwRest,
  alb: postUserAlb,
};
const cases = httpCandidates.flatMap(([module, peer]) =>
  (Object.keys(events) as HttpDialectName[]).flatMap((dialect) => {
    const create = peer[dialect];
    return create ? [[module, dialect, create] as const] : [];
  }),
);

describe('HTTP candidates', () => {
  it.each(cases)('%s answers 201 with the user to POST /users/42 from %s', async (_module, dialect, create) => {
    expect(httpAnswerView(await create()(events[dialect](), context))).toEqual(createdUser);
  });

  // A candidate that skipped validation would answer 201 here: this proves zod runs in each one.
  it.each(cases)('%s refuses an invalid body from %s with a 4xx', async (_module, dialect, create) => {
    const event = { ...events[dialect](), body: JSON.stringify({ name: '', email: 'not an email' }) };
    const { statusCode } = httpAnswerView(await create()(event, context)) as { statusCode: number };
    expect(statusCode).toBeGreaterThanOrEqual(400);
    expect(statusCode).toBeLessThan(500);
  });

  it('compares answers on status, media type and parsed body only', () => {
    const answer = { statusCode: 201, multiValueHeaders: { 'Content-Type': ['application/json'] }, body: '{"a":1}' };
    expect(httpAnswerView({ ...answer, cookies: [], statusDescription: '201 Created' })).toEqual({
      statusCode: 201,
      contentType: 'application/json',
      body: { a: 1 },
    });
  });
});

describe('SQS candidates', () => {
  it.each(sqsCandidates)('%s reports exactly the invalid record', async (_module, peer) => {
    expect(await peer.sqs()(orderBatch(), context)).toEqual(orderBatchFailures);
  });
});
