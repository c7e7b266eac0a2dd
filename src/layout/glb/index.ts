export {
  computeGlbFootprint,
  type GlbFootprint,
  type GlbFootprintError,
  type Vec3,
} from './footprint';
export { composeTrs, IDENTITY, type Mat4, multiply, transformPoint } from './mat4';
export {
  type GlbContainer,
  type GlbError,
  type GlbErrorCode,
  type GltfJson,
  parseGlb,
} from './parse-glb';
