import type { StorageFailureCode } from '../../core/persist/storage-failure';
import type { ReasonCode, SchemaType, SizeUnit } from '../../core/reason';
import type { GlbErrorCode } from '../../layout/glb';
import type { AppReason } from '../problem';

/**
 * Refusals from below the UI (core, layout, app), worded from their code
 * (problem-text.ts). Each group `satisfies` its code list, so a new code
 * without a message, or a message for a gone code, fails to compile.
 */
export const problemsEn = {
  /** A refusal with where it is: `events[3] (ItemsMoved): payload.moves[0].x`. */
  at: '{{where}}: {{reason}}',
  /** A file refused at its root (not JSON, not an object): no field to name. */
  wholeFile: 'the file as a whole: {{reason}}',
  /** A storage failure with the browser's own error (its name and message, as it said them). */
  browserSaid: '{{reason}} (the browser said: {{detail}})',
  /** The stored log does not fit together; `where` is a branch and an event, as below. */
  storedLog: {
    at: 'the saved office is damaged at {{where}}: {{reason}}',
    whole: 'the saved office is damaged: {{reason}}',
    branch: 'branch “{{branch}}”',
    branchEvent: 'branch “{{branch}}”, event {{seq}}',
    event: 'event {{seq}}',
  },
  reason: {
    expectedType: 'expected {{expected}}, received {{received}}',
    expectedValue: 'expected {{values}}',
    tooSmall: 'too small: must be {{op}} {{limit}}',
    tooBig: 'too big: must be {{op}} {{limit}}',
    tooShort: 'too short: must have {{op}} {{limit}} {{unit}}',
    tooLong: 'too long: must have {{op}} {{limit}} {{unit}}',
    badId: 'ids use letters, digits, _ and - only',
    reservedId: "'{{id}}' is a reserved name and not allowed as an id",
    badColour: 'colours are #rrggbb',
    badBase64: 'not base64',
    badFormat: 'not in the expected format',
    unknownKeys: 'unknown fields: {{keys}}',
    notMultipleOf: 'must be a multiple of {{divisor}}',
    invalid: 'invalid value',
    fileTooLarge: 'the file is {{mb}} MB; the limit is {{limitMb}} MB',
    notJson: 'not a JSON file',
    notJsonAt: 'not a JSON file: the syntax breaks at line {{line}}, column {{column}}',
    forbiddenKey: 'forbidden key',
    notOurFormat: "'{{format}}' is not a {{expected}} file",
    newerVersion: 'version {{version}} is newer than this app reads ({{known}}); update the app',
    seqGap: 'seq gap: expected {{expected}}, got {{got}}',
    timeBefore: 'time {{at}} is before {{before}}',
    unknownType: "unknown event type '{{type}}'",
    unknownSource: "unknown source '{{source}}'",
    noBranch: "no branch '{{id}}'",
    openingExists: "opening '{{id}}' exists already",
    noOpening: "no opening '{{id}}'",
    itemExists: "item '{{id}}' exists already",
    noItem: "no item '{{id}}'",
    assetExists: "asset '{{id}}' exists already",
    noAsset: "no asset '{{id}}'",
    movedTwice: "item '{{id}}' moved twice",
    removedTwice: "item '{{id}}' removed twice",
    noParent: "no item '{{id}}' to stand on",
    standsOnItself: "item '{{id}}' would stand on itself",
    unknownKind: "unknown kind '{{kind}}'",
    outsideRoom: '{{axis}} {{value}} is outside the room (±{{limit}} m)',
    openingOffWall: 'the opening does not fit on the {{wall}} wall',
    openingTooTall: 'the opening is taller than the room',
    openingsOverlap:
      'it would overlap the {{kind}} from {{from}} to {{to}} m along the {{wall}} wall',
    parentMissing: "its parent branch '{{id}}' is not saved",
    parentDamaged: 'its parent branch “{{name}}” could not be read',
    forkCycle: 'it descends from itself',
    forkPastEnd: 'it forks at event {{forkSeq}}, past the end of its parent (event {{length}})',
    snapshotUnusable: 'the saved snapshot does not fit the log',
    snapshotNoCarry: 'the saved snapshot is from an older version',
    snapshotNotReached: 'the saved events do not reach the snapshot at event {{seq}}',
    snapshotOffGrid: 'the snapshot at event {{seq}} is not at a multiple of {{every}}',
    carriedOutOfOrder: 'event {{seq}} kept with the snapshot is out of order',
    olderCount: 'expected {{expected}} older events, found {{got}}',
    noLongerStored: 'it is no longer saved (deleted in another tab?)',
    shorterThanSnapshot: 'it has fewer events than its snapshot at event {{seq}}',
    changedInStorage: 'the saved event differs from the one shown (changed in another tab?)',
  } satisfies Record<ReasonCode, string>,
  /** The kind of the other opening in `openingsOverlap`. */
  openingKind: { door: 'door', window: 'window' },
  /** Type names in `expectedType`. */
  schemaType: {
    string: 'string',
    number: 'number',
    int: 'integer',
    boolean: 'boolean',
    bigint: 'bigint',
    symbol: 'symbol',
    undefined: 'undefined',
    null: 'null',
    never: 'nothing allowed',
    void: 'void',
    date: 'date',
    array: 'array',
    object: 'object',
    tuple: 'tuple',
    record: 'record',
    map: 'map',
    set: 'set',
    file: 'file',
    nonoptional: 'a value',
    nan: 'NaN',
    infinity: 'Infinity',
    function: 'function',
    unknown: 'another type',
  } satisfies Record<SchemaType, string>,
  sizeUnit: {
    characters: 'characters',
    items: 'items',
    entries: 'entries',
    bytes: 'bytes',
  } satisfies Record<SizeUnit, string>,
  glb: {
    tooShort: 'the file is {{bytes}} bytes; a GLB needs at least a 12-byte header and a chunk',
    badMagic: 'the file does not start with “glTF”',
    badVersion: 'GLB version {{version}}; only version 2 is supported',
    lengthMismatch: 'the header says {{declared}} bytes but the file has {{actual}}',
    badChunk: 'the chunk at byte {{offset}} runs past the end of the file',
    missingJson: 'the file does not start with a JSON chunk',
    badJson: 'the JSON chunk is not a JSON object',
    noMeshes: 'no node in the scene has a mesh with POSITION data',
    badNode: 'node {{node}} does not exist',
    badMatrix: 'node {{node}} has a matrix that is not 16 finite numbers',
    nodeCycle: 'node {{node}} is its own ancestor',
    badMesh: 'node {{node}} points at missing mesh {{mesh}}',
    badAccessor: 'POSITION accessor {{accessor}} does not exist',
    accessorUnreadable: 'accessor {{accessor}} has no min/max and its floats cannot be read',
    accessorOverrun: 'accessor {{accessor}} reads past the end of the BIN chunk',
    accessorNotVec3: 'accessor {{accessor}} is {{type}}; POSITION must be VEC3',
    badScale: 'scale must be a positive number, got {{scale}}',
  } satisfies Record<GlbErrorCode, string>,
  app: {
    readOnlyPast: 'viewing the past is read-only',
    writerLacksHistory:
      'the tab that saves this office has not loaded that part of the history; reload it',
    noPreset: 'no example room “{{name}}” (there are: {{known}})',
    presetUnreadable: 'the example room “{{name}}” could not be loaded; reload the page',
    branchGoneAtWriter:
      'the tab that saves this office no longer has branch “{{name}}” (deleted or set aside there); switch branch or reload',
    modelTooLarge: 'the model is {{mb}} MB; the limit is {{limitMb}} MB',
    modelTooBig: 'the model is {{width}}×{{depth}}×{{height}} m; scale it down',
    wallFull: 'the {{wall}} wall has no free spot for it: other doors and windows are in the way',
  } satisfies Record<AppReason['code'], string>,
  /** The browser's storage failed (storage-failure.ts); `browserSaid` adds its own words. */
  storage: {
    full: 'the browser’s storage for this site is full',
    unavailable:
      'the browser does not let this site store data (a private window, or site data blocked)',
    closed: 'the browser closed the connection to the saved office',
    newerVersion:
      'the saved office was written by a newer version of this app; reload to update it',
    blocked:
      'another tab with an older version of this app keeps the saved office open; close it and reload',
    upgradedElsewhere:
      'a newer version of this app, open in another tab, has updated the saved office; reload this tab to go on saving',
    failed: 'the browser’s storage failed',
    unexpected: 'an unexpected error occurred',
  } satisfies Record<StorageFailureCode, string>,
} as const;
