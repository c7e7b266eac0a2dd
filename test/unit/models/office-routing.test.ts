import { describe, expect, it } from 'vitest';
import { type AnyCommand, OFFICE, officeCommandSchema } from '../../../models/office/commands';
import type { LoggedEvent } from '../../../models/office/event-shapes';
import { OfficeSystem } from '../../../models/office/office-system';
import { firstDivergence, rebuildFromLog } from '../../../models/office/rebuild';
import { settle } from '../../../models/office/scenario';

/** Two of each output device: a job must land where it is sent, not on the first. */
const room = () =>
  OfficeSystem.create({
    seed: 7,
    devices: [
      { id: 'eboard-1', kind: 'e-board' },
      { id: 'computer-1', kind: 'computer' },
      { id: 'printer-1', kind: 'printer' },
      { id: 'copier-1', kind: 'copier' },
      { id: 'printer-2', kind: 'all-in-one' },
      { id: 'network-1', kind: 'network' },
      { id: 'network-2', kind: 'network' },
    ],
  });

const NOTE = 'eboard-1-p1';

/** A note captured, received, edited and closed: printable and shareable. */
function withEditedNote(): OfficeSystem {
  const sys = room();
  const go = (to: string, command: AnyCommand) => sys.send({ to, command }, sys.now + 1000);
  go('eboard-1', { type: 'START_PAGE', kind: 'note', title: 'Notes' });
  go('eboard-1', { type: 'STROKE', count: 50 });
  go('eboard-1', { type: 'END_PAGE' });
  settle(sys);
  go('computer-1', { type: 'OPEN', assetId: NOTE });
  go('computer-1', { type: 'SAVE_VERSION' });
  settle(sys);
  go('computer-1', { type: 'CLOSE' });
  expect(sys.index[NOTE]?.stage).not.toBe('input');
  return sys;
}

const office = (sys: OfficeSystem, command: AnyCommand): LoggedEvent[] =>
  sys.send({ to: OFFICE, command }, sys.now + 1000);
const ofType = (events: LoggedEvent[], type: string) =>
  events.filter((e) => e.type === type).map((e) => e.payload as Record<string, unknown>);
const print = (deviceId?: string): AnyCommand => ({
  type: 'PRINT_ASSET',
  assetId: NOTE,
  pages: 2,
  ...(deviceId === undefined ? {} : { deviceId }),
});
const share = (deviceId?: string): AnyCommand => ({
  type: 'SHARE_ASSET',
  assetId: NOTE,
  client: 'Client',
  ...(deviceId === undefined ? {} : { deviceId }),
});

describe('office routing of print and share', () => {
  it('prints on the named printer, and on the first that prints when none is named', () => {
    const sys = withEditedNote();
    expect(ofType(office(sys, print('printer-2')), 'PrintJobQueued')).toEqual([
      expect.objectContaining({ deviceId: 'printer-2', assetId: NOTE, pages: 2 }),
    ]);
    expect(ofType(office(sys, print()), 'PrintJobQueued')).toEqual([
      expect.objectContaining({ deviceId: 'printer-1', assetId: NOTE }),
    ]);
  });

  it('shares through the named router, and through the first when none is named', () => {
    const sys = withEditedNote();
    expect(ofType(office(sys, share('network-2')), 'AssetShareSent')).toEqual([
      expect.objectContaining({ deviceId: 'network-2', assetId: NOTE }),
    ]);
    expect(ofType(office(sys, share()), 'AssetShareSent')).toEqual([
      expect.objectContaining({ deviceId: 'network-1', assetId: NOTE }),
    ]);
  });

  it('refuses a named device that cannot do the job, or does not exist, naming it', () => {
    const sys = withEditedNote();
    const refusals = (command: AnyCommand) => {
      const out = office(sys, command);
      expect(ofType(out, 'PrintJobQueued')).toEqual([]);
      expect(ofType(out, 'AssetShareSent')).toEqual([]);
      return ofType(out, 'CommandRefused');
    };
    expect(refusals(print('copier-1'))).toEqual([
      {
        deviceId: 'office',
        command: 'PRINT_ASSET',
        reasonKey: 'office.notAPrinter',
        params: { deviceId: 'copier-1' },
      },
    ]);
    expect(refusals(print('network-1'))).toEqual([
      expect.objectContaining({
        reasonKey: 'office.notAPrinter',
        params: { deviceId: 'network-1' },
      }),
    ]);
    expect(refusals(share('printer-1'))).toEqual([
      {
        deviceId: 'office',
        command: 'SHARE_ASSET',
        reasonKey: 'office.notANetwork',
        params: { deviceId: 'printer-1' },
      },
    ]);
    // A share actor lives on the router but is not one.
    office(sys, share('network-1'));
    expect(sys.actors.get('network-1-sh1')?.kind).toBe('share');
    expect(refusals(share('network-1-sh1'))).toEqual([
      expect.objectContaining({
        reasonKey: 'office.notANetwork',
        params: { deviceId: 'network-1-sh1' },
      }),
    ]);
    expect(refusals(share('nope'))).toEqual([
      expect.objectContaining({ reasonKey: 'office.unknownDevice', params: { deviceId: 'nope' } }),
    ]);
    expect(refusals(print('nope'))).toEqual([
      expect.objectContaining({ reasonKey: 'office.unknownDevice', params: { deviceId: 'nope' } }),
    ]);
  });

  it('a room without a printer or router still refuses as before', () => {
    const sys = OfficeSystem.create({ seed: 1, devices: [{ id: 'c', kind: 'computer' }] });
    expect(ofType(office(sys, print()), 'CommandRefused')).toEqual([
      expect.objectContaining({ reasonKey: 'office.noPrinter', params: {} }),
    ]);
    expect(ofType(office(sys, share()), 'CommandRefused')).toEqual([
      expect.objectContaining({ reasonKey: 'office.noNetwork', params: {} }),
    ]);
  });

  it('the device id is optional and checked like other ids; named commands replay', () => {
    const parse = (c: unknown) => officeCommandSchema.safeParse(c).success;
    expect(parse({ type: 'PRINT_ASSET', assetId: 'a', pages: 1 })).toBe(true);
    expect(parse({ type: 'PRINT_ASSET', assetId: 'a', pages: 1, deviceId: 'p' })).toBe(true);
    expect(parse({ type: 'PRINT_ASSET', assetId: 'a', pages: 1, deviceId: '' })).toBe(false);
    expect(
      parse({ type: 'SHARE_ASSET', assetId: 'a', client: 'c', deviceId: 'x'.repeat(65) }),
    ).toBe(false);
    const sys = withEditedNote();
    office(sys, print('printer-2'));
    office(sys, share('network-2'));
    settle(sys);
    expect(firstDivergence(sys.journal)).toBe(-1);
    expect(rebuildFromLog(sys.journal).state()).toEqual(sys.state());
  });
});

/**
 * A room of two smart binders and nothing else; returns `go`, which sends a
 * binder (or OFFICE) a command a second after the system's clock.
 */
function twoBinders() {
  const sys = OfficeSystem.create({
    seed: 7,
    devices: [
      { id: 'binder-1', kind: 'smart-binder' },
      { id: 'binder-2', kind: 'smart-binder' },
    ],
  });
  return (to: string, command: AnyCommand) => sys.send({ to, command }, sys.now + 1000);
}

describe('a query at the system terminal in a room with two binders', () => {
  it('goes to the binder that holds the paper, found by a similar name too', () => {
    const go = twoBinders();
    go('binder-1', {
      type: 'FILE',
      docId: 'a',
      name: 'Lease contract',
      category: 'contracts',
      info: '',
      assetId: null,
    });
    go('binder-2', {
      type: 'FILE',
      docId: 'b',
      name: 'Chair sketch v2',
      category: 'sketches',
      info: 'client Rossi',
      assetId: null,
    });
    const find = (query: string, match: 'exact' | 'fuzzy') =>
      go(OFFICE, { type: 'LOCATE_DOCUMENT', query, match, signal: 'light' })
        .filter((e) => e.type.startsWith('Binder'))
        .map((e) => [e.type, (e.payload as { deviceId: string }).deviceId]);
    expect(find('chair sketch v2', 'exact')).toEqual([['BinderSlotSignalled', 'binder-2']]);
    expect(find('Chiar sketch', 'fuzzy')).toEqual([['BinderSlotSignalled', 'binder-2']]);
    expect(find('rossi', 'fuzzy')).toEqual([['BinderSlotSignalled', 'binder-2']]);
    // Found nowhere: the first binder says so.
    expect(find('invoice', 'fuzzy')).toEqual([['BinderDocumentNotFound', 'binder-1']]);
    // A similar name in the first binder, the whole name in the second: the nearer one answers.
    go('binder-1', {
      type: 'FILE',
      docId: 'c',
      name: 'Chair sketch v2 (old)',
      category: 'sketches',
      info: '',
      assetId: null,
    });
    expect(find('Chair sketch v2', 'fuzzy')).toEqual([['BinderSlotSignalled', 'binder-2']]);
    expect(find('Chair sketch v2 (old)', 'fuzzy')).toEqual([['BinderSlotSignalled', 'binder-1']]);
  });
});

describe('two binders whose best matches are both whole', () => {
  /** `nameIn` holds a paper named "Rossi", the other a paper whose client entry is "Rossi". */
  function room(nameIn: 'binder-1' | 'binder-2') {
    const go = twoBinders();
    const file = (to: string, docId: string, name: string, info: string) =>
      go(to, { type: 'FILE', docId, name, category: 'documents', info, assetId: null });
    file(nameIn, 'named', 'Rossi', '');
    file(nameIn === 'binder-1' ? 'binder-2' : 'binder-1', 'client', 'Chair sketch', 'Rossi; villa');
    return (match: 'exact' | 'fuzzy') =>
      go(OFFICE, { type: 'LOCATE_DOCUMENT', query: 'rossi', match, signal: 'light' })
        .filter((e) => e.type === 'BinderSlotSignalled')
        .map((e) => (e.payload as { deviceId: string }).deviceId);
  }

  it('the paper of that whole name answers, not the one with it as a related-information entry', () => {
    // Before, both were distance 0 and the tie went to the first binder.
    expect(room('binder-2')('exact')).toEqual(['binder-2']);
    expect(room('binder-2')('fuzzy')).toEqual(['binder-2']);
    expect(room('binder-1')('exact')).toEqual(['binder-1']);
    expect(room('binder-1')('fuzzy')).toEqual(['binder-1']);
  });
});
