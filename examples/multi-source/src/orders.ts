import { z } from 'zod';

/** The order a client POSTs to `/orders`. */
export const orderSchema = z.object({
  item: z.string().min(1),
  quantity: z.number().int().positive(),
});

export type Order = z.infer<typeof orderSchema>;

/** A payment to settle, one per message of the payments queue. */
export const paymentSchema = z.object({
  orderId: z.string().min(1),
  amount: z.number().positive(),
});
