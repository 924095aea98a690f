import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Context } from 'aws-lambda';
import type { Concurrency } from './internal/job.js';

export type { Concurrency };

/** What a record handler gets besides the payload: the record as AWS sent it, its position, the Lambda context. */
export interface RecordInfo<Raw> {
  readonly record: Raw;
  /** Position in the batch (for Kafka and RabbitMQ: in the flattened list, partition after partition). */
  readonly index: number;
  readonly context: Context;
}

/** Handles one record. Returning (or resolving) acknowledges it; throwing (or rejecting) fails it. */
export type RecordHandler<Payload, Raw> = (payload: Payload, info: RecordInfo<Raw>) => unknown;

/** The payload a handler gets: the schema's output when there is a schema, else what the decoder made. */
export type PayloadOf<Decoded, Schema> = Schema extends StandardSchemaV1
  ? StandardSchemaV1.InferOutput<Schema>
  : Decoded;

/** Options every batch handler takes. */
export interface BaseBatchOptions<Schema extends StandardSchemaV1 | undefined> {
  /** Any Standard Schema (zod, valibot, arktype...): a payload that fails it fails its record alone. */
  readonly schema?: Schema;
  /**
   * Records not started when less than this many milliseconds of the Lambda
   * timeout remain are reported failed, never acknowledged. Default 1,000.
   */
  readonly deadlineMarginMs?: number;
  /** Called once per failed record (logging, metrics); its own errors are ignored. */
  readonly onRecordError?: (error: unknown, index: number) => void;
}

/** Options of sources whose order can be kept while records run in parallel. */
export interface ConcurrencyOption {
  /**
   * How many records run at once: `lanes(n)`. Default: one at a time, in
   * order. With n above 1, records that must stay in order (a FIFO message
   * group, a stream partition key, a Kafka partition) still run one after
   * another. A value from `lanes`, not a number, so that a handler without
   * it carries none of the lane code.
   */
  readonly concurrency?: Concurrency;
}

/** How a base64 payload (Kinesis data, Kafka values, MQ data) is decoded: parsed JSON, UTF-8 text, or bytes. */
export type PayloadFormat = 'json' | 'text' | 'bytes';

/** The decoded type of each `PayloadFormat`. */
export type Decoded<Format extends PayloadFormat> = Format extends 'text'
  ? string
  : Format extends 'bytes'
    ? Uint8Array
    : unknown;
