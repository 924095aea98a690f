// Books invoices from Amazon MQ (RabbitMQ) queues: messages arrive grouped by `<queue>::<virtual host>`,
// bodies base64, byte-string headers decoded. A throw hands the whole batch back for redelivery.
import { router } from '@switchboard/core';
import { decodeMqRabbitmqData, decodeMqRabbitmqHeaders, mqRabbitmq } from '@switchboard/sources/mq-rabbitmq';
import { z } from 'zod';

const invoiceSchema = z.object({ invoiceId: z.string(), amount: z.number() });

export const handler = router().on(mqRabbitmq, async (event) => {
  for (const [queue, messages] of Object.entries(event.rmqMessagesByQueue)) {
    for (const message of messages) {
      const invoice = invoiceSchema.parse(decodeMqRabbitmqData(message.data, 'json'));
      const { tenant } = decodeMqRabbitmqHeaders(message.basicProperties.headers);
      console.log(`${queue}: invoice ${invoice.invoiceId} of ${invoice.amount} for ${String(tenant)}`);
    }
  }
}).handler;
