import { describe, expect, it } from 'vitest';
import { OfficeSystem } from '../../../models';
import { essayOffice } from '../../../models/office/scenario';
import { initI18n } from '../../../src/app/i18n/index';
import { deviceReadings, readingText } from '../../../src/ui/device-readings';

const en = initI18n('en').t;
const zh = initI18n('zh').t;

/** What the panel prints under each device's state, by device id. */
function shown(sys: OfficeSystem, t: typeof en): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of sys.actors.values()) {
    const rs = deviceReadings(a, sys.now);
    if (rs.length > 0) out[a.id] = rs.map((r) => readingText(r, t)).join(' · ');
  }
  return out;
}

describe('device readings', () => {
  it('show the levels a fresh office starts with', () => {
    const sys = OfficeSystem.create({ seed: 1, devices: essayOffice });
    expect(shown(sys, en)).toEqual({
      'eboard-1': 'Battery 100 %',
      'binder-1': '0 of 100 sleeves used',
      'computer-1': '0 files in the inbox',
      'aio-1': 'Paper 250 of 250 sheets · Toner 100 % · 0 jobs in the queue',
    });
  });

  it('follow the devices through work: a page waiting to upload, a scan pass, a clip, an open file, paper used', () => {
    const sys = OfficeSystem.create({ seed: 1, devices: essayOffice });
    let t = 0;
    const go = (to: string, command: Parameters<OfficeSystem['send']>[0]['command']) => {
      t += 1_000;
      sys.send({ to, command }, t);
    };
    go('network-1', { type: 'GO_OFFLINE' });
    go('eboard-1', { type: 'START_PAGE', kind: 'note', title: 'Site <b>notes</b>' });
    go('eboard-1', { type: 'STROKE', count: 200 });
    go('eboard-1', { type: 'END_PAGE' });
    go('scanner-1', { type: 'START_SHEET', sheet: 'A2', name: 'Villa', format: 'pdf' });
    go('recorder-1', { type: 'RECORD', title: 'Client call' });
    t += 90_000;
    go('recorder-1', { type: 'PAUSE' });
    go('aio-1', { type: 'SUBMIT', kind: 'copy', pages: 3, title: '', assetId: null });
    for (let due = sys.nextDue(); due !== undefined && due < t + 600_000; due = sys.nextDue()) {
      sys.advanceTo(due);
    }
    const s = shown(sys, en);
    // 200 strokes cost well under a percent: the display rounds, as the device's would.
    expect(s['eboard-1']).toBe('Battery 100 % · 1 page waiting to upload');
    expect(s['scanner-1']).toBe('“Villa” (A2): pass 1 of 3');
    expect(s['recorder-1']).toBe('“Client call”: 00:01:31 kept');
    expect(s['aio-1']).toBe('Paper 247 of 250 sheets · Toner 100 % · 0 jobs in the queue');
    expect(shown(sys, zh)['scanner-1']).toBe('“Villa”（A2）：第 1 遍，共 3 遍');
  });

  it('the computer names the file being edited and its versions', () => {
    const sys = OfficeSystem.create({ seed: 1, devices: essayOffice });
    sys.send(
      { to: 'eboard-1', command: { type: 'START_PAGE', kind: 'sketch', title: 'Facade' } },
      1_000,
    );
    sys.send({ to: 'eboard-1', command: { type: 'STROKE', count: 10 } }, 2_000);
    sys.send({ to: 'eboard-1', command: { type: 'END_PAGE' } }, 3_000);
    for (let due = sys.nextDue(); due !== undefined; due = sys.nextDue()) sys.advanceTo(due);
    expect(shown(sys, en)['computer-1']).toBe('1 file in the inbox');
    const assetId = (sys.actors.get('computer-1')!.snapshot.context as { inbox: string[] })
      .inbox[0]!;
    sys.send({ to: 'computer-1', command: { type: 'OPEN', assetId } }, sys.now + 1_000);
    expect(shown(sys, en)['computer-1']).toBe(
      '0 files in the inbox · Editing “Facade” (0 versions saved)',
    );
    expect(shown(sys, zh)['computer-1']).toBe(
      '收件箱中有 0 个文件 · 正在编辑“Facade”（已保存 0 个版本）',
    );
  });

  it('count a recording live, and word a book page in the language shown', () => {
    const sys = OfficeSystem.create({ seed: 1, devices: essayOffice });
    sys.send({ to: 'recorder-1', command: { type: 'RECORD', title: 'Call' } }, 1_000);
    sys.advanceTo(61_000);
    expect(shown(sys, en)['recorder-1']).toBe('“Call”: 00:01:00 kept');
    sys.send(
      {
        to: 'scanner-1',
        command: { type: 'START_SHEET', sheet: 'book', name: 'Ref', format: 'png' },
      },
      62_000,
    );
    expect(shown(sys, en)['scanner-1']).toBe('“Ref” (Book page): pass 1 of 1');
    expect(shown(sys, zh)['scanner-1']).toBe('“Ref”（书页）：第 1 遍，共 1 遍');
  });
});
