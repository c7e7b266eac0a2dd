// A log whose office start carries a device parameter the device cannot run
// with (a negative save time, a chance above 1, a misspelt key) is refused
// like any other bad field: named down to the device and the parameter, in
// the language shown, and nothing of the file is applied.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureDeviceEvents, registry } from '../../../src/app/event-registry';
import { exportCurrentBranch, importText } from '../../../src/app/file-commands';
import { initI18n } from '../../../src/app/i18n/index';
import { problemText } from '../../../src/app/i18n/problem-text';
import { OfficeStore } from '../../../src/app/office-store';
import type { WorkspaceChange } from '../../../src/core/workspace';
import { OfficeRuntime } from '../../../src/sim/office-runtime';
import { newWorkspace } from './helpers';

interface Spec {
  id: string;
  kind: string;
  params?: Record<string, unknown>;
}
interface FileEvent {
  type: string;
  payload: { devices?: Spec[] };
}

let store: OfficeStore;
let changes: WorkspaceChange[];
beforeAll(() => ensureDeviceEvents());
beforeEach(() => {
  store = new OfficeStore(newWorkspace({ registry }));
  const ws = store.workspace;
  // The office started from the room, as the Devices panel does, and used once after.
  const rt = new OfficeRuntime({
    events: () => ws.current.log.all(),
    head: () => ws.head,
    append: (events) => (ws.append(events).ok ? 'appended' : 'refused'),
  });
  rt.start(42);
  rt.send('binder-1', {
    type: 'FILE',
    docId: 'd1',
    name: 'Lease',
    category: 'contracts',
    info: '',
    assetId: null,
  });
  changes = [];
  ws.subscribe((c) => changes.push(c));
});

/** The open branch exported, its office start's devices changed by `edit`. */
function withDevices(edit: (devices: Spec[]) => void): { index: number; text: string } {
  const file = JSON.parse(exportCurrentBranch(store).json) as { events: FileEvent[] };
  const index = file.events.findIndex((e) => e.type === 'OfficeSystemStarted');
  const devices = file.events[index]!.payload.devices!;
  edit(devices);
  return { index, text: JSON.stringify(file) };
}
const at = (devices: Spec[], id: string) => {
  const i = devices.findIndex((d) => d.id === id);
  return { i, spec: devices[i]! };
};

function refused(text: string) {
  const r = importText(store, text, text.length);
  if (r.ok) throw new Error('imported');
  return (lang: 'en' | 'zh') => problemText({ kind: 'file', error: r.error }, initI18n(lang).t);
}

describe('importing a log with a bad device parameter', () => {
  it('a negative save time is refused, naming the event, device and field, in English and 简体中文', () => {
    let i = -1;
    const { index, text } = withDevices((ds) => {
      const e = at(ds, 'eboard-1');
      i = e.i;
      e.spec.params = { saveMs: -5 };
    });
    const said = refused(text);
    const where = `events[${index}] (OfficeSystemStarted): payload.devices[${i}].params.saveMs`;
    expect(said('en')).toBe(`${where}: too small: must be ≥ 0`);
    expect(said('zh')).toBe(`${where}：太小：应 ≥ 0`);
  });

  it('a word for a time, a chance of 3, a misspelt key and bad counts are each refused at their field', () => {
    const long = 'x'.repeat(41);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['eboard-1', { saveMs: 'soon' }, 'params.saveMs: expected number, received string'],
      ['eboard-1', { uploadFailureProbability: 3 }, 'params.uploadFailureProbability: too big'],
      ['eboard-1', { saveMS: 10 }, 'params: unknown fields: saveMS'],
      ['aio-1', { queueCapacity: 0 }, 'params.queueCapacity: too small: must be ≥ 1'],
      ['binder-1', { categories: {} }, 'params.categories: too short: must have ≥ 1 entries'],
      // A bad record key is told by its own issue, not as a bare "invalid".
      [
        'binder-1',
        { categories: { [long]: 1 } },
        `params.categories.${long}: too long: must have ≤ 40 characters`,
      ],
    ];
    for (const [id, params, expected] of cases) {
      let i = -1;
      const { text } = withDevices((ds) => {
        const e = at(ds, id);
        i = e.i;
        e.spec.params = params;
      });
      expect(refused(text)('en')).toContain(`payload.devices[${i}].${expected}`);
    }
  });

  it('a rule between two parameters is judged with the defaults, at the field the file set', () => {
    let i = -1;
    const { text } = withDevices((ds) => {
      const e = at(ds, 'recorder-1');
      i = e.i;
      e.spec.params = { confidenceMin: 0.98 };
    });
    expect(refused(text)('en')).toContain(
      `payload.devices[${i}].params.confidenceMin: too big: must be ≤ 0.97`,
    );
  });

  it('applies nothing: no branch, no switch, the same state', () => {
    const before = store.workspace.list();
    const head = store.workspace.head;
    const log = store.workspace.current.log.length;
    const { text } = withDevices((ds) => {
      at(ds, 'eboard-1').spec.params = { saveMs: -5 };
    });
    expect(importText(store, text, text.length).ok).toBe(false);
    expect(store.workspace.list()).toEqual(before);
    expect(store.workspace.current.info.id).toBe('main');
    expect(store.workspace.head).toBe(head);
    expect(store.workspace.current.log.length).toBe(log);
    expect(changes).toEqual([]);
  });

  it('the same log with valid overrides imports, and they reach the devices', () => {
    const { text } = withDevices((ds) => {
      at(ds, 'eboard-1').spec.params = { saveMs: 10, uploadFailureProbability: 0.4 };
      at(ds, 'binder-1').spec.params = { categories: { contracts: 2 } };
    });
    const r = importText(store, text, text.length);
    expect(r.ok).toBe(true);
    const ws = store.workspace;
    const sys = new OfficeRuntime({
      events: () => ws.current.log.all(),
      head: () => ws.head,
      append: () => 'refused',
    }).system();
    const binder = sys?.actors.get('binder-1')?.built.binder;
    expect(binder?.categories).toEqual({ contracts: 2 });
  });
});
