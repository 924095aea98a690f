/**
 * The `apigw-rest` source (API Gateway REST APIs and payload format 1.0),
 * as the subpath `@switchboard/sources/apigw-rest`. Its parts live in
 * `./apigw-rest/`: the runtime source, its schemas, and `apigwRestReference`.
 *
 * @module
 */
export * from './apigw-rest/index.js';
