import { Result } from '../result';
import { type GlbError, glbError } from './glb-error';

export type { GlbError, GlbErrorCode } from './glb-error';

// GLB container: 12-byte header (magic 'glTF', version 2, total length),
// then chunks of (length, type, data): JSON first, optional BIN second.
// Everything is checked and reported as a typed error naming the problem:
// the file comes from a user and must never crash the editor.

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

const fail = (e: GlbError) => Result.err<GlbError>(e);

export function parseGlb(buffer: ArrayBuffer | ArrayBufferView): Result<GlbContainer, GlbError> {
  const view = ArrayBuffer.isView(buffer)
    ? new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new DataView(buffer);
  if (view.byteLength < 20) {
    return fail(glbError('tooShort', { bytes: view.byteLength }));
  }
  if (view.getUint32(0, true) !== MAGIC) return fail(glbError('badMagic'));
  const version = view.getUint32(4, true);
  if (version !== 2) return fail(glbError('badVersion', { version }));
  const length = view.getUint32(8, true);
  if (length > view.byteLength) {
    return fail(glbError('lengthMismatch', { declared: length, actual: view.byteLength }));
  }
  let offset = 12;
  let json: GltfJson | null = null;
  let bin: DataView | null = null;
  while (offset + 8 <= length) {
    const chunkLength = view.getUint32(offset, true);
    const chunkType = view.getUint32(offset + 4, true);
    const start = offset + 8;
    if (start + chunkLength > length) {
      return fail(glbError('badChunk', { offset }));
    }
    if (offset === 12 && chunkType !== CHUNK_JSON) {
      return fail(glbError('missingJson'));
    }
    if (chunkType === CHUNK_JSON && json === null) {
      const text = new TextDecoder().decode(
        new Uint8Array(view.buffer, view.byteOffset + start, chunkLength),
      );
      try {
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          return fail(glbError('badJson'));
        }
        json = parsed as GltfJson;
      } catch {
        return fail(glbError('badJson'));
      }
    } else if (chunkType === CHUNK_BIN && bin === null) {
      bin = new DataView(view.buffer, view.byteOffset + start, chunkLength);
    }
    // Unknown chunk types are skipped, as the spec requires.
    offset = start + chunkLength;
  }
  if (json === null) return fail(glbError('missingJson'));
  return Result.ok({ json, bin });
}
