export * from './apigw-http-authorizer/index.js';
