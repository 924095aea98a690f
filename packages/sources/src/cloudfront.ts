export * from './cloudfront/index.js';
