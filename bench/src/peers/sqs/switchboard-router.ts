/** Switchboard's router with the hand-written loop mounted on `sqs`: detection and dispatch are the added work. */
import { router } from '@switchboard/core';
import { sqs as sqsSource, toSqsBatchResponse } from '@switchboard/sources/sqs';
import { failedMessageIds } from './hand-written.js';

export const sqs = () =>
  router().on(sqsSource, async (event) => toSqsBatchResponse(failedMessageIds(event.Records))).handler;
