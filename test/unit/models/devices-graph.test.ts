import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { createAudioRecorderMachine } from '../../../models/devices/audio-recorder/machine';
import { defaultAudioRecorderParams } from '../../../models/devices/audio-recorder/params';
import { createComputerMachine } from '../../../models/devices/computer/machine';
import { createEBoardMachine } from '../../../models/devices/e-board/machine';
import { defaultEBoardParams } from '../../../models/devices/e-board/params';
import { createHandheldScannerMachine } from '../../../models/devices/handheld-scanner/machine';
import { createNetworkMachine } from '../../../models/devices/network/machine';
import { createShareMachine } from '../../../models/devices/network/share.machine';
import { createPrinterMachine } from '../../../models/devices/printer/machine';
import { defaultPrinterParams } from '../../../models/devices/printer/params';
import { createSmartBinderMachine } from '../../../models/devices/smart-binder/machine';
import { defaultSmartBinderParams } from '../../../models/devices/smart-binder/params';
import {
  allStateKeys,
  allTransitions,
  explore,
  type GraphRun,
  newCoverage,
  type Oracle,
} from './graph-coverage';
import * as oracles from './oracles';

const input = (online = true) => ({ deviceId: 'dev', rng: 7, online });
const at = 1_000;
const net = (online: boolean) => ({ type: 'NETWORK_CHANGED', online, at });

/** Runs every configuration of one device and checks full state and transition coverage. */
function covers(name: string, runs: GraphRun[], oracle: Oracle) {
  it(`${name}: every state reached, every transition taken, every path emits what it should`, () => {
    const cov = newCoverage();
    for (const r of runs) explore(r, r.oracle ?? oracle, cov);
    expect(cov.failures).toEqual([]);
    const machine = runs[0]!.machine as AnyStateMachine;
    expect([...cov.states].sort()).toEqual(expect.arrayContaining(allStateKeys(machine)));
    const all = new Set<string>();
    for (const r of runs) for (const t of allTransitions(r.machine)) all.add(t);
    expect([...all].filter((t) => !cov.transitions.has(t))).toEqual([]);
    expect(cov.pathsChecked).toBeGreaterThan(runs.length);
  });
}

describe('device machines, model-based (xstate/graph)', () => {
  const eboard = (p: number) =>
    createEBoardMachine({
      ...defaultEBoardParams,
      uploadFailureProbability: p,
      storagePages: 2,
      batteryPctPerStroke: 60,
    });
  const eboardRun = (p: number): GraphRun => ({
    machine: eboard(p),
    input: input(),
    commands: [
      { type: 'START_PAGE', kind: 'note', title: 'n', at },
      { type: 'STROKE', count: 1, at },
      { type: 'END_PAGE', at },
      { type: 'CHARGE', toPct: 100, at },
      net(false),
      net(true),
    ],
    project: (c: {
      batteryPct: number;
      storedPages: number;
      queue: unknown[];
      page: { strokes: number } | null;
      online: boolean;
      attempt: number;
    }) => [
      c.batteryPct >= 2,
      c.storedPages,
      c.queue.length,
      c.page ? c.page.strokes > 0 : null,
      c.online,
      Math.min(c.attempt, 2),
    ],
  });
  covers('e-board', [eboardRun(0), eboardRun(1)], oracles.eboard);

  const pass = (speedMmS: number, skewDeg: number, overlapMm: number) => ({
    type: 'PASS',
    speedMmS,
    skewDeg,
    overlapMm,
    at,
  });
  covers(
    'handheld scanner',
    [
      {
        machine: createHandheldScannerMachine(),
        input: input(),
        commands: [
          { type: 'START_SHEET', sheet: 'A2', name: 's', format: 'png', at },
          { type: 'START_SHEET', sheet: 'A0', name: 's', format: 'png', at },
          pass(100, 1, 30),
          pass(400, 1, 30),
          pass(100, 20, 30),
          pass(100, 1, 5),
          { type: 'CANCEL', at },
          net(false),
          net(true),
        ],
        project: (c: { job: unknown; sweep: unknown; online: boolean }) => [
          c.job,
          c.sweep,
          c.online,
        ],
      },
    ],
    oracles.scanner,
  );

  const file = (docId: string, category: string) => ({
    type: 'FILE',
    docId,
    name: `Plan ${docId}`,
    category,
    info: 'client',
    assetId: null,
    at,
  });
  covers(
    'smart binder',
    [
      {
        machine: createSmartBinderMachine({
          ...defaultSmartBinderParams,
          categories: { sketches: 1, documents: 1 },
          signalTimeoutMs: 1_000,
          fuzzyMaxDistance: 2,
          nearestCount: 2,
        }),
        input: input(),
        commands: [
          file('a', 'sketches'),
          file('b', 'sketches'),
          file('d', 'documents'),
          file('c', 'nope'),
          // Names are trimmed: blank or longer than 200 letters is refused.
          { ...file('e', 'sketches'), name: ' \t ' },
          { ...file('f', 'documents'), name: ` ${'x'.repeat(201)} ` },
          { type: 'LOCATE', query: 'Plan a', match: 'exact', signal: 'light', at },
          { type: 'LOCATE', query: 'zzz', match: 'fuzzy', signal: 'sound', at },
          // One typo in a word: found fuzzy, not exact.
          { type: 'LOCATE', query: 'plna', match: 'fuzzy', signal: 'both', at },
          { type: 'LOCATE', query: 'plna a', match: 'exact', signal: 'both', at },
          { type: 'LOCATE', query: ' ', match: 'fuzzy', signal: 'both', at },
          { type: 'TAKE_OUT', slotId: 'sketches-01', at },
          { type: 'TAKE_OUT', slotId: 'documents-01', at },
          { type: 'PUT_BACK', docId: 'a', slotId: 'sketches-01', at },
          { type: 'PUT_BACK', docId: 'a', slotId: 'documents-01', at },
          { type: 'PUT_BACK', docId: 'a', slotId: 'nowhere-01', at },
        ],
        project: (c: { docs: unknown; signal: unknown }) => [c.docs, c.signal],
      },
    ],
    oracles.binder,
  );

  const recorderRun = (storageMs: number): GraphRun => ({
    machine: createAudioRecorderMachine({ ...defaultAudioRecorderParams, storageMs }),
    input: input(),
    commands: [
      { type: 'RECORD', title: 't', at },
      { type: 'PAUSE', at },
      { type: 'RESUME', at },
      { type: 'STOP', at },
      net(false),
      net(true),
    ],
    project: (c: { online: boolean; clip: unknown }) => [c.online, c.clip !== null],
  });
  covers('audio recorder', [recorderRun(1_000), recorderRun(0)], oracles.recorder);

  covers(
    'computer',
    [
      {
        machine: createComputerMachine(),
        input: input(),
        commands: [
          {
            type: 'RECEIVE',
            assetId: 'a1',
            kind: 'note',
            title: 'n',
            fromDeviceId: 'e',
            bytes: 10,
            at,
          },
          { type: 'OPEN', assetId: 'a1', at },
          { type: 'OPEN', assetId: 'zz', at },
          { type: 'SAVE_VERSION', at },
          { type: 'CLOSE', at },
        ],
        project: (c: { assets: Record<string, { versions: number }>; inbox: string[] }) => [
          Object.keys(c.assets),
          Math.min(c.assets.a1?.versions ?? 0, 1),
          c.inbox,
        ],
      },
    ],
    oracles.computer,
  );

  const printerRun = (jam: number): GraphRun => ({
    machine: createPrinterMachine({
      ...defaultPrinterParams['all-in-one'],
      trayCapacity: 1,
      tonerPages: 2,
      queueCapacity: 2,
      jamProbabilityPerPage: jam,
    }),
    input: input(),
    commands: [
      { type: 'SUBMIT', kind: 'print', pages: 2, title: 'p', assetId: null, at },
      { type: 'SUBMIT', kind: 'scan', pages: 1, title: 's', assetId: null, at },
      { type: 'SUBMIT', kind: 'copy', pages: 0, title: 'c', assetId: null, at },
      { type: 'CLEAR_JAM', at },
      { type: 'JAM', at },
      { type: 'LOAD_PAPER', sheets: 1, at },
      { type: 'REPLACE_TONER', at },
    ],
    project: (c: {
      paper: number;
      tonerPages: number;
      queue: Array<{ kind: string; done: number }>;
      jamNow: boolean;
    }) => [c.paper, c.tonerPages, c.queue.map((j) => [j.kind, j.done]), c.jamNow],
  });
  // A flatbed scanner: no tray, no toner; paper and toner are refused in every state.
  const flatbedRun: GraphRun = {
    machine: createPrinterMachine({ ...defaultPrinterParams.scanner, queueCapacity: 2 }),
    input: input(),
    commands: [
      { type: 'SUBMIT', kind: 'scan', pages: 1, title: 's', assetId: null, at },
      { type: 'LOAD_PAPER', sheets: 1, at },
      { type: 'REPLACE_TONER', at },
    ],
    project: (c: { queue: Array<{ done: number }> }) => c.queue.map((j) => j.done),
    oracle: oracles.flatbedScanner,
  };
  covers(
    'all-in-one printer and flatbed scanner',
    [printerRun(0), printerRun(1), flatbedRun],
    oracles.printer,
  );

  covers(
    'network',
    [
      {
        machine: createNetworkMachine(),
        input: input(),
        commands: [
          { type: 'GO_OFFLINE', at },
          { type: 'GO_ONLINE', at },
        ],
        project: () => null,
      },
    ],
    oracles.network,
  );

  const shareRun = (online: boolean): GraphRun => ({
    machine: createShareMachine(),
    input: {
      deviceId: 'net',
      shareId: 'sh1',
      assetId: 'a1',
      client: 'c',
      bytes: 100,
      online,
      rng: 3,
    },
    commands: [net(false), net(true)],
    project: (c: { online: boolean }) => c.online,
  });
  covers('share', [shareRun(true), shareRun(false)], oracles.share);
});
