export { alexaSmartHomeReference } from './reference.js';
export {
  type AlexaSmartHomeAnswerOptions,
  toAlexaSmartHomeError,
  toAlexaSmartHomeResponse,
  toAlexaSmartHomeV2Response,
} from './respond.js';
export {
  type AlexaSmartHomeEvent,
  type AlexaSmartHomeProperty,
  type AlexaSmartHomeResult,
  type AlexaSmartHomeV2Event,
  type AlexaSmartHomeV2Result,
  type AlexaSmartHomeV3Event,
  type AlexaSmartHomeV3Result,
  alexaSmartHomeEventSchema,
  alexaSmartHomePropertySchema,
  alexaSmartHomeResponseSchema,
  alexaSmartHomeV2EventSchema,
  alexaSmartHomeV2ResponseSchema,
  alexaSmartHomeV3EventSchema,
  alexaSmartHomeV3ResponseSchema,
} from './schema.js';
export { alexaSmartHome } from './source.js';
