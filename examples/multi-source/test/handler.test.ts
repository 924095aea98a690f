import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { type DevServer, type LambdaEntry, startDevServer } from '@switchboard/cli/dev';
import { UnknownEventError } from '@switchboard/core';
import { cloudformationReference } from '@switchboard/sources/cloudformation';
import { cognitoUserPoolReference } from '@switchboard/sources/cognito-user-pool';
import { s3Reference } from '@switchboard/sources/s3';
import { sqsReference } from '@switchboard/sources/sqs';
import { lambdaContext } from '@switchboard/testing';
import { handler } from '../src/handler.js';

const context = lambdaContext({ functionName: 'multi-source' });

// tsx cannot register its loader inside jest; jest's own import() loads TypeScript (a query busts its cache).
const jestImport = async (spec: string, fresh?: string) => {
  const url = pathToFileURL(resolve(spec)).href + (fresh === undefined ? '' : `?reload=${fresh}`);
  return ((await import(url)) as { handler: LambdaEntry }).handler;
};

describe('multi-source function over HTTP (switchboard dev on loopback)', () => {
  let server: DevServer;

  beforeAll(async () => {
    server = await startDevServer({
      spec: 'examples/multi-source/src/handler.ts',
      port: 0,
      load: jestImport,
      watch: false,
      log: () => undefined,
    });
  });
  afterAll(() => server.close());

  const post = (body: string) =>
    fetch(`${server.url}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('creates an order from a valid JSON body with 201', async () => {
    const response = await post('{"item":"book","quantity":2}');
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ item: 'book', quantity: 2, id: expect.any(String) });
  });

  it('answers an invalid order with a 422 problem naming the fields, and malformed JSON with 400', async () => {
    const invalid = await post('{"item":"","quantity":0}');
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const text = JSON.stringify(await invalid.json());
    expect(text).toContain('"item"');
    expect(text).toContain('"quantity"');
    const malformed = await post('{"item":');
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toMatch(/at .*\.ts|SyntaxError/);
  });

  it('serves GET /health and /orders/{id}, and 404s unknown paths', async () => {
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ ok: true });
    expect(await (await fetch(`${server.url}/orders/o-1`)).json()).toEqual({ id: 'o-1', status: 'shipped' });
    expect((await fetch(`${server.url}/orders/x`)).status).toBe(404);
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
  });
});

describe('multi-source function for its other callers', () => {
  it('fails only the SQS messages whose payment is invalid', async () => {
    const [template] = sqsReference.sample().Records;
    if (template === undefined) throw new Error('sample has a record');
    const bodies = [
      '{"orderId":"a","amount":1}',
      'not json',
      '{"orderId":"b","amount":-1}',
      '{"orderId":"c","amount":3}',
    ];
    const event = { Records: bodies.map((body, i) => ({ ...template, messageId: `m${i}`, body })) };
    await expect(handler(event, context)).resolves.toEqual({
      batchItemFailures: [{ itemIdentifier: 'm1' }, { itemIdentifier: 'm2' }],
    });
  });

  it('handles S3 ObjectCreated notifications', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await expect(handler(s3Reference.sample(), context)).resolves.toBeUndefined();
      expect(log.mock.calls.map(([first]) => first)).toEqual(['stored']);
    } finally {
      log.mockRestore();
    }
  });

  it('auto-confirms Cognito sign-ups from the staff domain only', async () => {
    const signUp = (email: string) => {
      const event = cognitoUserPoolReference.sample() as { request: { userAttributes: Record<string, string> } };
      return { ...event, request: { ...event.request, userAttributes: { ...event.request.userAttributes, email } } };
    };
    const staff = (await handler(signUp('ana@example.com'), context)) as { response: Record<string, unknown> };
    expect(staff.response).toMatchObject({ autoConfirmUser: true, autoVerifyEmail: true });
    const other = (await handler(signUp('bo@elsewhere.org'), context)) as { response: Record<string, unknown> };
    expect(other.response.autoConfirmUser).not.toBe(true);
  });

  it('answers a CDK provider-framework custom resource request with its Data', async () => {
    // Without a ResponseURL PUT (the provider framework answers CloudFormation), the result is returned.
    const {
      ResponseURL: _url,
      ServiceToken: _token,
      ...event
    } = cloudformationReference.sample() as Record<string, unknown>;
    await expect(handler(event, context)).resolves.toEqual({
      PhysicalResourceId: 'orders-config-TopicPolicy',
      Data: { QueueName: 'orders', Stage: 'dev' },
    });
  });

  it('refuses an event it does not mount with UnknownEventError', async () => {
    await expect(handler({ jobName: 'x', jobQueue: 'y' }, context)).rejects.toBeInstanceOf(UnknownEventError);
  });
});
