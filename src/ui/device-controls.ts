import type { AnyCommand, OfficeSystem } from '../../models';
import {
  type AudioRecorderContext,
  type EBoardContext,
  type HandheldScannerContext,
  hasPaperTray,
  OFFICE,
  type PrinterContext,
  type ScanFormat,
  type SheetSize,
  takesToner,
} from '../../models';

type Actor = OfficeSystem['actors'] extends Map<string, infer A> ? A : never;

/** Catalog keys `devices.controls.<id>`: what a person can do at each device. */
export type ControlId =
  | 'startNote'
  | 'startSketch'
  | 'strokes'
  | 'endPage'
  | 'charge'
  | 'startSheet'
  | 'pass'
  | 'passTooFast'
  | 'cancelScan'
  | 'record'
  | 'pause'
  | 'resume'
  | 'stop'
  | 'openNext'
  | 'saveVersion'
  | 'closeSession'
  | 'print'
  | 'copy'
  | 'scanPage'
  | 'jam'
  | 'clearJam'
  | 'loadPaper'
  | 'replaceToner'
  | 'goOffline'
  | 'goOnline'
  | 'share';

export interface DeviceControl {
  id: ControlId;
  /** A device id, or the office for commands the office routes (print, share). */
  to: string;
  command: AnyCommand;
  enabled: boolean;
  /**
   * Why it is disabled: the device's machine would not take the command in
   * its current state, or there is nothing to act on (no file received, none
   * edited yet). Null when enabled.
   */
  blockedBy: 'state' | 'nothing' | null;
}

/** Names for new material, in the UI's language: the names are data once logged. */
export type TitleOf = (
  kind: 'note' | 'sketch' | 'sheet' | 'bookPage' | 'clip' | 'scan',
  n: number,
) => string;

/** What the person chose at the handheld scanner before starting: the sheet and the file format. */
export interface ScanChoice {
  sheet: SheetSize;
  format: ScanFormat;
}
export const defaultScanChoice: ScanChoice = { sheet: 'A2', format: 'pdf' };

/** A new scan's name: a book page, an A4 sketch, or a large sheet (A3 and up). */
const scanTitle = (sheet: SheetSize, n: number, title: TitleOf): string =>
  sheet === 'book' ? title('bookPage', n) : sheet === 'A4' ? title('sketch', n) : title('sheet', n);

/** Sweeps of the handheld scanner a person would make: one steady, one too fast. */
const STEADY_PASS = { speedMmS: 110, skewDeg: 1, overlapMm: 35 } as const;
const FAST_PASS = { speedMmS: 300, skewDeg: 1, overlapMm: 35 } as const;
/** The client the demo shares with; a named client is the scenario's, not the terminal's. */
export const DEMO_CLIENT = 'Client';

/**
 * The newest asset with a saved version: what "the latest file" means at
 * the printer and the router. A file only received, or whose first version
 * is still being saved, is not ready to go out.
 */
function newestEdited(sys: OfficeSystem): string | null {
  let found: string | null = null;
  for (const m of Object.values(sys.index)) if (m.versions > 0) found = m.assetId;
  return found;
}

/**
 * The commands offered at one device, each enabled only when its machine
 * would take it now (XState's `snapshot.can`): the buttons follow the
 * statechart, so a test of the machine is a test of what the panel offers.
 * Office commands (print, share) are enabled when there is an asset to use;
 * they name this device, so the office routes the job to it.
 */
export function deviceControls(
  sys: OfficeSystem,
  actor: Actor,
  title: TitleOf,
  scan: ScanChoice = defaultScanChoice,
  /** Who the demo shares with, named in the UI's language: the name is data once logged. */
  client: string = DEMO_CLIENT,
): DeviceControl[] {
  // New material is numbered per device, as the device counts it (its next page,
  // scan, clip or job), so a class sees "Note 1", "Note 2", not journal positions.
  const numberAfter = (seq: number) => seq + 1;
  const device = (id: ControlId, command: AnyCommand): DeviceControl => {
    const enabled = actor.snapshot.can({ ...command, at: sys.now });
    return { id, to: actor.id, command, enabled, blockedBy: enabled ? null : 'state' };
  };
  /** A control that needs an asset: blocked while there is none. */
  const needs = (
    id: ControlId,
    to: string,
    command: AnyCommand | null,
    placeholder: AnyCommand,
  ): DeviceControl =>
    command === null
      ? { id, to, command: placeholder, enabled: false, blockedBy: 'nothing' }
      : to === OFFICE
        ? { id, to, command, enabled: true, blockedBy: null }
        : device(id, command);
  const context = actor.snapshot.context;
  switch (actor.kind) {
    case 'e-board': {
      const n = numberAfter((context as EBoardContext).pageSeq);
      return [
        device('startNote', { type: 'START_PAGE', kind: 'note', title: title('note', n) }),
        device('startSketch', { type: 'START_PAGE', kind: 'sketch', title: title('sketch', n) }),
        device('strokes', { type: 'STROKE', count: 50 }),
        device('endPage', { type: 'END_PAGE' }),
        device('charge', { type: 'CHARGE', toPct: 100 }),
      ];
    }
    case 'handheld-scanner': {
      const n = numberAfter((context as HandheldScannerContext).scanSeq);
      return [
        device('startSheet', {
          type: 'START_SHEET',
          sheet: scan.sheet,
          name: scanTitle(scan.sheet, n, title),
          format: scan.format,
        }),
        device('pass', { type: 'PASS', ...STEADY_PASS }),
        device('passTooFast', { type: 'PASS', ...FAST_PASS }),
        device('cancelScan', { type: 'CANCEL' }),
      ];
    }
    case 'audio-recorder': {
      const n = numberAfter((context as AudioRecorderContext).clipSeq);
      return [
        device('record', { type: 'RECORD', title: title('clip', n) }),
        device('pause', { type: 'PAUSE' }),
        device('resume', { type: 'RESUME' }),
        device('stop', { type: 'STOP' }),
      ];
    }
    case 'computer': {
      const inbox = (actor.snapshot.context as { inbox: readonly string[] }).inbox;
      const next = inbox[0];
      return [
        needs('openNext', actor.id, next === undefined ? null : { type: 'OPEN', assetId: next }, {
          type: 'OPEN',
          assetId: '-',
        }),
        device('saveVersion', { type: 'SAVE_VERSION' }),
        device('closeSession', { type: 'CLOSE' }),
      ];
    }
    case 'all-in-one':
    case 'printer':
    case 'copier':
    case 'scanner': {
      const params = actor.built.printer;
      const can = params?.capabilities;
      const asset = newestEdited(sys);
      const out: DeviceControl[] = [];
      if (can?.print) {
        // Named, so the office prints on this device, not on the first printer in the room.
        const print = (assetId: string) =>
          ({ type: 'PRINT_ASSET', assetId, pages: 2, deviceId: actor.id }) as const;
        out.push(needs('print', OFFICE, asset === null ? null : print(asset), print('-')));
      }
      if (can?.copy) {
        out.push(
          device('copy', { type: 'SUBMIT', kind: 'copy', pages: 2, title: '', assetId: null }),
        );
      }
      if (can?.scan) {
        out.push(
          device('scanPage', {
            type: 'SUBMIT',
            kind: 'scan',
            pages: 1,
            // A page on the glass, whatever is on it: not one of the hand scanner's large sketches.
            title: title('scan', numberAfter((context as PrinterContext).jobSeq)),
            assetId: null,
          }),
        );
      }
      // A paper path can jam on demand (a demo of a fault); a scanner-only device has none.
      const paperPath = Boolean(can?.print || can?.copy);
      if (paperPath) out.push(device('jam', { type: 'JAM' }));
      // A flatbed does not jam unless its settings say it can: then it must be clearable.
      if (paperPath || (params?.jamProbabilityPerPage ?? 0) > 0)
        out.push(device('clearJam', { type: 'CLEAR_JAM' }));
      // A flatbed scanner has no tray to load and no toner to replace: nothing to offer.
      if (params && hasPaperTray(params)) {
        out.push(device('loadPaper', { type: 'LOAD_PAPER', sheets: 250 }));
      }
      if (params && takesToner(params)) out.push(device('replaceToner', { type: 'REPLACE_TONER' }));
      return out;
    }
    case 'network': {
      const asset = newestEdited(sys);
      const share = (assetId: string) =>
        ({ type: 'SHARE_ASSET', assetId, client, deviceId: actor.id }) as const;
      return [
        device('goOffline', { type: 'GO_OFFLINE' }),
        device('goOnline', { type: 'GO_ONLINE' }),
        needs('share', OFFICE, asset === null ? null : share(asset), share('-')),
      ];
    }
    case 'smart-binder':
    case 'share':
      // The binder has its terminal; shares are driven by the network.
      return [];
    default: {
      const never: never = actor.kind;
      return never;
    }
  }
}
