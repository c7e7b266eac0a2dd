import { describe, expect, it } from 'vitest';
import type { AnyCommand } from '../../../models/office/commands';
import type { LoggedEvent } from '../../../models/office/event-shapes';
import { OfficeSystem } from '../../../models/office/office-system';

const room = () =>
  OfficeSystem.create({
    seed: 5,
    devices: [
      { id: 'scanner-1', kind: 'scanner' },
      { id: 'aio-1', kind: 'all-in-one' },
      // A copier set up with no tray and no cartridge: it has paper jobs but nowhere to put paper.
      { id: 'copier-1', kind: 'copier', params: { trayCapacity: 0, tonerPages: 0 } },
    ],
  });
const go = (sys: OfficeSystem, to: string, command: AnyCommand): LoggedEvent[] =>
  sys.send({ to, command }, sys.now + 1000);
const refusals = (events: LoggedEvent[]) =>
  events
    .filter((e) => e.type === 'CommandRefused')
    .map((e) => e.payload as { reasonKey: string } & Record<string, unknown>);

describe('paper and toner at a device without a tray or a cartridge', () => {
  it('a flatbed scanner refuses paper and toner, saying why, and changes nothing', () => {
    const sys = room();
    const before = sys.stateOf('scanner-1')!;
    const paper = go(sys, 'scanner-1', { type: 'LOAD_PAPER', sheets: 250 });
    expect(paper.map((e) => e.type)).toEqual(['CommandRefused']);
    expect(refusals(paper)).toEqual([
      {
        deviceId: 'scanner-1',
        command: 'LOAD_PAPER',
        reasonKey: 'printer.noPaperTray',
        params: {},
      },
    ]);
    const toner = go(sys, 'scanner-1', { type: 'REPLACE_TONER' });
    expect(refusals(toner)).toEqual([
      { deviceId: 'scanner-1', command: 'REPLACE_TONER', reasonKey: 'printer.noToner', params: {} },
    ]);
    const after = sys.stateOf('scanner-1')!;
    expect(after.value).toBe(before.value);
    expect(after.context).toEqual(before.context);
  });

  it('a device with a tray and a cartridge still takes both', () => {
    const sys = room();
    const types = [
      ...go(sys, 'aio-1', { type: 'LOAD_PAPER', sheets: 10 }),
      ...go(sys, 'aio-1', { type: 'REPLACE_TONER' }),
    ].map((e) => e.type);
    expect(types).toEqual(['PrinterPaperLoaded', 'PrinterTonerReplaced']);
  });

  it('waiting for paper it cannot take, it refuses the paper with the reason, not as busy', () => {
    const sys = room();
    go(sys, 'copier-1', { type: 'SUBMIT', kind: 'copy', pages: 1, title: '', assetId: null });
    sys.advanceTo(sys.nextDue()!);
    expect(sys.stateOf('copier-1')!.value).toBe('needsPaper');
    const paper = go(sys, 'copier-1', { type: 'LOAD_PAPER', sheets: 250 });
    expect(refusals(paper).map((r) => r.reasonKey)).toEqual(['printer.noPaperTray']);
    expect(sys.stateOf('copier-1')!.value).toBe('needsPaper');
  });
});
