import { lanes, sqsBatch } from '@switchboard/batch';
import { router } from '@switchboard/core';
import { sqs } from '@switchboard/sources/sqs';

/** Each account's balance, updated in the order its messages were sent. */
export const balances = new Map<string, number>();

/**
 * A FIFO queue of account movements, one message group per account. Up to
 * four groups run at once, each in order. When a message fails, the later
 * messages of its group are reported failed too (so the group keeps its
 * order), while the other groups go on: `continueOtherGroups`.
 */
export const handler = router().on(
  sqs.variant('fifo'),
  sqsBatch(
    async (movement: { account: string; amount: number }) => {
      const balance = (balances.get(movement.account) ?? 0) + movement.amount;
      if (balance < 0) throw new Error('Insufficient funds');
      balances.set(movement.account, balance);
    },
    { continueOtherGroups: true, concurrency: lanes(4) },
  ),
).handler;
