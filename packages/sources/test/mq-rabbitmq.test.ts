import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  decodeMqRabbitmqData,
  decodeMqRabbitmqHeaders,
  mqRabbitmqReference as mqRabbitmq,
} from '@switchboard/sources/mq-rabbitmq';
import type { Context } from 'aws-lambda';

const context = {} as Context;

describe('mq-rabbitmq', () => {
  it('detects its sample alone, and the sample passes the schema', () => {
    const sample = mqRabbitmq.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: mqRabbitmq, variant: undefined });
    expect(checkEvent(mqRabbitmq, sample)).toEqual([]);
  });

  it('decodes byte-string headers to text and keeps other header values as sent', () => {
    const [message] = mqRabbitmq.sample().rmqMessagesByQueue['invoices::/'] ?? [];
    expect(decodeMqRabbitmqHeaders(message?.basicProperties.headers)).toEqual({ tenant: 'acme', attempt: 1 });
    expect(decodeMqRabbitmqHeaders(null)).toEqual({});
  });

  it('decodes message data', () => {
    const [message] = mqRabbitmq.sample().rmqMessagesByQueue['invoices::/'] ?? [];
    expect(decodeMqRabbitmqData(message?.data, 'json')).toEqual({ invoiceId: 'inv-000417', amount: 129 });
    expect(decodeMqRabbitmqData(message?.data, 'text')).toHaveLength(message?.basicProperties.bodySize ?? -1);
  });

  it('hands the handler messages by queue and virtual host, and answers nothing', async () => {
    const queues: string[] = [];
    const app = router({ validateResponse: true }).on(mqRabbitmq, async (event) => {
      queues.push(...Object.keys(event.rmqMessagesByQueue));
    });
    await expect(app.handler(mqRabbitmq.sample(), context)).resolves.toBeUndefined();
    expect(queues).toEqual(['invoices::/']);
    expect(checkResponse(mqRabbitmq, { batchItemFailures: [] })).not.toEqual([]);
  });

  it.each([
    ['null', null],
    ['an ActiveMQ batch', { ...mqRabbitmq.sample(), eventSource: 'aws:mq' }],
    ['messages by queue without an eventSource', { rmqMessagesByQueue: {} }],
  ])('does not claim %s', (_name, event) => {
    expect(mqRabbitmq.detect(event)).toBe(false);
  });
});
