// Device parameter overrides travel in the log (OfficeSystemStarted,
// DevicesJoined). Each kind's schema refuses values its machine cannot run
// with, naming the field; rules between fields are judged on the merged
// parameters and refused at the field the override set.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { defaultAudioRecorderParams } from '../../../models/devices/audio-recorder/params';
import { defaultComputerParams } from '../../../models/devices/computer/params';
import { defaultEBoardParams } from '../../../models/devices/e-board/params';
import { defaultHandheldScannerParams } from '../../../models/devices/handheld-scanner/params';
import { defaultNetworkParams } from '../../../models/devices/network/params';
import { defaultPrinterParams } from '../../../models/devices/printer/params';
import { defaultSmartBinderParams } from '../../../models/devices/smart-binder/params';
import { inputEvents } from '../../../models/office/commands';
import { buildDevice, type DeviceKind, deviceKinds } from '../../../models/office/device-kinds';
import { paramOverridesOf } from '../../../models/office/device-params';
import { OfficeSystem } from '../../../models/office/office-system';

/** Written out per kind, so a kind added without its defaults here fails to compile. */
const defaultsOf: Record<DeviceKind, object> = {
  'e-board': defaultEBoardParams,
  'handheld-scanner': defaultHandheldScannerParams,
  'smart-binder': defaultSmartBinderParams,
  'audio-recorder': defaultAudioRecorderParams,
  computer: defaultComputerParams,
  'all-in-one': defaultPrinterParams['all-in-one'],
  printer: defaultPrinterParams.printer,
  copier: defaultPrinterParams.copier,
  scanner: defaultPrinterParams.scanner,
  network: defaultNetworkParams,
};

/** The first issue of a refused value: where, zod's code, and the limit or keys it names. */
function refusal(schema: z.ZodType, value: unknown) {
  const r = schema.safeParse(value);
  if (r.success) throw new Error(`accepted ${JSON.stringify(value)}`);
  const i = r.error.issues[0]!;
  return {
    path: i.path.join('.'),
    code: i.code,
    ...('minimum' in i ? { minimum: i.minimum } : {}),
    ...('maximum' in i ? { maximum: i.maximum } : {}),
    ...('keys' in i ? { keys: i.keys } : {}),
  };
}
const accepts = (kind: DeviceKind, over: object) =>
  expect(paramOverridesOf[kind].parse(over)).toEqual(over);
const refuses = (kind: DeviceKind, over: object) => refusal(paramOverridesOf[kind], over);

describe('each kind’s defaults', () => {
  it.each(deviceKinds)('%s: its defaults, given in full, pass its own schema', (kind) => {
    accepts(kind, defaultsOf[kind]);
    accepts(kind, {});
  });
});

describe('e-board', () => {
  it('takes a valid override as it is', () => {
    accepts('e-board', { saveMs: 0, uploadFailureProbability: 0.4, storagePages: 10 });
    accepts('e-board', { uploadFailureProbability: 0.999 });
  });

  it.each([
    [{ saveMs: -5 }, { path: 'saveMs', code: 'too_small', minimum: 0 }],
    [{ saveMs: 'soon' }, { path: 'saveMs', code: 'invalid_type' }],
    [{ saveMs: 0.5 }, { path: 'saveMs', code: 'invalid_type' }],
    [
      { uploadFailureProbability: 3 },
      { path: 'uploadFailureProbability', code: 'too_big', maximum: 1 },
    ],
    // An upload that always fails would retry for ever.
    [
      { uploadFailureProbability: 1 },
      { path: 'uploadFailureProbability', code: 'too_big', maximum: 1 },
    ],
    [{ storagePages: 0 }, { path: 'storagePages', code: 'too_small', minimum: 1 }],
    [{ uplinkBytesPerS: 0 }, { path: 'uplinkBytesPerS', code: 'too_small', minimum: 0 }],
    [{ minBatteryPct: 101 }, { path: 'minBatteryPct', code: 'too_big', maximum: 100 }],
    [{ confidenceMax: -0.1 }, { path: 'confidenceMax', code: 'too_small', minimum: 0 }],
  ])('refuses %j, naming the field', (over, expected) => {
    expect(refuses('e-board', over)).toEqual(expected);
  });

  it('refuses an unknown key, such as a misspelt one', () => {
    expect(refuses('e-board', { saveMS: 10 })).toEqual({
      path: '',
      code: 'unrecognized_keys',
      keys: ['saveMS'],
    });
  });

  it('judges min ≤ max on the merged parameters, at the field the override set', () => {
    // Only the min set: it may not pass the default max (0.99).
    expect(refuses('e-board', { confidenceMin: 0.995 })).toEqual({
      path: 'confidenceMin',
      code: 'too_big',
      maximum: 0.99,
    });
    // Only the max set: it may not fall below the default min (0.8).
    expect(refuses('e-board', { confidenceMax: 0.5 })).toEqual({
      path: 'confidenceMax',
      code: 'too_small',
      minimum: 0.8,
    });
    // Both set and crossed: the min is named.
    expect(refuses('e-board', { confidenceMin: 0.6, confidenceMax: 0.5 })).toMatchObject({
      path: 'confidenceMin',
    });
    accepts('e-board', { confidenceMin: 0.3, confidenceMax: 0.5 });
    expect(refuses('e-board', { backoffBaseMs: 120_000 })).toEqual({
      path: 'backoffBaseMs',
      code: 'too_big',
      maximum: 60_000,
    });
    accepts('e-board', { backoffBaseMs: 120_000, backoffMaxMs: 120_000 });
  });
});

describe('handheld scanner', () => {
  it('takes a valid override, nested records whole', () => {
    accepts('handheld-scanner', {
      scanWidthMm: 300,
      convertMs: { pdf: 1, png: 2, tiff: 3 },
      kbPerPass: { pdf: 0, png: 1.5, tiff: 9 },
    });
  });

  it.each([
    // The override replaces the default's record, so a format left out would have no time.
    [{ convertMs: { pdf: 10 } }, { path: 'convertMs.png', code: 'invalid_type' }],
    [
      { convertMs: { pdf: 1, png: 1, tiff: 1, gif: 1 } },
      { path: 'convertMs', code: 'unrecognized_keys', keys: ['gif'] },
    ],
    [{ scanWidthMm: 5 }, { path: 'scanWidthMm', code: 'too_small', minimum: 10 }],
    [{ maxSkewDeg: 91 }, { path: 'maxSkewDeg', code: 'too_big', maximum: 90 }],
    [{ maxSpeedMmS: 0 }, { path: 'maxSpeedMmS', code: 'too_small', minimum: 0 }],
    [{ plannedOverlapMm: -1 }, { path: 'plannedOverlapMm', code: 'too_small', minimum: 0 }],
  ])('refuses %j, naming the field', (over, expected) => {
    expect(refuses('handheld-scanner', over)).toEqual(expected);
  });

  it('keeps the planned overlap within half the bar and at least what the stitcher needs', () => {
    expect(refuses('handheld-scanner', { plannedOverlapMm: 120 })).toEqual({
      path: 'plannedOverlapMm',
      code: 'too_big',
      maximum: 108,
    });
    // A narrower bar set alone is named, with the width the default overlap (30 mm) needs.
    expect(refuses('handheld-scanner', { scanWidthMm: 50 })).toEqual({
      path: 'scanWidthMm',
      code: 'too_small',
      minimum: 60,
    });
    expect(refuses('handheld-scanner', { minOverlapMm: 31 })).toEqual({
      path: 'minOverlapMm',
      code: 'too_big',
      maximum: 30,
    });
    accepts('handheld-scanner', { scanWidthMm: 60, plannedOverlapMm: 30, minOverlapMm: 30 });
  });
});

describe('smart binder', () => {
  it('takes categories of its own', () => {
    accepts('smart-binder', { categories: { sketches: 1 }, nearestCount: 0 });
  });

  it.each([
    [{ categories: {} }, { path: 'categories', code: 'too_small', minimum: 1 }],
    [{ categories: { a: 0 } }, { path: 'categories.a', code: 'too_small', minimum: 1 }],
    [{ categories: { a: 1.5 } }, { path: 'categories.a', code: 'invalid_type' }],
    [{ categories: { '': 3 } }, { path: 'categories.', code: 'invalid_key' }],
    [
      { categories: { ['x'.repeat(41)]: 3 } },
      { path: `categories.${'x'.repeat(41)}`, code: 'invalid_key' },
    ],
    [{ fuzzyLettersPerTypo: 0 }, { path: 'fuzzyLettersPerTypo', code: 'too_small', minimum: 1 }],
    [{ maxTextLength: 0 }, { path: 'maxTextLength', code: 'too_small', minimum: 1 }],
    [{ signalTimeoutMs: -1 }, { path: 'signalTimeoutMs', code: 'too_small', minimum: 0 }],
  ])('refuses %j, naming the field', (over, expected) => {
    expect(refuses('smart-binder', over)).toEqual(expected);
  });

  it('refuses more than 1,000 sleeves at the category that passes the cap, saying how many fit', () => {
    expect(refuses('smart-binder', { categories: { a: 600, b: 300, c: 200, d: 1 } })).toEqual({
      path: 'categories.c',
      code: 'too_big',
      maximum: 100,
    });
    accepts('smart-binder', { categories: { a: 600, b: 300, c: 100 } });
  });
});

describe('printer family, recorder, computer, network', () => {
  it('take valid overrides, the ones the tests and property runs use among them', () => {
    accepts('all-in-one', { jamProbabilityPerPage: 0.3 });
    accepts('scanner', { jamProbabilityPerPage: 0.01 });
    accepts('copier', { trayCapacity: 0, tonerPages: 0 });
    accepts('printer', { capabilities: { print: true, copy: true, scan: false } });
    accepts('audio-recorder', { saveMs: 0, transcribeRealTimeFactor: 1 });
    accepts('computer', { saveVersionMs: 0 });
    accepts('network', { approveProbability: 1, viewDelayMinMs: 0 });
  });

  it.each<[DeviceKind, object, object]>([
    ['printer', { jamProbabilityPerPage: 1.5 }, { path: 'jamProbabilityPerPage', code: 'too_big' }],
    ['copier', { queueCapacity: 0 }, { path: 'queueCapacity', code: 'too_small', minimum: 1 }],
    ['all-in-one', { trayCapacity: -1 }, { path: 'trayCapacity', code: 'too_small' }],
    ['scanner', { ppm: { print: 20, copy: 20, scan: 0 } }, { path: 'ppm.scan', code: 'too_small' }],
    [
      'printer',
      { capabilities: { print: 'yes' } },
      { path: 'capabilities.print', code: 'invalid_type' },
    ],
    ['audio-recorder', { storageMs: 0 }, { path: 'storageMs', code: 'too_small', minimum: 1 }],
    ['audio-recorder', { bitRate: Number.NaN }, { path: 'bitRate', code: 'invalid_type' }],
    ['computer', { saveVersionMs: -1 }, { path: 'saveVersionMs', code: 'too_small' }],
    ['network', { approveProbability: 2 }, { path: 'approveProbability', code: 'too_big' }],
    ['network', { uplinkBytesPerS: -1 }, { path: 'uplinkBytesPerS', code: 'too_small' }],
  ])('%s refuses %j, naming the field', (kind, over, expected) => {
    expect(refuses(kind, over)).toMatchObject(expected);
  });

  it('a recorder’s confidence range and a client’s waits keep min ≤ max', () => {
    expect(refuses('audio-recorder', { confidenceMin: 0.98 })).toEqual({
      path: 'confidenceMin',
      code: 'too_big',
      maximum: 0.97,
    });
    expect(refuses('network', { viewDelayMaxMs: 1_000 })).toEqual({
      path: 'viewDelayMaxMs',
      code: 'too_small',
      minimum: 5 * 60_000,
    });
    expect(refuses('network', { feedbackDelayMinMs: 9 * 3_600_000 })).toEqual({
      path: 'feedbackDelayMinMs',
      code: 'too_big',
      maximum: 8 * 3_600_000,
    });
  });

  it('a key of another kind is unknown here: params are checked by the device’s own kind', () => {
    expect(refuses('copier', { saveMs: 10 })).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['saveMs'],
    });
  });
});

describe('in the log', () => {
  const [started, , joined] = inputEvents;
  const devices = [
    { id: 'eboard-1', kind: 'e-board', params: { saveMs: 10 } },
    { id: 'eboard-2', kind: 'e-board', params: { saveMs: -5 } },
  ];

  it('OfficeSystemStarted and DevicesJoined name the device and the field', () => {
    expect(refusal(started.schema, { seed: 1, devices })).toMatchObject({
      path: 'devices.1.params.saveMs',
      code: 'too_small',
    });
    expect(refusal(joined.schema, { devices })).toMatchObject({
      path: 'devices.1.params.saveMs',
      code: 'too_small',
    });
  });

  it('a valid start parses to itself, with and without params', () => {
    const payload = { seed: 1, devices: [devices[0], { id: 'aio-1', kind: 'all-in-one' }] };
    expect(started.schema.parse(payload)).toEqual(payload);
  });

  it('an unknown kind is still refused at the kind, listing the kinds', () => {
    const r = started.schema.safeParse({ seed: 1, devices: [{ id: 'x', kind: 'toaster' }] });
    expect(r.error?.issues[0]).toMatchObject({
      path: ['devices', 0, 'kind'],
      code: 'invalid_union',
      options: [...deviceKinds],
    });
  });

  it('code that builds a device with overrides a log could not hold is stopped', () => {
    expect(() => buildDevice('e-board', { saveMs: -5 })).toThrow(/e-board params\.saveMs/);
    expect(() =>
      OfficeSystem.create({
        seed: 1,
        devices: [{ id: 'b', kind: 'smart-binder', params: { categories: {} } }],
      }),
    ).toThrow(/smart-binder params\.categories/);
    expect(buildDevice('e-board', { saveMs: 10 }).logic).toBeDefined();
  });
});
