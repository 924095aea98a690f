export { lexReference } from './reference.js';
export {
  type LexAnswerOptions,
  type LexMessageInput,
  toLexClose,
  toLexConfirmIntent,
  toLexDelegate,
  toLexElicitIntent,
  toLexElicitSlot,
} from './respond.js';
export {
  type LexDialogAction,
  type LexEvent,
  type LexMessage,
  type LexResponseCard,
  type LexResult,
  lexDialogActionSchema,
  lexEventSchema,
  lexIntentSummarySchema,
  lexMessageSchema,
  lexResponseSchema,
} from './schema.js';
export { lex } from './source.js';
