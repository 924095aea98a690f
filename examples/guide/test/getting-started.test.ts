import { describe, expect, it, jest } from '@jest/globals';
import { UnknownEventError } from '@switchboard/core';
import { events, InvocationTimeoutError, invoke, lambdaContext } from '@switchboard/testing';
import { handler } from '../src/getting-started.js';

describe('the getting-started function', () => {
  it('answers an HTTP API request in the HTTP API shape', async () => {
    const event = events.http({ dialect: 'apigw-http', method: 'GET', path: '/hello' });
    const { result } = await invoke(handler, event);
    expect(result).toMatchObject({ statusCode: 200, body: 'hello from /hello' });
  });

  it('reports exactly the empty SQS messages as failed', async () => {
    const event = events.sqs.fromBodies([{ orderId: 'o-1' }, ' ', 'plain text']);
    const emptyId = event.Records[1]?.messageId;
    await expect(handler(event, lambdaContext())).resolves.toEqual({
      batchItemFailures: [{ itemIdentifier: emptyId }],
    });
  });

  it('reads S3 keys decoded', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await invoke(handler, events.s3.put('acme-uploads', 'reports/May 2024.pdf'));
      expect(log).toHaveBeenCalledWith('uploaded', 'acme-uploads', 'reports/May 2024.pdf');
    } finally {
      log.mockRestore();
    }
  });

  it('refuses an event of a source it does not mount, naming its keys only', async () => {
    const failure = invoke(handler, events.kinesis());
    await expect(failure).rejects.toBeInstanceOf(UnknownEventError);
    await expect(failure).rejects.toMatchObject({ seen: ['Records'] });
  });
});

describe('invoke', () => {
  it('fails as Lambda would when a handler outlives the function timeout', async () => {
    const slow = () => new Promise((resolve) => setTimeout(resolve, 200));
    await expect(invoke(slow, events.sqs(), { timeoutMs: 20 })).rejects.toBeInstanceOf(InvocationTimeoutError);
  });
});
