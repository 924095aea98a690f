export { alexaSkillReference } from './reference.js';
export {
  type AlexaSpeechOptions,
  toAlexaDelegate,
  toAlexaEmptyResponse,
  toAlexaSpeech,
  toAlexaSsml,
} from './respond.js';
export {
  type AlexaCard,
  type AlexaDirective,
  type AlexaIntent,
  type AlexaOutputSpeech,
  type AlexaSkillEvent,
  type AlexaSkillResult,
  alexaCardSchema,
  alexaIntentSchema,
  alexaOutputSpeechSchema,
  alexaSkillEventSchema,
  alexaSkillResponseSchema,
} from './schema.js';
export { type AlexaSkillStandardVariant, type AlexaSkillVariant, alexaSkill } from './source.js';
