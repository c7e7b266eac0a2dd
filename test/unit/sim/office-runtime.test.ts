import { describe, expect, it } from 'vitest';
import { deviceEventDefinitions } from '../../../models';
import { coreEventDefinitions } from '../../../src/core/events/core-definitions';
import { createRegistry } from '../../../src/core/registry';
import type { Workspace } from '../../../src/core/workspace';
import { OfficeRuntime, type RuntimeHost } from '../../../src/sim/office-runtime';
import { defaultSceneEvents, moved, mustAppend, newWorkspace } from '../app/helpers';

const registry = () => createRegistry([...coreEventDefinitions, ...deviceEventDefinitions]);

function host(ws: Workspace): RuntimeHost & { appends: number } {
  const h = {
    appends: 0,
    events: () => ws.current.log.all(),
    head: () => ws.head,
    append: (events: Parameters<RuntimeHost['append']>[0]) => {
      h.appends++;
      return ws.append(events).ok ? ('appended' as const) : ('refused' as const);
    },
  };
  return h;
}

function office(idPrefix = 'w') {
  const reg = registry();
  const ws = newWorkspace({ registry: reg, events: defaultSceneEvents(reg), idPrefix });
  const rt = new OfficeRuntime(host(ws));
  return { ws, rt };
}

const types = (es: readonly { type: string }[] | null) => (es ?? []).map((e) => e.type);
const fileDoc = (rt: OfficeRuntime, docId: string, name: string) =>
  rt.send('binder-1', { type: 'FILE', docId, name, category: 'sketches', info: '', assetId: null });
const locate = (rt: OfficeRuntime, query: string) =>
  rt.send('office', { type: 'LOCATE_DOCUMENT', query, match: 'fuzzy', signal: 'both' });

function nonDecreasingAt(ws: Workspace) {
  const ats = ws.current.log.all().map((e) => e.at);
  expect(ats.every((t, i) => i === 0 || t >= ats[i - 1]!)).toBe(true);
}

describe('OfficeRuntime', () => {
  it('offers devices placed after the start to join; joined, they run, and a rebuild has them', () => {
    const { ws, rt } = office();
    rt.start(42);
    fileDoc(rt, 'd1', 'Villa');
    expect(rt.newcomers()).toEqual([]);
    const printer = { ...ws.head.items['aio-1']!, id: 'printer-9', kind: 'printer', x: -1, z: -1 };
    mustAppend(ws, [{ type: 'ItemPlaced', payload: { item: printer } }]);
    expect(rt.newcomers()).toEqual([{ id: 'printer-9', kind: 'printer' }]);
    const joined = rt.joinNewcomers();
    expect(types(joined)).toEqual(['DevicesJoined']);
    const logged = ws.current.log.all().at(-1)!;
    expect([logged.type, logged.source]).toEqual(['DevicesJoined', 'user']);
    expect(rt.newcomers()).toEqual([]);
    expect(rt.joinNewcomers()).toBeNull();
    // The binder kept its paper; a fresh runtime reading the log has both.
    const again = new OfficeRuntime(host(ws)).system()!;
    expect(again.actors.has('printer-9')).toBe(true);
    expect(Object.keys((again.stateOf('binder-1')!.context as { docs: object }).docs)).toEqual([
      'd1',
    ]);
    nonDecreasingAt(ws);
  });

  it('is idle before a start, then starts with the devices standing in the room', () => {
    const { ws, rt } = office();
    expect(rt.system()).toBeNull();
    expect(rt.advance(1000)).toBeNull();
    // The default room holds the essay's devices; the scanner dock is furniture.
    expect(rt.devicesInRoom()).toEqual([
      { id: 'computer-1', kind: 'computer' },
      { id: 'binder-1', kind: 'smart-binder' },
      { id: 'aio-1', kind: 'all-in-one' },
      { id: 'eboard-1', kind: 'e-board' },
      { id: 'scanner-1', kind: 'handheld-scanner' },
      { id: 'recorder-1', kind: 'audio-recorder' },
      { id: 'router-1', kind: 'network' },
    ]);
    const started = rt.start(42);
    expect(types(started)[0]).toBe('OfficeSystemStarted');
    const last = ws.current.log.all().find((e) => e.type === 'OfficeSystemStarted')!;
    expect(last.source).toBe('user');
    expect(last.payload).toMatchObject({ seed: 42, devices: rt.devicesInRoom() });
    expect(rt.system()).not.toBeNull();
  });

  it('files and locates a document; the signal stops by itself after 2 minutes', () => {
    const { ws, rt } = office();
    rt.start(7);
    const filed = fileDoc(rt, 'doc-1', 'Floor plan');
    expect(types(filed)).toContain('BinderDocumentFiled');
    const found = locate(rt, 'Floor plan');
    expect(types(found)).toContain('BinderSlotSignalled');
    const signalled = ws.current.log.all().find((e) => e.type === 'BinderSlotSignalled')!;
    expect(signalled.source).toBe('sim');

    // One minute: nothing due yet.
    expect(types(rt.advance(60_000))).not.toContain('BinderSignalStopped');
    const later = rt.advance(120_000);
    expect(types(later)).toContain('BinderSignalStopped');
    const stopped = ws.current.log.all().find((e) => e.type === 'BinderSignalStopped')!;
    // The timer fires at its due time, before the clock reaches the end of the advance.
    expect(stopped.at).toBe(signalled.at + 120_000);
    const end = ws.current.log.all().at(-1)!;
    expect(end.at).toBe(signalled.at + 180_000);
    expect(rt.system()!.now).toBe(180_000);
    nonDecreasingAt(ws);
  });

  it('runToNextEvent jumps straight to the next due timer', () => {
    const { ws, rt } = office();
    rt.start(1);
    fileDoc(rt, 'doc-1', 'Contract');
    locate(rt, 'Contract');
    const before = rt.system()!.now;
    const out = rt.runToNextEvent();
    expect(types(out)).toContain('BinderSignalStopped');
    expect(rt.system()!.now).toBe(before + 120_000);
    nonDecreasingAt(ws);
  });

  it('a fresh runtime over the same log rebuilds the same system state', () => {
    const { ws, rt } = office();
    rt.start(3);
    fileDoc(rt, 'doc-1', 'Sketch A');
    fileDoc(rt, 'doc-2', 'Sketch B');
    locate(rt, 'Sketch B');
    rt.advance(30_000);
    const again = new OfficeRuntime(host(ws));
    expect(again.system()!.state()).toEqual(rt.system()!.state());
    const binder = again.system()!.state().actors['binder-1']!.context as { docs: object };
    expect(Object.keys(binder.docs)).toEqual(['doc-1', 'doc-2']);
  });

  it('keeps working after an undo of an unrelated item edit', () => {
    const { ws, rt } = office();
    rt.start(5);
    fileDoc(rt, 'doc-1', 'Brief');
    mustAppend(ws, [moved('plant-1', -1.5, 1.2)]);
    const sys = rt.system();
    ws.undo();
    expect(ws.head.items['plant-1']!.x).toBe(-1.8);
    // The tail holds no device events: the cached system is still good.
    expect(rt.system()).toBe(sys);
    expect(types(locate(rt, 'Brief'))).toContain('BinderSlotSignalled');
    expect(types(rt.advance(120_000))).toContain('BinderSignalStopped');
    nonDecreasingAt(ws);
    expect(new OfficeRuntime(host(ws)).system()!.state()).toEqual(rt.system()!.state());
  });

  it('rebuilds when device events arrive from elsewhere (another tab)', () => {
    const a = office('a');
    const b = office('b');
    a.rt.start(9);
    b.ws.appendTrusted('main', a.ws.current.log.all().slice(b.ws.current.log.length));
    const bSys = b.rt.system();
    expect(bSys!.state()).toEqual(a.rt.system()!.state());
    fileDoc(a.rt, 'doc-1', 'Elevation');
    b.ws.appendTrusted('main', a.ws.current.log.all().slice(b.ws.current.log.length));
    const rebuilt = b.rt.system()!;
    expect(rebuilt).not.toBe(bSys);
    expect(rebuilt.state()).toEqual(a.rt.system()!.state());
    expect(types(locate(b.rt, 'Elevation'))).toContain('BinderSlotSignalled');
  });

  it('after an undo of the start itself, the office is idle again', () => {
    const { ws, rt } = office();
    const start = ws.current.log.length;
    rt.start(11);
    expect(rt.system()).not.toBeNull();
    // A new branch from before the start: the runtime follows the log shown.
    const fork = ws.createBranch('before', { branchId: 'main', seq: start });
    ws.switchTo(fork.info.id);
    expect(rt.system()).toBeNull();
    ws.switchTo('main');
    expect(rt.system()).not.toBeNull();
  });

  it('follows a switch between branches of equal length that differ after the fork', () => {
    const { ws, rt } = office();
    rt.start(4);
    const forkAt = ws.current.log.length;
    fileDoc(rt, 'doc-1', 'Main only');
    const mainState = rt.system()!.state();
    const fork = ws.createBranch('other', { branchId: 'main', seq: forkAt });
    ws.switchTo(fork.info.id);
    fileDoc(rt, 'doc-2', 'Fork only');
    expect(ws.current.log.length).toBe(ws.branch('main')!.log.length);
    const forkState = rt.system()!.state();
    const docs = (st: typeof mainState) =>
      Object.keys((st.actors['binder-1']!.context as { docs: object }).docs);
    expect(docs(mainState)).toEqual(['doc-1']);
    expect(docs(forkState)).toEqual(['doc-2']);
    ws.switchTo('main');
    expect(rt.system()!.state()).toEqual(mainState);
    ws.switchTo(fork.info.id);
    expect(rt.system()!.state()).toEqual(forkState);
    // A fork that is longer only by item edits still gets its own system.
    mustAppend(ws, [moved('plant-1', -1.5, 1.2)]);
    ws.switchTo('main');
    mustAppend(ws, [moved('plant-1', -1.4, 1.2), moved('lamp-1', -1.5, 0.9)]);
    ws.switchTo(fork.info.id);
    expect(rt.system()!.state()).toEqual(forkState);
  });

  it('refused appends leave nothing behind and the runtime rebuilds from the log', () => {
    const { ws, rt } = office();
    rt.start(2);
    const len = ws.current.log.length;
    const failing = new OfficeRuntime({ ...host(ws), append: () => 'refused' });
    expect(fileDoc(failing, 'doc-1', 'X')).toBeNull();
    expect(ws.current.log.length).toBe(len);
    expect(failing.system()!.state()).toEqual(rt.system()!.state());
  });

  it('a forwarded batch is told, but the system is read from the log until the writer sends it back', () => {
    const { ws, rt } = office();
    rt.start(2);
    const len = ws.current.log.length;
    const before = rt.system()!.state();
    // A follower tab: the writer receives the batch and may refuse it.
    const follower = new OfficeRuntime({ ...host(ws), append: () => 'forwarded' });
    const sent = fileDoc(follower, 'doc-1', 'X');
    expect(sent?.map((e) => e.type)).toContain('BinderDocumentFiled');
    expect(ws.current.log.length).toBe(len);
    // No phantom: the document is not filed until the log says so.
    const after = follower.system()!;
    expect(after.state()).toEqual(before);
    expect(Object.keys((after.stateOf('binder-1')!.context as { docs: object }).docs)).toEqual([]);
  });
});
