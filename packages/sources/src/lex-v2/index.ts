export { lexV2Reference } from './reference.js';
export {
  type LexV2MessagesInput,
  toLexV2Close,
  toLexV2ConfirmIntent,
  toLexV2Delegate,
  toLexV2ElicitIntent,
  toLexV2ElicitSlot,
} from './respond.js';
export {
  type LexV2Event,
  type LexV2Intent,
  type LexV2Message,
  type LexV2Result,
  type LexV2Slot,
  lexV2EventSchema,
  lexV2IntentSchema,
  lexV2MessageSchema,
  lexV2ResponseSchema,
  lexV2SlotSchema,
} from './schema.js';
export { lexV2 } from './source.js';
