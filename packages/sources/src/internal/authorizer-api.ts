/** What every API Gateway authorizer source offers its users: the policy builders and the 401 error. */
export { AuthorizerUnauthorizedError } from './authorizer-settle.js';
export {
  type AuthorizerPolicy,
  type PolicyOptions,
  type PolicyResource,
  toAllowPolicy,
  toDenyPolicy,
  toStageWildcardArn,
} from './iam-policy.js';
