// A tiny GLB writer for tests: enough glTF to place boxes under nested,
// transformed nodes. Positions go into the BIN chunk so the parser's
// fallback path (no accessor min/max) can be tested too.

export interface BoxMesh {
  readonly min: [number, number, number];
  readonly max: [number, number, number];
  /** Leave accessor min/max out so the reader must scan the floats. */
  readonly omitMinMax?: boolean;
}

export interface NodeSpec {
  readonly mesh?: number;
  readonly children?: number[];
  readonly translation?: [number, number, number];
  readonly rotation?: [number, number, number, number];
  readonly scale?: [number, number, number];
  readonly matrix?: number[];
}

export interface GlbSpec {
  readonly meshes: BoxMesh[];
  readonly nodes: NodeSpec[];
  readonly sceneNodes?: number[];
}

const pad4 = (n: number) => (n + 3) & ~3;

export function buildGlb(spec: GlbSpec): ArrayBuffer {
  const floats: number[] = [];
  const accessors: object[] = [];
  const bufferViews: object[] = [];
  spec.meshes.forEach((m, i) => {
    const [a, b] = [m.min, m.max];
    const corners: number[] = [];
    for (let k = 0; k < 8; k++) {
      corners.push(k & 1 ? b[0] : a[0], k & 2 ? b[1] : a[1], k & 4 ? b[2] : a[2]);
    }
    bufferViews.push({ buffer: 0, byteOffset: floats.length * 4, byteLength: corners.length * 4 });
    floats.push(...corners);
    accessors.push({
      bufferView: i,
      componentType: 5126,
      count: 8,
      type: 'VEC3',
      ...(m.omitMinMax ? {} : { min: a, max: b }),
    });
  });
  const json = {
    asset: { version: '2.0' },
    scene: 0,
    scenes: [{ nodes: spec.sceneNodes ?? [0] }],
    nodes: spec.nodes,
    meshes: spec.meshes.map((_, i) => ({ primitives: [{ attributes: { POSITION: i } }] })),
    accessors,
    bufferViews,
    buffers: [{ byteLength: floats.length * 4 }],
  };
  return packGlb(JSON.stringify(json), new Float32Array(floats));
}

/** Wraps a JSON string and binary data into the GLB container. */
export function packGlb(jsonText: string, bin: Float32Array | null): ArrayBuffer {
  const jsonBytes = new TextEncoder().encode(jsonText);
  const jsonLen = pad4(jsonBytes.length);
  const binLen = bin ? pad4(bin.byteLength) : 0;
  const total = 12 + 8 + jsonLen + (bin ? 8 + binLen : 0);
  const out = new ArrayBuffer(total);
  const view = new DataView(out);
  const bytes = new Uint8Array(out);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonLen, true);
  view.setUint32(16, 0x4e4f534a, true);
  bytes.set(jsonBytes, 20);
  // JSON chunk padding must be spaces.
  for (let i = 20 + jsonBytes.length; i < 20 + jsonLen; i++) bytes[i] = 0x20;
  if (bin) {
    const at = 20 + jsonLen;
    view.setUint32(at, binLen, true);
    view.setUint32(at + 4, 0x004e4942, true);
    bytes.set(new Uint8Array(bin.buffer, bin.byteOffset, bin.byteLength), at + 8);
  }
  return out;
}
