import type { AssetKind } from '../devices/computer/commands';

/** The essay's three stages a piece of material moves through. */
export type Stage = 'input' | 'edit' | 'output';

export interface PaperLocation {
  binderId: string;
  docId: string;
  slotId: string;
  /** Set while the paper sits in a sleeve that is not its own. */
  misfiledAt: string | null;
  /** True while the paper is out of the binder (in someone's hands). */
  takenOut: boolean;
}

export interface MaterialEntry {
  assetId: string;
  title: string;
  kind: AssetKind;
  originDeviceId: string;
  stage: Stage;
  versions: number;
  shares: number;
  prints: number;
  /** Where the paper original is filed, if it has one. */
  paper: PaperLocation | null;
}

export type DocumentIndex = Record<string, MaterialEntry>;

export interface StageChange {
  assetId: string;
  from: Stage | null;
  to: Stage;
}

type Flat = { type: string } & Record<string, unknown>;
const str = (e: Flat, k: string): string => String(e[k] ?? '');

function ensure(
  index: DocumentIndex,
  assetId: string,
  seed: Omit<MaterialEntry, 'stage' | 'versions' | 'shares' | 'prints' | 'paper'>,
): MaterialEntry {
  const existing = index[assetId];
  if (existing) return existing;
  const entry: MaterialEntry = {
    assetId: seed.assetId,
    title: seed.title,
    kind: seed.kind,
    originDeviceId: seed.originDeviceId,
    stage: 'input',
    versions: 0,
    shares: 0,
    prints: 0,
    paper: null,
  };
  index[assetId] = entry;
  return entry;
}

/** Stages only move forward: a shared asset edited again stays in output. */
const rank: Record<Stage, number> = { input: 0, edit: 1, output: 2 };
function advance(entry: MaterialEntry, to: Stage, changes: StageChange[], isNew: boolean): void {
  if (isNew) changes.push({ assetId: entry.assetId, from: null, to: entry.stage });
  if (rank[to] <= rank[entry.stage]) return;
  changes.push({ assetId: entry.assetId, from: entry.stage, to });
  entry.stage = to;
}

/**
 * Folds one domain event into the index (mutating, like the core's reducers)
 * and returns the stage changes it caused.
 */
/** An asset an input device made: indexed at `stage`, its origin the emitting device. */
function open(
  index: DocumentIndex,
  e: Flat,
  changes: StageChange[],
  assetId: string,
  kind: AssetKind,
  title: string,
): void {
  const isNew = !(assetId in index);
  const entry = ensure(index, assetId, {
    assetId,
    kind,
    title,
    originDeviceId: str(e, 'deviceId'),
  });
  advance(entry, 'input', changes, isNew);
}

const none: readonly StageChange[] = [];

export function applyToIndex(index: DocumentIndex, e: Flat): readonly StageChange[] {
  switch (e.type) {
    case 'EBoardPageCaptured':
    case 'ScanSheetStarted':
    case 'AudioRecordingSaved':
    case 'ComputerAssetReceived':
    case 'AssetVersionSaved':
    case 'AssetShareSent':
    case 'PrintJobCompleted':
    case 'BinderDocumentFiled':
    case 'BinderMisfileDetected':
    case 'BinderDocumentReturned':
    case 'BinderDocumentTakenOut':
      return fold(index, e);
    default:
      // Most events do not touch the index: no array for them.
      return none;
  }
}

function fold(index: DocumentIndex, e: Flat): StageChange[] {
  const changes: StageChange[] = [];
  switch (e.type) {
    case 'EBoardPageCaptured':
      open(
        index,
        e,
        changes,
        str(e, 'pageId'),
        e.kind === 'sketch' ? 'sketch' : 'note',
        str(e, 'title'),
      );
      break;
    case 'ScanSheetStarted':
      open(index, e, changes, str(e, 'scanId'), 'scan', str(e, 'name'));
      break;
    case 'AudioRecordingSaved':
      open(index, e, changes, str(e, 'clipId'), 'audio', str(e, 'title'));
      break;
    case 'ComputerAssetReceived': {
      const kind = e.kind as AssetKind;
      const isNew = !(str(e, 'assetId') in index);
      const entry = ensure(index, str(e, 'assetId'), {
        assetId: str(e, 'assetId'),
        kind,
        title: str(e, 'title'),
        originDeviceId: str(e, 'fromDeviceId'),
      });
      advance(entry, 'edit', changes, isNew);
      break;
    }
    case 'AssetVersionSaved': {
      const entry = index[str(e, 'assetId')];
      if (entry) entry.versions = Number(e.version);
      break;
    }
    case 'AssetShareSent': {
      const entry = index[str(e, 'assetId')];
      if (entry) {
        entry.shares++;
        advance(entry, 'output', changes, false);
      }
      break;
    }
    case 'PrintJobCompleted': {
      if (e.kind === 'scan') {
        open(index, e, changes, str(e, 'jobId'), 'scan', str(e, 'title'));
        break;
      }
      const entry = e.assetId ? index[str(e, 'assetId')] : undefined;
      if (entry) {
        entry.prints++;
        advance(entry, 'output', changes, false);
      }
      break;
    }
    case 'BinderDocumentFiled': {
      const entry = e.assetId ? index[str(e, 'assetId')] : undefined;
      if (entry) {
        entry.paper = {
          binderId: str(e, 'deviceId'),
          docId: str(e, 'docId'),
          slotId: str(e, 'slotId'),
          misfiledAt: null,
          takenOut: false,
        };
      }
      break;
    }
    case 'BinderMisfileDetected':
    case 'BinderDocumentReturned':
    case 'BinderDocumentTakenOut': {
      const docId = str(e, 'docId');
      const entry = Object.values(index).find((m) => m.paper?.docId === docId);
      if (entry?.paper) {
        entry.paper.takenOut = e.type === 'BinderDocumentTakenOut';
        if (e.type !== 'BinderDocumentTakenOut') {
          entry.paper.misfiledAt =
            e.type === 'BinderMisfileDetected' ? str(e, 'actualSlotId') : null;
        }
      }
      break;
    }
    default:
      break;
  }
  return changes;
}
