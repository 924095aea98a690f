import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { events, invoke } from '@switchboard/testing';
import { handler, webhooks } from '../src/custom-resource.js';

// CloudFormation reads the answer from a presigned S3 URL that cannot be reached here:
// a server on loopback stands in for it and keeps each body it receives.
const answers: Record<string, unknown>[] = [];
const responseServer = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    answers.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
    response.end();
  });
});
let responseUrl = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => responseServer.listen(0, '127.0.0.1', resolve));
  responseUrl = `http://127.0.0.1:${(responseServer.address() as AddressInfo).port}/stack-response`;
});
afterAll(() => new Promise((resolve) => responseServer.close(resolve)));

/** A request as CloudFormation sends it to the function named `webhooks` (its ServiceToken). */
const request = (type: 'Create' | 'Update' | 'Delete', properties: Record<string, unknown>) =>
  events.cloudformation.variant(type, {
    ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:webhooks',
    ResponseURL: responseUrl,
    ResourceType: 'Custom::Webhook',
    ResourceProperties: properties,
  });
const asWebhooksFunction = { context: { functionName: 'webhooks' } };

describe('the Custom::Webhook resource', () => {
  it('answers SUCCESS with the physical id and Data of a Create', async () => {
    const event = request('Create', { Url: 'https://hooks.example/orders' });
    await invoke(handler, event, asWebhooksFunction);
    const id = `webhook-${event.RequestId}`;
    expect(answers.at(-1)).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: id, Data: { WebhookId: id } });
    expect(webhooks.get(id)).toBe('https://hooks.example/orders');
  });

  it('answers FAILED with a Reason the stack operator can read when the handler throws', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await invoke(handler, request('Create', { Url: 'http://insecure.example' }), asWebhooksFunction);
    } finally {
      error.mockRestore();
    }
    expect(answers.at(-1)).toMatchObject({ Status: 'FAILED', Reason: expect.stringMatching(/^Url must be an https/) });
    expect(String(answers.at(-1)?.Reason)).not.toMatch(/\bat .*:\d+/); // no stack trace
  });

  it('keeps the physical id on Delete, and removes the webhook', async () => {
    webhooks.set('webhook-1', 'https://hooks.example/old');
    const event = { ...request('Delete', {}), PhysicalResourceId: 'webhook-1' };
    await invoke(handler, event, asWebhooksFunction);
    expect(answers.at(-1)).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'webhook-1' });
    expect(webhooks.has('webhook-1')).toBe(false);
  });
});
