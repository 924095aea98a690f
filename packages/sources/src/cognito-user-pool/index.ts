export * from './answers.js';
export { cognitoUserPoolReference } from './reference.js';
export * from './respond.js';
export * from './schema.js';
export * from './source.js';
export * from './triggers.js';
export * from './types.js';
