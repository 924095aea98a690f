/**
 * @switchboard/sources: every AWS caller of Lambda as a Switchboard source.
 * Apps import one source per subpath (`@switchboard/sources/sqs`) so a
 * bundle carries only what it mounts; tools import `allSources` from here.
 *
 * @module
 */
import type { Source } from '@switchboard/core';
import { alb } from './alb.js';
import { alexaSkill } from './alexa-skill.js';
import { alexaSmartHome } from './alexa-smart-home.js';
import { apigwHttp } from './apigw-http.js';
import { apigwHttpAuthorizer } from './apigw-http-authorizer.js';
import { apigwRest } from './apigw-rest.js';
import { apigwRestRequestAuthorizer } from './apigw-rest-request-authorizer.js';
import { apigwRestTokenAuthorizer } from './apigw-rest-token-authorizer.js';
import { apigwWebsocket } from './apigw-websocket.js';
import { appsyncAuthorizer } from './appsync-authorizer.js';
import { appsyncEvents } from './appsync-events.js';
import { appsyncResolver } from './appsync-resolver.js';
import { bedrockAgent } from './bedrock-agent.js';
import { cloudformation } from './cloudformation.js';
import { cloudfront } from './cloudfront.js';
import { cloudwatchAlarm } from './cloudwatch-alarm.js';
import { cloudwatchLogs } from './cloudwatch-logs.js';
import { codecommit } from './codecommit.js';
import { codepipeline } from './codepipeline.js';
import { cognitoSync } from './cognito-sync.js';
import { cognitoUserPool } from './cognito-user-pool.js';
import { config } from './config.js';
import { connect } from './connect.js';
import { documentdb } from './documentdb.js';
import { dynamodb } from './dynamodb.js';
import { eventbridge } from './eventbridge.js';
import { firehose } from './firehose.js';
import { functionUrl } from './function-url.js';
import { iot } from './iot.js';
import { iotEvents } from './iot-events.js';
import { kafka } from './kafka.js';
import { kinesis } from './kinesis.js';
import { lex } from './lex.js';
import { lexV2 } from './lex-v2.js';
import { mqActivemq } from './mq-activemq.js';
import { mqRabbitmq } from './mq-rabbitmq.js';
import { msk } from './msk.js';
import { s3 } from './s3.js';
import { s3Batch } from './s3-batch.js';
import { s3ObjectLambda } from './s3-object-lambda.js';
import { secretsManager } from './secrets-manager.js';
import { ses } from './ses.js';
import { sns } from './sns.js';
import { sqs } from './sqs.js';
import { vpcLattice } from './vpc-lattice.js';
import { workmail } from './workmail.js';

export * from './alb.js';
export * from './alexa-skill.js';
export * from './alexa-smart-home.js';
export * from './apigw-http.js';
export * from './apigw-http-authorizer.js';
export * from './apigw-rest.js';
export * from './apigw-rest-request-authorizer.js';
export * from './apigw-rest-token-authorizer.js';
export * from './apigw-websocket.js';
export * from './appsync-authorizer.js';
export * from './appsync-events.js';
export * from './appsync-resolver.js';
export * from './bedrock-agent.js';
export * from './cloudformation.js';
export * from './cloudfront.js';
export * from './cloudwatch-alarm.js';
export * from './cloudwatch-logs.js';
export * from './codecommit.js';
export * from './codepipeline.js';
export * from './cognito-sync.js';
export * from './cognito-user-pool.js';
export * from './config.js';
export * from './connect.js';
export * from './documentdb.js';
export * from './dynamodb.js';
export * from './eventbridge.js';
export * from './firehose.js';
export * from './function-url.js';
export * from './iot.js';
export * from './iot-events.js';
export * from './kafka.js';
export * from './kinesis.js';
export * from './lex.js';
export * from './lex-v2.js';
export * from './mq-activemq.js';
export * from './mq-rabbitmq.js';
export * from './msk.js';
export * from './s3.js';
export * from './s3-batch.js';
export * from './s3-object-lambda.js';
export * from './secrets-manager.js';
export * from './ses.js';
export * from './sns.js';
export * from './sqs.js';
export * from './vpc-lattice.js';
export * from './workmail.js';

/** Every built-in source, for tools that look at all of them (the CLI, docs, tests). */
export const allSources: readonly Source[] = [
  // http
  apigwRest,
  apigwHttp,
  functionUrl,
  alb,
  // records
  sqs,
  sns,
  s3,
  eventbridge,
  dynamodb,
  kinesis,
  // cognito
  cognitoUserPool,
  cognitoSync,
  // authorizers
  apigwRestTokenAuthorizer,
  apigwRestRequestAuthorizer,
  apigwHttpAuthorizer,
  appsyncAuthorizer,
  // web
  vpcLattice,
  apigwWebsocket,
  appsyncResolver,
  appsyncEvents,
  bedrockAgent,
  // conversation
  lex,
  lexV2,
  alexaSkill,
  alexaSmartHome,
  connect,
  workmail,
  ses,
  secretsManager,
  // transforms
  cloudfront,
  firehose,
  s3Batch,
  // custom-resources
  cloudformation,
  // api-answers
  codepipeline,
  config,
  s3ObjectLambda,
  // async-poll
  cloudwatchLogs,
  cloudwatchAlarm,
  codecommit,
  iotEvents,
  msk,
  kafka,
  mqActivemq,
  mqRabbitmq,
  documentdb,
  // Claims nothing by design (an IoT rule sends what its SQL selects): listed for the docs and the
  // CLI; apps mount `iotRule({ match, schema })` sources instead.
  iot,
];
