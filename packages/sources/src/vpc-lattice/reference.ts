import { describeSource } from '@switchboard/core';
import { type VpcLatticeEvent, vpcLatticeEventSchema, vpcLatticeResponseSchema } from './schema.js';
import { vpcLattice } from './source.js';

/** `vpcLattice` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const vpcLatticeReference = describeSource(vpcLattice, {
  schema: vpcLatticeEventSchema,
  response: vpcLatticeResponseSchema,
  sample: sampleVpcLatticeEvent,
  docs: {
    service: 'Amazon VPC Lattice',
    summary:
      'A VPC Lattice service forwards each request matching a listener rule to a Lambda target group and sends the answer to the client. The target group chooses the event structure: version 1 (snake-case keys, single-value headers) or version 2 (list-valued headers and query parameters, a `requestContext` naming the service network, service, target group and caller). `toVpcLatticeResult` writes the answer, which both versions share.',
    detection:
      'A string `method` with a snake-case `raw_path` (`v1`), or `version: "2.0"` with `requestContext.targetGroupArn` (`v2`).',
    retries:
      'None: the client waits for the answer. A thrown error, a timeout or a malformed answer becomes a 5xx for the client, which decides whether to retry.',
    limits: [
      {
        name: 'Request body',
        value: '6 MB',
        link: 'https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html',
      },
      {
        name: 'Response JSON',
        value: '6 MB',
        link: 'https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html',
      },
      {
        name: 'Cookies',
        value: 'header values are single strings: one `Set-Cookie` per answer',
        link: 'https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#respond-to-service',
      },
    ],
    links: [
      {
        title: 'Lambda functions as targets in VPC Lattice',
        url: 'https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html',
      },
      {
        title: 'Using Lambda with VPC Lattice',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-vpc-lattice.html',
      },
    ],
  },
});

function sampleVpcLatticeEvent(): VpcLatticeEvent {
  return {
    version: '2.0',
    path: '/orders',
    method: 'POST',
    headers: {
      accept: ['application/json'],
      'content-type': ['application/json'],
      host: ['orders-0a40eebed65f8d69c.7d67968.vpc-lattice-svcs.us-east-2.on.aws'],
      'user-agent': ['curl/8.5.0'],
      'x-forwarded-for': ['10.0.2.100'],
    },
    queryStringParameters: { source: ['web'] },
    body: '{"sku":"B07XJ8C8F5","quantity":2}',
    isBase64Encoded: false,
    requestContext: {
      serviceNetworkArn: 'arn:aws:vpc-lattice:us-east-2:123456789012:servicenetwork/sn-0bf3f2882e9cc805a',
      serviceArn: 'arn:aws:vpc-lattice:us-east-2:123456789012:service/svc-0a40eebed65f8d69c',
      targetGroupArn: 'arn:aws:vpc-lattice:us-east-2:123456789012:targetgroup/tg-6d0ecf831eec9f09',
      identity: {
        sourceVpcArn: 'arn:aws:ec2:us-east-2:123456789012:vpc/vpc-0b8276c84697e7339',
        type: 'AWS_IAM',
        principal: 'arn:aws:sts::123456789012:assumed-role/checkout-service/i-0a1b2c3d4e5f67890',
        sessionName: 'i-0a1b2c3d4e5f67890',
      },
      region: 'us-east-2',
      timeEpoch: '1710322916481032',
    },
  };
}
