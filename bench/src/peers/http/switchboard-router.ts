/** Switchboard's router with the hand-written logic mounted: detection and dispatch are the only added work. */
import { router } from '@switchboard/core';
import { alb as albSource } from '@switchboard/sources/alb';
import { apigwHttp as apigwHttpSource } from '@switchboard/sources/apigw-http';
import { apigwRest as apigwRestSource } from '@switchboard/sources/apigw-rest';
import { createUserAlb, createUserApigwHttp, createUserApigwRest } from './hand-written.js';

export const apigwHttp = () => router().on(apigwHttpSource, createUserApigwHttp).handler;
export const apigwRest = () => router().on(apigwRestSource, createUserApigwRest).handler;
export const alb = () => router().on(albSource, createUserAlb).handler;
