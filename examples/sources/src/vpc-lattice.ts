// A VPC Lattice service (event structure V2) whose auth policy requires IAM: the caller's principal
// creates the order, an unauthenticated call is a 401. Both structure versions answer with `toVpcLatticeResult`.
import { router } from '@switchboard/core';
import { toVpcLatticeResult, vpcLattice } from '@switchboard/sources/vpc-lattice';

export const handler = router().on(vpcLattice.variant('v2'), async (event) => {
  const caller = event.requestContext.identity?.principal;
  if (caller === undefined) return toVpcLatticeResult({ status: 401, body: 'IAM authentication required' }, event);
  if (event.method !== 'POST') return toVpcLatticeResult({ status: 405, headers: { allow: 'POST' } }, event);
  const order: unknown = JSON.parse(event.body ?? 'null');
  return toVpcLatticeResult(
    {
      status: 201,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ order, createdBy: caller }),
    },
    event,
  );
}).handler;
