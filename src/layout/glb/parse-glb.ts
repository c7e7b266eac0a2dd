import { Result } from '../result';

// GLB container: 12-byte header (magic 'glTF', version 2, total length),
// then chunks of (length, type, data): JSON first, optional BIN second.
// Everything is checked and reported as a typed error naming the problem:
// the file comes from a user and must never crash the editor.

export type GlbErrorCode =
  | 'tooShort'
  | 'badMagic'
  | 'badVersion'
  | 'lengthMismatch'
  | 'badChunk'
  | 'missingJson'
  | 'badJson'
  | 'noMeshes'
  | 'badNode'
  | 'badMesh'
  | 'badAccessor'
  | 'nodeCycle';

export interface GlbError {
  readonly code: GlbErrorCode;
  readonly message: string;
}

export interface GlbContainer {
  readonly json: GltfJson;
  /** The BIN chunk, if any. */
  readonly bin: DataView | null;
}

export interface GltfNode {
  readonly children?: readonly number[];
  readonly mesh?: number;
  readonly matrix?: readonly number[];
  readonly translation?: readonly number[];
  readonly rotation?: readonly number[];
  readonly scale?: readonly number[];
}

export interface GltfAccessor {
  readonly bufferView?: number;
  readonly byteOffset?: number;
  readonly componentType: number;
  readonly count: number;
  readonly type: string;
  readonly min?: readonly number[];
  readonly max?: readonly number[];
}

export interface GltfJson {
  readonly asset?: { readonly version?: string };
  readonly scene?: number;
  readonly scenes?: ReadonlyArray<{ readonly nodes?: readonly number[] }>;
  readonly nodes?: readonly GltfNode[];
  readonly meshes?: ReadonlyArray<{
    readonly primitives?: ReadonlyArray<{ readonly attributes?: Record<string, number> }>;
  }>;
  readonly accessors?: readonly GltfAccessor[];
  readonly bufferViews?: ReadonlyArray<{
    readonly buffer: number;
    readonly byteOffset?: number;
    readonly byteLength: number;
    readonly byteStride?: number;
  }>;
}

const MAGIC = 0x46546c67; // 'glTF' little-endian
const CHUNK_JSON = 0x4e4f534a; // 'JSON'
const CHUNK_BIN = 0x004e4942; // 'BIN\0'

const fail = (code: GlbErrorCode, message: string) => Result.err<GlbError>({ code, message });

export function parseGlb(buffer: ArrayBuffer | ArrayBufferView): Result<GlbContainer, GlbError> {
  const view = ArrayBuffer.isView(buffer)
    ? new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new DataView(buffer);
  if (view.byteLength < 20) {
    return fail(
      'tooShort',
      `file is ${view.byteLength} bytes; a GLB needs at least a 12-byte header and a chunk`,
    );
  }
  if (view.getUint32(0, true) !== MAGIC) return fail('badMagic', 'file does not start with "glTF"');
  const version = view.getUint32(4, true);
  if (version !== 2)
    return fail('badVersion', `GLB version ${version}; only version 2 is supported`);
  const length = view.getUint32(8, true);
  if (length > view.byteLength) {
    return fail(
      'lengthMismatch',
      `header says ${length} bytes but the file has ${view.byteLength}`,
    );
  }
  let offset = 12;
  let json: GltfJson | null = null;
  let bin: DataView | null = null;
  while (offset + 8 <= length) {
    const chunkLength = view.getUint32(offset, true);
    const chunkType = view.getUint32(offset + 4, true);
    const start = offset + 8;
    if (start + chunkLength > length) {
      return fail('badChunk', `chunk at byte ${offset} runs past the end of the file`);
    }
    if (offset === 12 && chunkType !== CHUNK_JSON) {
      return fail('missingJson', 'the first chunk is not the JSON chunk');
    }
    if (chunkType === CHUNK_JSON && json === null) {
      const text = new TextDecoder().decode(
        new Uint8Array(view.buffer, view.byteOffset + start, chunkLength),
      );
      try {
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          return fail('badJson', 'the JSON chunk is not an object');
        }
        json = parsed as GltfJson;
      } catch (e) {
        return fail('badJson', `the JSON chunk does not parse: ${(e as Error).message}`);
      }
    } else if (chunkType === CHUNK_BIN && bin === null) {
      bin = new DataView(view.buffer, view.byteOffset + start, chunkLength);
    }
    // Unknown chunk types are skipped, as the spec requires.
    offset = start + chunkLength;
  }
  if (json === null) return fail('missingJson', 'no JSON chunk');
  return Result.ok({ json, bin });
}
