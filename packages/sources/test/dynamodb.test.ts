import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, type ResultOf, router } from '@switchboard/core';
import {
  type DynamodbResult,
  dynamodb,
  dynamodbAttributeValueSchema,
  dynamodbReference,
  toDynamodbBatchResponse,
} from '@switchboard/sources/dynamodb';
import type { DynamoDBStreamHandler } from 'aws-lambda';
import { expectTypeOf } from 'expect-type';
import * as z from 'zod/mini';

// Type level. A handler's return type is the partial batch response, inferred from the response schema.
expectTypeOf<ResultOf<typeof dynamodb>>().toEqualTypeOf<DynamodbResult>();
router().on(dynamodb, async (event) => toDynamodbBatchResponse(event.Records.map((r) => r.dynamodb.SequenceNumber)));
router().on(dynamodb, async () => {});
// @ts-expect-error a wrong answer shape is a compile error
router().on(dynamodb, async () => ({ failures: [] }));
// A handler typed with @types/aws-lambda mounts without a cast.
const typed: DynamoDBStreamHandler = async () => {};
router().on(dynamodb, typed);

function withRecord(patch: Record<string, unknown>): unknown {
  const [record] = dynamodbReference.sample().Records;
  return { Records: [{ ...record, ...patch }] };
}

describe('dynamodb', () => {
  it('detects its own sample, which passes its schema', () => {
    const sample = dynamodbReference.sample();
    expect(dynamodb.detect(sample)).toBe(true);
    expect(checkEvent(dynamodbReference, sample)).toEqual([]);
  });

  it.each([
    ['null', null],
    ['an array', [dynamodbReference.sample().Records[0]]],
    ['an empty object', {}],
    ['an empty batch', { Records: [] }],
    ['a record of another source', withRecord({ eventSource: 'aws:kinesis' })],
  ])('does not claim %s', (_name, event) => {
    expect(dynamodb.detect(event)).toBe(false);
  });

  it('builds a partial batch response of sequence numbers that passes the response schema', () => {
    const answer = toDynamodbBatchResponse(new Set(['5817600000000012071368042']));
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: '5817600000000012071368042' }] });
    expect(checkResponse(dynamodbReference, answer)).toEqual([]);
  });

  it('reads nested attribute values and rejects an untyped one', () => {
    const nested = { M: { items: { L: [{ N: '1' }, { NULL: true }, { BS: ['AAEqQQ=='] }] } } };
    expect(z.safeParse(dynamodbAttributeValueSchema, nested).success).toBe(true);
    expect(z.safeParse(dynamodbAttributeValueSchema, { X: 'untyped' }).success).toBe(false);
    expect(z.safeParse(dynamodbAttributeValueSchema, { N: 42 }).success).toBe(false);
  });

  it('rejects an unknown eventName, naming the path', () => {
    const event = withRecord({ eventName: 'UPSERT' });
    expect(checkEvent(dynamodbReference, event).map((issue) => issue.path)).toEqual(['Records[0].eventName']);
  });

  it('accepts fields AWS may add that the schema does not list', () => {
    const event = withRecord({ extra: 'kept' });
    expect(checkEvent(dynamodbReference, event)).toEqual([]);
  });
});
