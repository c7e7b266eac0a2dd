import { describe, expect, it } from 'vitest';
import { OfficeSystem, rebuildFromLog } from '../../../models';
import { essayOffice, runEssayScenario, settle } from '../../../models/office/scenario';

describe('devices that join the running office', () => {
  it('join with the office as it is: the devices running keep their state and material', () => {
    const sys = OfficeSystem.create({ seed: 5, devices: essayOffice });
    runEssayScenario(sys);
    const before = JSON.stringify(sys.state().actors['eboard-1']);
    const materials = Object.keys(sys.index).length;
    const t = sys.now + 1_000;
    const out = sys.join([{ id: 'printer-2', kind: 'printer' }], t);
    expect(out.map((e) => e.type)).not.toContain('CommandRefused');
    expect(JSON.stringify(sys.state().actors['eboard-1'])).toBe(before);
    expect(Object.keys(sys.index)).toHaveLength(materials);
    // The newcomer takes work at once, named by the office's routing.
    const note = Object.values(sys.index).find((m) => m.kind === 'note')!;
    sys.send(
      {
        to: 'office',
        command: { type: 'PRINT_ASSET', assetId: note.assetId, pages: 1, deviceId: 'printer-2' },
      },
      t + 1_000,
    );
    const done = settle(sys).find((e) => e.type === 'PrintJobCompleted');
    expect(done?.payload).toMatchObject({ deviceId: 'printer-2', assetId: note.assetId });
  });

  it('an id already running is refused with the reason, and nothing is replaced', () => {
    const sys = OfficeSystem.create({ seed: 5, devices: essayOffice });
    const binder = sys.actors.get('binder-1')!.snapshot;
    const out = sys.join(
      [
        { id: 'binder-1', kind: 'smart-binder' },
        { id: 'office', kind: 'printer' },
      ],
      1_000,
    );
    expect(out.map((e) => [e.type, (e.payload as { reasonKey?: string }).reasonKey])).toEqual([
      ['CommandRefused', 'office.duplicateDevice'],
      ['CommandRefused', 'office.duplicateDevice'],
    ]);
    expect(sys.actors.get('binder-1')!.snapshot).toBe(binder);
    expect(sys.actors.has('office')).toBe(false);
  });

  it('a device joining while the office is offline starts offline', () => {
    const sys = OfficeSystem.create({ seed: 5, devices: essayOffice });
    sys.send({ to: 'network-1', command: { type: 'GO_OFFLINE' } }, 1_000);
    sys.join([{ id: 'eboard-2', kind: 'e-board' }], 2_000);
    expect((sys.stateOf('eboard-2')!.context as { online: boolean }).online).toBe(false);
    expect((sys.stateOf('eboard-1')!.context as { online: boolean }).online).toBe(false);
  });

  it('the log alone rebuilds a run with a join, timers included', () => {
    const sys = OfficeSystem.create({ seed: 9, devices: essayOffice });
    sys.join([{ id: 'eboard-2', kind: 'e-board' }], 500);
    sys.send(
      { to: 'eboard-2', command: { type: 'START_PAGE', kind: 'sketch', title: 'Stair' } },
      1_000,
    );
    sys.send({ to: 'eboard-2', command: { type: 'STROKE', count: 30 } }, 2_000);
    sys.send({ to: 'eboard-2', command: { type: 'END_PAGE' } }, 3_000);
    const rebuilt = rebuildFromLog(sys.journal);
    expect(JSON.stringify(rebuilt.state())).toBe(JSON.stringify(sys.state()));
    expect(rebuilt.nextDue()).toBe(sys.nextDue());
    settle(sys);
    settle(rebuilt);
    expect(JSON.stringify(rebuilt.journal.slice(-5))).toBe(JSON.stringify(sys.journal.slice(-5)));
    expect(Object.values(sys.index).map((m) => [m.title, m.stage])).toEqual([['Stair', 'edit']]);
  });
});
