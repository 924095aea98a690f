/**
 * Amazon VPC Lattice: the source a function mounts (`vpcLattice`), its answer
 * builder, its schemas and types, and `vpcLatticeReference` (schemas, sample
 * event, docs) for tools, tests and `validateEvent`. Each lives in its own
 * module, so a bundle that mounts `vpcLattice` carries neither schemas nor
 * docs.
 *
 * @module
 */
export { vpcLatticeReference } from './vpc-lattice/reference.js';
export * from './vpc-lattice/schema.js';
export * from './vpc-lattice/source.js';
