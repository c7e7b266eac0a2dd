// How the devices panel names a device's state and tells office time: the
// clock, and when a device goes on by itself.
import { describe, expect, it } from 'vitest';
import { OfficeSystem } from '../../../models';
import { essayOffice } from '../../../models/office/scenario';
import { initI18n } from '../../../src/app/i18n/index';
import {
  deviceStateKey,
  formatOfficeTime,
  nextStepText,
  officeClock,
} from '../../../src/ui/device-text';

const en = initI18n('en');
const zh = initI18n('zh');
const tEn = (k: string, p?: Record<string, unknown>) => en.t(k, p);
const tZh = (k: string, p?: Record<string, unknown>) => zh.t(k, p);

describe('deviceStateKey', () => {
  it('names a state by its machine and path, one active child per level', () => {
    expect(deviceStateKey('smartBinder', 'ready')).toBe('deviceState.smartBinder/ready');
    expect(deviceStateKey('handheldScanner', { scanning: 'passing' })).toBe(
      'deviceState.handheldScanner/scanning/passing',
    );
    expect(deviceStateKey('m', { on: { printing: 'page' } })).toBe(
      'deviceState.m/on/printing/page',
    );
    expect(deviceStateKey('m', {})).toBe('deviceState.m');
  });

  it('reads as words in both languages, never as the raw state path', () => {
    const key = deviceStateKey('handheldScanner', { scanning: 'passing' });
    expect(tEn(key)).toBe('scanning a pass');
    expect(tZh(key)).toBe('正在扫描一遍');
  });
});

describe('formatOfficeTime', () => {
  it('formats office time as hh:mm:ss, rounding down', () => {
    expect(formatOfficeTime(0)).toBe('00:00:00');
    expect(formatOfficeTime(59_999)).toBe('00:00:59');
    expect(formatOfficeTime(60_000)).toBe('00:01:00');
    expect(formatOfficeTime(3_723_000)).toBe('01:02:03');
    expect(formatOfficeTime(100 * 3_600_000)).toBe('100:00:00');
  });
});

describe('officeClock', () => {
  it('shows the time of day, and names the day once the office runs past midnight', () => {
    expect(officeClock(0, tEn)).toBe('Office time 00:00:00');
    expect(officeClock(23 * 3_600_000 + 59 * 60_000 + 59_000, tEn)).toBe('Office time 23:59:59');
    expect(officeClock(25 * 3_600_000, tEn)).toBe('Office time: day 2, 01:00:00');
    expect(officeClock(50 * 3_600_000, tZh)).toBe('办公时间：第 3 天 02:00:00');
  });
});

describe('nextStepText', () => {
  it('says when a device goes on by itself, and nothing while it waits for a person', () => {
    const sys = OfficeSystem.create({ seed: 1, devices: essayOffice });
    expect(nextStepText(sys, 'scanner-1', tEn)).toBeNull();
    sys.send(
      { to: 'scanner-1', command: { type: 'START_SHEET', sheet: 'A2', name: 'S', format: 'pdf' } },
      1_000,
    );
    sys.send(
      { to: 'scanner-1', command: { type: 'PASS', speedMmS: 120, skewDeg: 1, overlapMm: 0 } },
      2_000,
    );
    const due = sys.timers.list().find((t) => t.actorId === 'scanner-1')!.due;
    expect(nextStepText(sys, 'scanner-1', tEn)).toBe(
      `Goes on by itself at ${formatOfficeTime(due)}`,
    );
    expect(nextStepText(sys, 'scanner-1', tZh)).toBe(`将在 ${formatOfficeTime(due)} 自行继续`);
    expect(nextStepText(sys, 'binder-1', tEn)).toBeNull();
  });

  it('says a step under a second away is that close, not a time the clock already shows', () => {
    const sys = OfficeSystem.create({ seed: 1, devices: essayOffice });
    sys.send({ to: 'recorder-1', command: { type: 'RECORD', title: 'Talk' } }, 1_000);
    sys.send({ to: 'recorder-1', command: { type: 'STOP' } }, 2_000);
    // Saving the recording takes 0.3 s: due at 2.3 s, which in whole seconds is the clock's 00:00:02.
    const due = sys.timers.list().find((t) => t.actorId === 'recorder-1')!.due;
    expect(due - sys.now).toBeLessThan(1_000);
    expect(officeClock(sys.now, tEn)).toBe(`Office time ${formatOfficeTime(due)}`);
    expect(nextStepText(sys, 'recorder-1', tEn)).toBe('Goes on by itself in under a second');
    expect(nextStepText(sys, 'recorder-1', tZh)).toBe('不到一秒后自行继续');
    // Run to that step: the short clip's upload follows within the second too.
    sys.advanceTo(due);
    const upload = sys.timers.list().find((t) => t.actorId === 'recorder-1')!.due;
    expect(upload - sys.now).toBeLessThan(1_000);
    expect(nextStepText(sys, 'recorder-1', tEn)).toBe('Goes on by itself in under a second');
  });

  it('counts a network device’s shares, and names the day past the first', () => {
    const sys = OfficeSystem.create({ seed: 1, devices: essayOffice });
    const day = 24 * 3_600_000;
    sys.advanceTo(2 * day);
    sys.send(
      { to: 'eboard-1', command: { type: 'START_PAGE', kind: 'note', title: 'N' } },
      2 * day + 1_000,
    );
    sys.send({ to: 'eboard-1', command: { type: 'STROKE', count: 10 } }, 2 * day + 2_000);
    sys.send({ to: 'eboard-1', command: { type: 'END_PAGE' } }, 2 * day + 3_000);
    for (let due = sys.nextDue(); due !== undefined; due = sys.nextDue()) sys.advanceTo(due);
    const asset = Object.keys(sys.index)[0]!;
    expect(nextStepText(sys, 'network-1', tEn)).toBeNull();
    sys.send(
      { to: 'office', command: { type: 'SHARE_ASSET', assetId: asset, client: 'C' } },
      sys.now + 1_000,
    );
    expect(nextStepText(sys, 'network-1', tEn)).toMatch(
      /^Goes on by itself on day 3, \d\d:\d\d:\d\d$/,
    );
  });
});
