/**
 * @switchboard/sources: every AWS caller of Lambda as a Switchboard source.
 * Apps import one source per subpath (`@switchboard/sources/sqs`) so a
 * bundle carries only what it mounts; tools import `allSources` from here.
 *
 * @module
 */
import type { DescribedSource } from '@switchboard/core';
import { albReference } from './alb.js';
import { alexaSkillReference } from './alexa-skill.js';
import { alexaSmartHomeReference } from './alexa-smart-home.js';
import { apigwHttpReference } from './apigw-http.js';
import { apigwHttpAuthorizerReference } from './apigw-http-authorizer.js';
import { apigwRestReference } from './apigw-rest.js';
import { apigwRestRequestAuthorizerReference } from './apigw-rest-request-authorizer.js';
import { apigwRestTokenAuthorizerReference } from './apigw-rest-token-authorizer.js';
import { apigwWebsocketReference } from './apigw-websocket.js';
import { appsyncAuthorizerReference } from './appsync-authorizer.js';
import { appsyncEventsReference } from './appsync-events.js';
import { appsyncResolverReference } from './appsync-resolver.js';
import { bedrockAgentReference } from './bedrock-agent.js';
import { cloudformationReference } from './cloudformation.js';
import { cloudfrontReference } from './cloudfront.js';
import { cloudwatchAlarmReference } from './cloudwatch-alarm.js';
import { cloudwatchLogsReference } from './cloudwatch-logs.js';
import { codecommitReference } from './codecommit.js';
import { codepipelineReference } from './codepipeline.js';
import { cognitoSyncReference } from './cognito-sync.js';
import { cognitoUserPoolReference } from './cognito-user-pool.js';
import { configReference } from './config.js';
import { connectReference } from './connect.js';
import { documentdbReference } from './documentdb.js';
import { dynamodbReference } from './dynamodb.js';
import { eventbridgeReference } from './eventbridge.js';
import { firehoseReference } from './firehose.js';
import { functionUrlReference } from './function-url.js';
import { iotReference } from './iot.js';
import { iotEventsReference } from './iot-events.js';
import { kafkaReference } from './kafka.js';
import { kinesisReference } from './kinesis.js';
import { lexReference } from './lex.js';
import { lexV2Reference } from './lex-v2.js';
import { mqActivemqReference } from './mq-activemq.js';
import { mqRabbitmqReference } from './mq-rabbitmq.js';
import { mskReference } from './msk.js';
import { s3Reference } from './s3.js';
import { s3BatchReference } from './s3-batch.js';
import { s3ObjectLambdaReference } from './s3-object-lambda.js';
import { secretsManagerReference } from './secrets-manager.js';
import { sesReference } from './ses.js';
import { snsReference } from './sns.js';
import { sqsReference } from './sqs.js';
import { vpcLatticeReference } from './vpc-lattice.js';
import { workmailReference } from './workmail.js';

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

/**
 * Every built-in source with its reference (schemas, sample, docs), for tools
 * that look at all of them (the CLI, docs, tests). Each mounts as the source it
 * describes; a function imports the runtime source from its subpath instead.
 */
export const allSources: readonly DescribedSource[] = [
  // http
  apigwRestReference,
  apigwHttpReference,
  functionUrlReference,
  albReference,
  // records
  sqsReference,
  snsReference,
  s3Reference,
  eventbridgeReference,
  dynamodbReference,
  kinesisReference,
  // cognito
  cognitoUserPoolReference,
  cognitoSyncReference,
  // authorizers
  apigwRestTokenAuthorizerReference,
  apigwRestRequestAuthorizerReference,
  apigwHttpAuthorizerReference,
  appsyncAuthorizerReference,
  // web
  vpcLatticeReference,
  apigwWebsocketReference,
  appsyncResolverReference,
  appsyncEventsReference,
  bedrockAgentReference,
  // conversation
  lexReference,
  lexV2Reference,
  alexaSkillReference,
  alexaSmartHomeReference,
  connectReference,
  workmailReference,
  sesReference,
  secretsManagerReference,
  // transforms
  cloudfrontReference,
  firehoseReference,
  s3BatchReference,
  // custom-resources
  cloudformationReference,
  // api-answers
  codepipelineReference,
  configReference,
  s3ObjectLambdaReference,
  // async-poll
  cloudwatchLogsReference,
  cloudwatchAlarmReference,
  codecommitReference,
  iotEventsReference,
  mskReference,
  kafkaReference,
  mqActivemqReference,
  mqRabbitmqReference,
  documentdbReference,
  // Claims nothing by design (an IoT rule sends what its SQL selects): listed for the docs and the
  // CLI; apps mount `iotRule({ match, schema })` sources instead.
  iotReference,
];
