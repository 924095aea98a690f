export * from './cloudformation/index.js';
