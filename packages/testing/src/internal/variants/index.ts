import { cognitoUserPoolVariants } from './cognito-user-pool.js';
import { eventbridgeOpenVariant, eventbridgeVariants } from './eventbridge.js';
import {
  alexaSkillOpenVariant,
  alexaSkillVariants,
  alexaSmartHomeVariants,
  cloudformationVariants,
  cloudwatchAlarmVariants,
  configVariants,
  s3ObjectLambdaVariants,
  secretsManagerVariants,
} from './lifecycle.js';
import { cloudfrontVariants, s3BatchVariants, s3Variants, sqsVariants } from './records.js';
import {
  albVariants,
  apigwHttpAuthorizerVariants,
  apigwRestRequestAuthorizerVariants,
  apigwWebsocketVariants,
  appsyncEventsVariants,
  appsyncResolverVariants,
  bedrockAgentVariants,
  vpcLatticeVariants,
} from './web.js';

/**
 * The variant makers of each source with variants, by the source's property
 * name in `events`. A variant its source's sample already is needs none.
 */
export const variantMakers = {
  alb: albVariants,
  alexaSkill: alexaSkillVariants,
  alexaSmartHome: alexaSmartHomeVariants,
  apigwHttpAuthorizer: apigwHttpAuthorizerVariants,
  apigwRestRequestAuthorizer: apigwRestRequestAuthorizerVariants,
  apigwWebsocket: apigwWebsocketVariants,
  appsyncEvents: appsyncEventsVariants,
  appsyncResolver: appsyncResolverVariants,
  bedrockAgent: bedrockAgentVariants,
  cloudformation: cloudformationVariants,
  cloudfront: cloudfrontVariants,
  cloudwatchAlarm: cloudwatchAlarmVariants,
  cognitoUserPool: cognitoUserPoolVariants,
  config: configVariants,
  eventbridge: eventbridgeVariants,
  s3: s3Variants,
  s3Batch: s3BatchVariants,
  s3ObjectLambda: s3ObjectLambdaVariants,
  secretsManager: secretsManagerVariants,
  sqs: sqsVariants,
  vpcLattice: vpcLatticeVariants,
} as const;

/** How the open sources make a variant they do not list (an app's own detail-type, a new Alexa request). */
export const openVariantMakers = { alexaSkill: alexaSkillOpenVariant, eventbridge: eventbridgeOpenVariant } as const;
