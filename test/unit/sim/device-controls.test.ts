import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OFFICE, OfficeSystem } from '../../../models';
import { essayOffice, settle } from '../../../models/office/scenario';
import { type DeviceControl, deviceControls } from '../../../src/ui/device-controls';

const title = (kind: string, n: number) => `${kind} ${n}`;

const office = (devices = essayOffice) => OfficeSystem.create({ seed: 3, devices });
const actor = (sys: OfficeSystem, id: string) => sys.actors.get(id)!;
const controls = (sys: OfficeSystem, id: string) => deviceControls(sys, actor(sys, id), title);
const enabled = (cs: DeviceControl[]) => cs.filter((c) => c.enabled).map((c) => c.id);
const send = (sys: OfficeSystem, c: DeviceControl, at = sys.now + 1000) =>
  sys.send({ to: c.to, command: c.command }, at);
const byId = (cs: DeviceControl[], id: DeviceControl['id']) => cs.find((c) => c.id === id)!;

describe('deviceControls', () => {
  it('offers what the e-board accepts in each state', () => {
    const sys = office();
    expect(enabled(controls(sys, 'eboard-1'))).toEqual(['startNote', 'startSketch', 'charge']);
    send(sys, byId(controls(sys, 'eboard-1'), 'startNote'));
    expect(enabled(controls(sys, 'eboard-1'))).toEqual(['strokes', 'endPage', 'charge']);
    const started = sys.journal.find((e) => e.type === 'EBoardCaptureStarted')!;
    // Numbered per device, as the e-board counts its pages.
    expect(started.payload).toMatchObject({ kind: 'note', title: 'note 1' });
    expect(byId(controls(sys, 'eboard-1'), 'charge').enabled).toBe(true);
  });

  it('starts the scanner on the sheet and format chosen: the sheet sets the passes and the name', () => {
    const passes: Record<string, number> = {};
    for (const [sheet, kind] of [
      ['A4', 'sketch'],
      ['A1', 'sheet'],
      ['book', 'bookPage'],
    ] as const) {
      const sys = office();
      const start = byId(
        deviceControls(sys, actor(sys, 'scanner-1'), title, { sheet, format: 'tiff' }),
        'startSheet',
      );
      send(sys, start);
      const started = sys.journal.find((e) => e.type === 'ScanSheetStarted')!;
      expect(started.payload).toMatchObject({
        sheet,
        format: 'tiff',
        name: expect.stringMatching(new RegExp(`^${kind} \\d+$`)),
      });
      passes[sheet] = (started.payload as { passesNeeded: number }).passesNeeded;
    }
    // A 216 mm wand covers A4 and a book page in one sweep; A1 (594 mm wide) needs several.
    expect(passes).toMatchObject({ A4: 1, book: 1 });
    expect(passes.A1).toBeGreaterThan(2);
  });

  it('opens what the computer received, and prints or shares only once something was edited', () => {
    const sys = office();
    const pc = () => controls(sys, 'computer-1');
    expect(enabled(pc())).toEqual([]);
    expect(byId(pc(), 'openNext').blockedBy).toBe('nothing');
    expect(byId(controls(sys, 'aio-1'), 'print').enabled).toBe(false);
    expect(byId(controls(sys, 'network-1'), 'share').enabled).toBe(false);

    const eb = () => controls(sys, 'eboard-1');
    send(sys, byId(eb(), 'startNote'));
    send(sys, byId(eb(), 'strokes'));
    send(sys, byId(eb(), 'endPage'));
    settle(sys);
    const open = byId(pc(), 'openNext');
    expect(open.enabled).toBe(true);
    expect(open.command).toMatchObject({ type: 'OPEN', assetId: 'eboard-1-p1' });
    // Received, not yet edited: nothing to print or share.
    expect(byId(controls(sys, 'aio-1'), 'print').enabled).toBe(false);
    send(sys, open);
    send(sys, byId(pc(), 'saveVersion'));
    // While its first version is being saved, still nothing.
    expect(byId(controls(sys, 'network-1'), 'share').enabled).toBe(false);
    settle(sys);

    const print = byId(controls(sys, 'aio-1'), 'print');
    expect(print).toMatchObject({ to: OFFICE, enabled: true });
    expect(print.command).toMatchObject({ type: 'PRINT_ASSET', assetId: 'eboard-1-p1' });
    const share = byId(controls(sys, 'network-1'), 'share');
    expect(share.enabled).toBe(true);
    const shared = send(sys, share);
    expect(shared.map((e) => e.type)).toContain('AssetShareSent');
  });

  it('jams the page going through on demand, for a demo; the jam then waits for a hand', () => {
    const sys = office();
    const aio = () => controls(sys, 'aio-1');
    expect(byId(aio(), 'jam').enabled).toBe(false);
    send(sys, byId(aio(), 'copy'));
    // Warming up: no page is going through yet.
    expect(byId(aio(), 'jam').enabled).toBe(false);
    sys.advanceTo(sys.nextDue()!);
    expect(sys.stateOf('aio-1')!.value).toBe('working');
    // Nothing shows at once (no refusal either): the page jams when it ends.
    expect(send(sys, byId(aio(), 'jam'))).toEqual([]);
    expect(sys.stateOf('aio-1')!.value).toBe('working');
    const jammed = sys.advanceTo(sys.nextDue()!);
    expect(jammed.map((e) => e.type)).toContain('PrinterJammed');
    expect(sys.stateOf('aio-1')!.value).toBe('jammed');
    expect(enabled(aio())).toContain('clearJam');
    // A flatbed has no paper path to jam: neither a jam nor its clearing is offered,
    // unless its settings give it a chance to jam; then it can be cleared.
    const scanners = office([
      { id: 's', kind: 'scanner' },
      { id: 'adf', kind: 'scanner', params: { jamProbabilityPerPage: 0.01 } },
    ]);
    const ids = (id: string) => controls(scanners, id).map((c) => c.id);
    expect(ids('s')).not.toContain('jam');
    expect(ids('s')).not.toContain('clearJam');
    expect(ids('adf')).not.toContain('jam');
    expect(ids('adf')).toContain('clearJam');
  });

  it('a flatbed scanner does not jam, however many pages it scans', () => {
    // 20,000 pages: at the paper path's 1 in 2,000 a page, e^-10 odds of no jam.
    const sys = office([{ id: 's', kind: 'scanner' }]);
    const submit = { type: 'SUBMIT', kind: 'scan', pages: 20_000, title: 'archive', assetId: null };
    expect(sys.send({ to: 's', command: submit as never }, 1000)).not.toContainEqual(
      expect.objectContaining({ type: 'CommandRefused' }),
    );
    const types = settle(sys).map((e) => e.type);
    expect(types).toContain('PrintJobCompleted');
    expect(types).not.toContain('PrinterJammed');
  });

  it('names a page scanned on the glass a scan, numbered per device', () => {
    const sys = office([{ id: 's', kind: 'scanner' }]);
    const scanPage = () => byId(controls(sys, 's'), 'scanPage');
    expect(scanPage().command).toMatchObject({ kind: 'scan', title: 'scan 1' });
    send(sys, scanPage());
    settle(sys);
    expect(scanPage().command).toMatchObject({ title: 'scan 2' });
  });

  it('offers each printer only the jobs it can do', () => {
    const sys = office([
      { id: 'p', kind: 'printer' },
      { id: 'c', kind: 'copier' },
      { id: 's', kind: 'scanner' },
      { id: 'a', kind: 'all-in-one' },
    ]);
    const jobs = (id: string) =>
      controls(sys, id)
        .map((c) => c.id)
        .filter((c) => c === 'print' || c === 'copy' || c === 'scanPage');
    expect(jobs('p')).toEqual(['print']);
    expect(jobs('c')).toEqual(['copy']);
    expect(jobs('s')).toEqual(['scanPage']);
    expect(jobs('a')).toEqual(['print', 'copy', 'scanPage']);
  });

  it('offers paper and toner only where there is a tray and a cartridge', () => {
    const sys = office([
      { id: 's', kind: 'scanner' },
      { id: 'c', kind: 'copier' },
      { id: 'p', kind: 'printer', params: { tonerPages: 0 } },
      { id: 'a', kind: 'all-in-one' },
    ]);
    const supplies = (id: string) =>
      controls(sys, id)
        .map((c) => c.id)
        .filter((c) => c === 'loadPaper' || c === 'replaceToner');
    // A flatbed scanner has neither.
    expect(supplies('s')).toEqual([]);
    expect(supplies('c')).toEqual(['loadPaper', 'replaceToner']);
    expect(supplies('p')).toEqual(['loadPaper']);
    expect(supplies('a')).toEqual(['loadPaper', 'replaceToner']);
    expect(enabled(controls(sys, 'a'))).toEqual(
      expect.arrayContaining(['loadPaper', 'replaceToner']),
    );
  });

  it('a second printer or router prints or shares on itself, not on the first', () => {
    const sys = office([
      ...essayOffice,
      { id: 'printer-2', kind: 'printer' },
      { id: 'network-2', kind: 'network' },
    ]);
    const eb = () => controls(sys, 'eboard-1');
    send(sys, byId(eb(), 'startNote'));
    send(sys, byId(eb(), 'strokes'));
    send(sys, byId(eb(), 'endPage'));
    settle(sys);
    send(sys, byId(controls(sys, 'computer-1'), 'openNext'));
    send(sys, byId(controls(sys, 'computer-1'), 'saveVersion'));
    settle(sys);

    const print = byId(controls(sys, 'printer-2'), 'print');
    expect(print).toMatchObject({ to: OFFICE, enabled: true });
    const queued = send(sys, print).filter((e) => e.type === 'PrintJobQueued');
    expect(queued.map((e) => e.payload)).toEqual([
      expect.objectContaining({ deviceId: 'printer-2', assetId: 'eboard-1-p1' }),
    ]);
    const first = send(sys, byId(controls(sys, 'aio-1'), 'print'));
    expect(first.filter((e) => e.type === 'PrintJobQueued').map((e) => e.payload)).toEqual([
      expect.objectContaining({ deviceId: 'aio-1' }),
    ]);

    const sent = send(sys, byId(controls(sys, 'network-2'), 'share')).filter(
      (e) => e.type === 'AssetShareSent',
    );
    expect(sent.map((e) => e.payload)).toEqual([
      expect.objectContaining({ deviceId: 'network-2', assetId: 'eboard-1-p1' }),
    ]);
  });

  it('the binder has its terminal instead', () => {
    expect(controls(office(), 'binder-1')).toEqual([]);
  });

  it('an enabled device control is never refused as "not ready", a disabled one always is', () => {
    // Random walks over the essay office: the buttons must agree with the machines.
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (picks) => {
        const sys = office();
        for (const pick of picks) {
          const all = [...sys.actors.values()].flatMap((a) => deviceControls(sys, a, title));
          // Controls waiting for an asset are blocked by the office, not by a machine.
          const device = all.filter((c) => c.to !== OFFICE && c.blockedBy !== 'nothing');
          const c = device[pick % device.length]!;
          const out = send(sys, c);
          const notReady = out.some(
            (e) =>
              e.type === 'CommandRefused' &&
              (e.payload as { reasonKey: string }).reasonKey === 'device.notReady',
          );
          expect(notReady, `${c.to} ${c.command.type} enabled=${c.enabled}`).toBe(!c.enabled);
          expect(c.blockedBy).toBe(c.enabled ? null : 'state');
          if (pick % 3 === 0) settle(sys);
        }
      }),
      { numRuns: 60, seed: 11 },
    );
  });
});
