export * from './cognito-user-pool/index.js';
