// Ships paid orders from an Amazon MQ (ActiveMQ) queue. MQ has no partial batch response: returning
// acknowledges every message, and a throw hands the whole batch back to the broker for redelivery.
import { router } from '@switchboard/core';
import { decodeMqActivemqData, mqActivemq } from '@switchboard/sources/mq-activemq';
import { z } from 'zod';

const orderSchema = z.object({ orderId: z.string(), status: z.literal('PAID') });

export const handler = router().on(mqActivemq, async (event) => {
  for (const message of event.messages) {
    const order = orderSchema.parse(decodeMqActivemqData(message.data, 'json'));
    const tenant = message.properties?.tenant ?? 'default';
    console.log(`ship ${order.orderId} for ${tenant} (from ${message.destination.physicalName})`);
  }
}).handler;
