// Type tests (checked by `npm run typecheck`): handlers typed with @types/aws-lambda
// mount on their source without a cast, and never on another source.
import { router } from '@switchboard/core';
import { alb } from '@switchboard/sources/alb';
import { apigwHttp } from '@switchboard/sources/apigw-http';
import { apigwRest } from '@switchboard/sources/apigw-rest';
import { dynamodb } from '@switchboard/sources/dynamodb';
import { eventbridge } from '@switchboard/sources/eventbridge';
import { functionUrl } from '@switchboard/sources/function-url';
import { kinesis } from '@switchboard/sources/kinesis';
import { s3 } from '@switchboard/sources/s3';
import { sns } from '@switchboard/sources/sns';
import { sqs } from '@switchboard/sources/sqs';
import type {
  ALBHandler,
  APIGatewayProxyHandler,
  APIGatewayProxyHandlerV2,
  DynamoDBStreamHandler,
  EventBridgeHandler,
  KinesisStreamHandler,
  LambdaFunctionURLHandler,
  S3Handler,
  SNSHandler,
  SQSHandler,
} from 'aws-lambda';

declare const sqsHandler: SQSHandler;
declare const snsHandler: SNSHandler;
declare const s3Handler: S3Handler;
declare const eventBridgeHandler: EventBridgeHandler<string, unknown, void>;
declare const dynamodbHandler: DynamoDBStreamHandler;
declare const kinesisHandler: KinesisStreamHandler;
declare const restHandler: APIGatewayProxyHandler;
declare const httpHandler: APIGatewayProxyHandlerV2;
declare const urlHandler: LambdaFunctionURLHandler;
declare const albHandler: ALBHandler;

router()
  .on(sqs, sqsHandler)
  .on(sns, snsHandler)
  .on(s3, s3Handler)
  .on(eventbridge, eventBridgeHandler)
  .on(dynamodb, dynamodbHandler)
  .on(kinesis, kinesisHandler)
  .on(apigwRest, restHandler)
  .on(apigwHttp, httpHandler)
  .on(functionUrl, urlHandler)
  .on(alb, albHandler);

// Variants take the same handlers as their source.
router().on(sqs.variant('fifo'), sqsHandler).on(s3.variant('ObjectRemoved'), s3Handler);

// A handler for another source's event is a compile error.
// @ts-expect-error SNS records on an SQS queue
router().on(sqs, snsHandler);
// @ts-expect-error SQS records from an SNS topic
router().on(sns, sqsHandler);
// @ts-expect-error a Kinesis handler on a DynamoDB stream
router().on(dynamodb, kinesisHandler);
// @ts-expect-error a REST (payload 1.0) handler on an HTTP API (payload 2.0)
router().on(apigwHttp, restHandler);
// @ts-expect-error an HTTP API handler on a REST API
router().on(apigwRest, httpHandler);
// @ts-expect-error an S3 notification handler on EventBridge
router().on(eventbridge, s3Handler);
// @ts-expect-error an ALB handler on a REST API: its answer lacks nothing, but its event is not an ALB request
router().on(apigwRest, albHandler);
