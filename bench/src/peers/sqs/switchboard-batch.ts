/**
 * Switchboard's `sqsBatch`, the headline SQS figure: each record's JSON body
 * is parsed and validated (zod through Standard Schema) before the record
 * handler runs; a record that fails is reported in `batchItemFailures`.
 */
import { sqsBatch } from '@switchboard/batch';
import { router } from '@switchboard/core';
import { sqs as sqsSource } from '@switchboard/sources/sqs';
import { orderSchema } from '../../schemas/zod-classic.js';

/** Validation is the per-record work; the record handler has nothing left to do. */
function acceptOrder(): void {}

export const sqs = () => router().on(sqsSource, sqsBatch(acceptOrder, { schema: orderSchema })).handler;
