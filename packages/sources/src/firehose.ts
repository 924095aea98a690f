export * from './firehose/index.js';
