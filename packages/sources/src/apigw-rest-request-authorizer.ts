export * from './apigw-rest-request-authorizer/index.js';
