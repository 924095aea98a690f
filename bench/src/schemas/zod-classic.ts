/**
 * The scenarios' payload schemas in zod's classic API, the flavour most code
 * (and every peer's documentation) uses. Throughput is measured with these;
 * the bundle-size step swaps this module for `zod-mini.ts` (see
 * `bundle-size/zod-flavour.ts`), so both files must export the same names.
 */
import { z } from 'zod';

export const userSchema = z.object({ name: z.string().min(1), email: z.email() });
export const orderSchema = z.object({ orderId: z.string(), amount: z.number().positive() });
