import { describe, expect, it } from 'vitest';
import { deviceEventDefinitions } from '../../../models/events';
import { OfficeSystem } from '../../../models/office/office-system';
import { firstDivergence, rebuildFromLog } from '../../../models/office/rebuild';
import { essayOffice, runEssayScenario, settle } from '../../../models/office/scenario';

const byType = new Map(deviceEventDefinitions.map((d) => [d.type, d]));

describe('office system scenario', () => {
  const sys = OfficeSystem.create({ seed: 42, devices: essayOffice });
  const { events } = runEssayScenario(sys);
  const types = events.map((e) => e.type);
  const payloads = (type: string) =>
    events.filter((e) => e.type === type).map((e) => e.payload as Record<string, unknown>);

  it('carries a note from the e-board through the computer to the client', () => {
    const note = 'eboard-1-p1';
    expect(payloads('EBoardPageConverted')[0]).toMatchObject({ pageId: note, output: 'text' });
    expect(payloads('ComputerAssetReceived')[0]).toMatchObject({ assetId: note, kind: 'note' });
    expect(payloads('AssetVersionSaved')[0]).toMatchObject({ assetId: note, version: 1 });
    expect(payloads('AssetShareSent')[0]).toMatchObject({ assetId: note, client: 'Client Wang' });
    expect(types).toContain('ClientFeedbackReceived');
    expect(sys.index[note]?.stage).toBe('output');
  });

  it('scans an A2 sketch in passes, redoes the bad ones, stitches and uploads it', () => {
    expect(payloads('ScanSheetStarted')[0]).toMatchObject({ sheet: 'A2', passesNeeded: 3 });
    expect(payloads('ScanPassRejected')).toEqual([
      expect.objectContaining({ pass: 2, reason: 'tooFast' }),
    ]);
    expect(payloads('ScanStitchFailed')).toEqual([
      expect.objectContaining({ pass: 3, overlapMm: 8 }),
    ]);
    expect(payloads('ScanPassAccepted').map((p) => p.pass)).toEqual([1, 2, 3, 3]);
    expect(types.indexOf('ScanStitched')).toBeLessThan(types.indexOf('ScanUploaded'));
    expect(payloads('ComputerAssetReceived')[1]).toMatchObject({
      assetId: 'scanner-1-s1',
      kind: 'scan',
    });
  });

  it('files the paper original, indexes where it is, and locates it by name', () => {
    const filed = payloads('BinderDocumentFiled')[0];
    expect(filed).toMatchObject({ assetId: 'scanner-1-s1', category: 'sketches' });
    expect(sys.index['scanner-1-s1']?.paper).toMatchObject({
      binderId: 'binder-1',
      slotId: filed?.slotId,
    });
    expect(payloads('BinderSlotSignalled')[0]).toMatchObject({
      slotId: filed?.slotId,
      signal: 'both',
    });
    expect(payloads('BinderSignalStopped')[0]).toMatchObject({ reason: 'takenOut' });
    expect(types).toContain('BinderDocumentReturned');
  });

  it('emits only registered event types whose payloads pass their schemas', () => {
    for (const e of sys.journal) {
      const def = byType.get(e.type);
      expect(def, e.type).toBeDefined();
      expect(def!.schema.safeParse(e.payload).success, e.type).toBe(true);
    }
    expect(new Set(deviceEventDefinitions.map((d) => d.type)).size).toBe(
      deviceEventDefinitions.length,
    );
  });

  it('rebuilds to the same state from the log, and the log replays without divergence', () => {
    const rebuilt = rebuildFromLog(sys.journal);
    expect(JSON.stringify(rebuilt.state())).toBe(JSON.stringify(sys.state()));
    expect(firstDivergence(sys.journal)).toBe(-1);
  });
});

describe('refused commands', () => {
  const refusals = (sys: OfficeSystem, to: string, command: object, at: number) =>
    sys
      .send({ to, command: command as never }, at)
      .filter((e) => e.type === 'CommandRefused')
      .map((e) => e.payload);

  it('gives a reason key the UI can translate and leaves the machine consistent', () => {
    const sys = OfficeSystem.create({
      seed: 1,
      devices: [
        { id: 'binder-1', kind: 'smart-binder', params: { categories: { sketches: 1 } } },
        { id: 'computer-1', kind: 'computer' },
      ],
    });
    expect(
      refusals(
        sys,
        'office',
        { type: 'LOCATE_DOCUMENT', query: '  ', match: 'exact', signal: 'light' },
        1,
      ),
    ).toEqual([expect.objectContaining({ deviceId: 'binder-1', reasonKey: 'binder.emptyQuery' })]);
    const file = (docId: string) => ({
      type: 'FILE',
      docId,
      name: docId,
      category: 'sketches',
      info: '',
      assetId: null,
    });
    expect(refusals(sys, 'binder-1', file('a'), 2)).toEqual([]);
    expect(refusals(sys, 'binder-1', file('b'), 3)).toEqual([
      {
        deviceId: 'binder-1',
        command: 'FILE',
        reasonKey: 'binder.full',
        params: { category: 'sketches', capacity: 1 },
      },
    ]);
    expect(refusals(sys, 'office', { type: 'PRINT_ASSET', assetId: 'x', pages: 1 }, 4)).toEqual([
      expect.objectContaining({ deviceId: 'office', reasonKey: 'office.noPrinter' }),
    ]);
    expect(refusals(sys, 'office', { type: 'SHARE_ASSET', assetId: 'x', client: 'c' }, 5)).toEqual([
      expect.objectContaining({ reasonKey: 'office.noNetwork' }),
    ]);
    expect(refusals(sys, 'nope', { type: 'STOP' }, 6)).toEqual([
      expect.objectContaining({ reasonKey: 'office.unknownDevice' }),
    ]);
    expect(refusals(sys, 'computer-1', { type: 'CLOSE' }, 7)).toEqual([
      expect.objectContaining({ reasonKey: 'device.notReady', params: { state: '"idle"' } }),
    ]);
    const binder = sys.stateOf('binder-1')?.context as { docs: Record<string, unknown> };
    expect(Object.keys(binder.docs)).toEqual(['a']);
  });
});

describe('e-board offline queue', () => {
  it('keeps pages while the network is down and uploads them when it returns', () => {
    const sys = OfficeSystem.create({
      seed: 3,
      devices: [
        { id: 'eboard-1', kind: 'e-board', params: { uploadFailureProbability: 0 } },
        { id: 'computer-1', kind: 'computer' },
        { id: 'network-1', kind: 'network' },
      ],
    });
    const out = sys.send({ to: 'network-1', command: { type: 'GO_OFFLINE' } }, 10);
    expect(out.map((e) => e.type)).toEqual(['NetworkWentOffline']);
    let t = 100;
    const tick = () => {
      t += 100;
      return t;
    };
    const queued = [];
    for (const title of ['one', 'two']) {
      queued.push(
        ...sys.send(
          { to: 'eboard-1', command: { type: 'START_PAGE', kind: 'sketch', title } },
          tick(),
        ),
      );
      queued.push(...sys.send({ to: 'eboard-1', command: { type: 'STROKE', count: 5 } }, tick()));
      queued.push(...sys.send({ to: 'eboard-1', command: { type: 'END_PAGE' } }, tick()));
      t += 1_000;
    }
    settle(sys, queued);
    expect(queued.filter((e) => e.type === 'EBoardPageQueued')).toHaveLength(2);
    expect(queued.some((e) => e.type === 'ComputerAssetReceived')).toBe(false);
    sys.send({ to: 'network-1', command: { type: 'GO_ONLINE' } }, sys.now + 1);
    const after = settle(sys).filter((e) => e.type === 'ComputerAssetReceived');
    expect(after.map((e) => (e.payload as { assetId: string }).assetId)).toEqual([
      'eboard-1-p1',
      'eboard-1-p2',
    ]);
  });
});
