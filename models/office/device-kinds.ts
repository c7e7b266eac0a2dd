import type { AnyStateMachine } from 'xstate';
import { audioRecorderCommandSchema } from '../devices/audio-recorder/commands';
import { createAudioRecorderMachine } from '../devices/audio-recorder/machine';
import { defaultAudioRecorderParams } from '../devices/audio-recorder/params';
import { computerCommandSchema } from '../devices/computer/commands';
import { createComputerMachine } from '../devices/computer/machine';
import { defaultComputerParams } from '../devices/computer/params';
import { eboardCommandSchema } from '../devices/e-board/commands';
import { createEBoardMachine } from '../devices/e-board/machine';
import { defaultEBoardParams } from '../devices/e-board/params';
import { handheldScannerCommandSchema } from '../devices/handheld-scanner/commands';
import { createHandheldScannerMachine } from '../devices/handheld-scanner/machine';
import { defaultHandheldScannerParams } from '../devices/handheld-scanner/params';
import { networkCommandSchema } from '../devices/network/commands';
import { createNetworkMachine } from '../devices/network/machine';
import { defaultNetworkParams, type NetworkParams } from '../devices/network/params';
import { createShareMachine } from '../devices/network/share.machine';
import { printerCommandSchema } from '../devices/printer/commands';
import { createPrinterMachine } from '../devices/printer/machine';
import { defaultPrinterParams, type PrinterParams } from '../devices/printer/params';
import { smartBinderCommandSchema } from '../devices/smart-binder/commands';
import { createSmartBinderMachine } from '../devices/smart-binder/machine';
import { defaultSmartBinderParams, type SmartBinderParams } from '../devices/smart-binder/params';
import { paramOverridesOf } from './device-params';

export const deviceKinds = [
  'e-board',
  'handheld-scanner',
  'smart-binder',
  'audio-recorder',
  'computer',
  'all-in-one',
  'printer',
  'copier',
  'scanner',
  'network',
] as const;
export type DeviceKind = (typeof deviceKinds)[number];

/** Parameter overrides are shallow and JSON-serialisable so they can sit in the log. */
export type ParamOverrides = Record<string, unknown>;

const merge = <P extends object>(base: P, over: ParamOverrides | undefined): P =>
  over ? ({ ...base, ...over } as P) : base;

export interface BuiltDevice {
  logic: AnyStateMachine;
  /** Printer family only: what jobs it accepts, for the office's routing. */
  printer?: PrinterParams;
  /** Smart binder only: its categories and sleeves, for the terminal's choices. */
  binder?: SmartBinderParams;
  /** Network only: parameters of the shares it carries. */
  network?: NetworkParams;
  /** Network only: the machine of each share it carries, built once with those parameters. */
  share?: AnyStateMachine;
}

/**
 * Machines are immutable definitions (xstate keeps only memoised lookups on
 * them), so one definition per kind and parameter set serves every office
 * system, like a module-level `createMachine`. Rebuilding from the log, which
 * the app does on every undo or branch switch, then no longer re-compiles the
 * room's machines. Keyed by the overrides' JSON, which is what the log holds.
 */
const built = new Map<string, BuiltDevice>();
const BUILT_MAX = 256;

/** One machine per device kind and parameters: parameters are closed over, not kept in context. */
export function buildDevice(kind: DeviceKind, over?: ParamOverrides): BuiltDevice {
  const key = `${kind}\u0000${over === undefined ? '' : JSON.stringify(over)}`;
  let b = built.get(key);
  if (!b) {
    if (built.size >= BUILT_MAX) built.clear();
    b = compileDevice(kind, over);
    built.set(key, b);
  }
  return b;
}

function compileDevice(kind: DeviceKind, over?: ParamOverrides): BuiltDevice {
  // Logs are validated when read; this stops code (a test, a script) that
  // builds a device with overrides a log could not hold.
  if (over !== undefined) {
    const parsed = paramOverridesOf[kind].safeParse(over);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${kind} params.${issue.path.join('.')}: ${issue.message}`);
    }
  }
  switch (kind) {
    case 'e-board':
      return { logic: createEBoardMachine(merge(defaultEBoardParams, over)) };
    case 'handheld-scanner':
      return { logic: createHandheldScannerMachine(merge(defaultHandheldScannerParams, over)) };
    case 'smart-binder': {
      const binder = merge(defaultSmartBinderParams, over);
      return { logic: createSmartBinderMachine(binder), binder };
    }
    case 'audio-recorder':
      return { logic: createAudioRecorderMachine(merge(defaultAudioRecorderParams, over)) };
    case 'computer':
      return { logic: createComputerMachine(merge(defaultComputerParams, over)) };
    case 'all-in-one':
    case 'printer':
    case 'copier':
    case 'scanner': {
      const printer = merge(defaultPrinterParams[kind], over);
      return { logic: createPrinterMachine(printer), printer };
    }
    case 'network': {
      const network = merge(defaultNetworkParams, over);
      return { logic: createNetworkMachine(), network, share: createShareMachine(network) };
    }
    default: {
      const never: never = kind;
      throw new Error(`unknown device kind ${String(never)}`);
    }
  }
}

/** The command schema of each kind, for validating input events. */
export const commandSchemaOf = {
  'e-board': eboardCommandSchema,
  'handheld-scanner': handheldScannerCommandSchema,
  'smart-binder': smartBinderCommandSchema,
  'audio-recorder': audioRecorderCommandSchema,
  computer: computerCommandSchema,
  'all-in-one': printerCommandSchema,
  printer: printerCommandSchema,
  copier: printerCommandSchema,
  scanner: printerCommandSchema,
  network: networkCommandSchema,
} as const;
