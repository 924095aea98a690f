/**
 * The same schemas as `zod-classic.ts` in `zod/mini`, which tree-shakes:
 * bundles built with the `mini` flavour import this module instead.
 */
import * as z from 'zod/mini';

export const userSchema = z.object({ name: z.string().check(z.minLength(1)), email: z.email() });
export const orderSchema = z.object({ orderId: z.string(), amount: z.number().check(z.positive()) });
