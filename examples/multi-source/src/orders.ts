import { z } from 'zod';

/** The order a client POSTs to `/orders`, and the one a queue message carries. */
export const orderSchema = z.object({
  item: z.string().min(1),
  quantity: z.number().int().positive(),
});

export type Order = z.infer<typeof orderSchema>;
