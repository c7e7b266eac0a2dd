import type { z } from 'zod';
import { audioRecorderParamOverrides } from '../devices/audio-recorder/params';
import { computerParamOverrides } from '../devices/computer/params';
import { eboardParamOverrides } from '../devices/e-board/params';
import { handheldScannerParamOverrides } from '../devices/handheld-scanner/params';
import { networkParamOverrides } from '../devices/network/params';
import { printerParamOverrides } from '../devices/printer/params';
import { smartBinderParamOverrides } from '../devices/smart-binder/params';
import type { DeviceKind, ParamOverrides } from './device-kinds';

/**
 * The parameter overrides each kind accepts (each device's `params.ts`).
 * `deviceSpecSchema` checks a device's `params` with its kind's schema, and
 * `buildDevice` refuses overrides that would not pass it.
 */
export const paramOverridesOf: { readonly [K in DeviceKind]: z.ZodType<ParamOverrides> } = {
  'e-board': eboardParamOverrides,
  'handheld-scanner': handheldScannerParamOverrides,
  'smart-binder': smartBinderParamOverrides,
  'audio-recorder': audioRecorderParamOverrides,
  computer: computerParamOverrides,
  'all-in-one': printerParamOverrides['all-in-one'],
  printer: printerParamOverrides.printer,
  copier: printerParamOverrides.copier,
  scanner: printerParamOverrides.scanner,
  network: networkParamOverrides,
};
