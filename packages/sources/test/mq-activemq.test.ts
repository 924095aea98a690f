import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  decodeMqActivemqData,
  type MqActivemqEvent,
  mqActivemqReference as mqActivemq,
} from '@switchboard/sources/mq-activemq';
import type { Context } from 'aws-lambda';

const context = {} as Context;

/** A bytes message as AWS's example shows it: a string expiration, `correlationId`, no properties. */
function bytesMessage(): MqActivemqEvent {
  const sample = mqActivemq.sample();
  const [message] = sample.messages;
  if (message === undefined) throw new Error('sample has no message');
  const { properties: _p, correlationID: _c, ...rest } = message;
  return {
    ...sample,
    messages: [
      {
        ...rest,
        messageType: 'jms/bytes-message',
        data: Buffer.from([0xca, 0xfe]).toString('base64'),
        expiration: '60000',
        correlationId: 'myJMSCoID',
      },
    ],
  };
}

describe('mq-activemq', () => {
  it('detects its sample alone, and the sample passes the schema', () => {
    const sample = mqActivemq.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: mqActivemq, variant: undefined });
    expect(checkEvent(mqActivemq, sample)).toEqual([]);
  });

  it("accepts the field spellings of AWS's example as well as captured events", () => {
    expect(checkEvent(mqActivemq, bytesMessage())).toEqual([]);
    expect(
      checkEvent(mqActivemq, {
        ...mqActivemq.sample(),
        messages: [{ ...bytesMessage().messages[0], properties: null }],
      }),
    ).toEqual([]);
  });

  it('decodes text message data as JSON and bytes message data as bytes', () => {
    expect(decodeMqActivemqData(mqActivemq.sample().messages[0]?.data, 'json')).toEqual({
      orderId: 'order-1001',
      status: 'PAID',
    });
    expect(decodeMqActivemqData(bytesMessage().messages[0]?.data, 'bytes')).toEqual(new Uint8Array([0xca, 0xfe]));
  });

  it('answers nothing: the caller reads no answer, and only "no payload" passes the response schema', async () => {
    const app = router({ validateResponse: true }).on(mqActivemq, async () => {});
    await expect(app.handler(mqActivemq.sample(), context)).resolves.toBeUndefined();
    expect(checkResponse(mqActivemq, undefined)).toEqual([]);
    expect(checkResponse(mqActivemq, null)).toEqual([]);
    expect(checkResponse(mqActivemq, { statusCode: 200 })).not.toEqual([]);
  });

  it('propagates a handler error, so Lambda retries the whole batch', async () => {
    const app = router().on(mqActivemq, async () => {
      throw new Error('broker down');
    });
    await expect(app.handler(mqActivemq.sample(), context)).rejects.toThrow('broker down');
  });

  it.each([
    ['null', null],
    ['the aws:amq spelling of outdated documentation', { ...mqActivemq.sample(), eventSource: 'aws:amq' }],
    ['a RabbitMQ batch', { ...mqActivemq.sample(), eventSource: 'aws:rmq' }],
    ['messages without an eventSource', { messages: mqActivemq.sample().messages }],
  ])('does not claim %s', (_name, event) => {
    expect(mqActivemq.detect(event)).toBe(false);
  });
});
