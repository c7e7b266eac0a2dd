import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { named } from './helpers';

// No other tab here: without BroadcastChannel the link stays local, and an
// open channel would keep the test process alive.
vi.stubGlobal('BroadcastChannel', undefined);
afterAll(() => vi.unstubAllGlobals());

/** A fresh module graph: a reload of the page (same IndexedDB). */
async function reload() {
  vi.resetModules();
  const { boot } = await import('../../../src/app/boot');
  const { createOfficeRuntime } = await import('../../../src/app/office-runtime-host');
  return { booted: await boot(), createOfficeRuntime };
}

type Booted = Awaited<ReturnType<typeof reload>>['booted'];

/** Waits until IndexedDB holds the current branch as this tab has it (boot stores it in the background). */
async function settled(b: Booted) {
  const { openIdbStore } = await import('../../../src/core/persist/idb-store');
  const want = b.workspace.current;
  await vi.waitFor(
    async () => {
      await b.queue?.flush();
      const port = await openIdbStore();
      const s = await port.load();
      port.close();
      const mine = s.branches.find((x) => x.info.id === want.info.id);
      expect(mine?.events.at(-1)?.seq).toBe(want.log.length);
    },
    { timeout: 3000, interval: 10 },
  );
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

describe('boot', () => {
  it('a first run opens the default scene as the writer and stores it', async () => {
    const { booted } = await reload();
    const v = booted.store.getSnapshot();
    expect(v.branch.name).toBe('Main');
    expect(v.role).toBe('writer');
    expect(v.storage).toEqual({ kind: 'idb' });
    expect(Object.keys(v.head.items)).toContain('desk-1');
    await settled(booted);
    const again = await reload();
    expect(again.booted.workspace.list()).toEqual(booted.workspace.list());
    expect([...again.booted.workspace.current.log.all()]).toEqual([
      ...booted.workspace.current.log.all(),
    ]);
  });

  it('a reload restores the last open branch at its head, exactly', async () => {
    const first = (await reload()).booted;
    await settled(first);
    expect(first.store.edit([named('Before fork')]).ok).toBe(true);
    const ws = first.workspace;
    const fork = ws.createBranch('What if', { branchId: ws.current.info.id, seq: 5 });
    ws.switchTo(fork.info.id);
    first.store.edit([named('On the fork')]);
    await settled(first);
    expect(first.store.getSnapshot().unsaved).toBe(0);

    const second = (await reload()).booted;
    expect(second.workspace.current.info).toEqual(fork.info);
    expect(second.workspace.head).toEqual(ws.head);
    expect(second.workspace.head.name).toBe('On the fork');
    expect(second.workspace.list()).toHaveLength(2);
    // Undo history comes back from the log too.
    expect(second.workspace.canUndo()).toBe(true);
  });

  it('an edit made while boot is still storing the first scene is not lost', async () => {
    const first = (await reload()).booted;
    // At once: before boot's background catch-up has stored the default scene.
    expect(first.store.edit([named('Right away')]).ok).toBe(true);
    await settled(first);
    const second = (await reload()).booted;
    expect(second.store.getSnapshot().storage).toEqual({ kind: 'idb' });
    expect(second.workspace.head.name).toBe('Right away');
    expect([...second.workspace.current.log.all()]).toEqual([...first.workspace.current.log.all()]);
  });

  it('loads a log with device events, registering their types on the way', async () => {
    const { booted, createOfficeRuntime } = await reload();
    await settled(booted);
    const { ensureDeviceEvents } = await import('../../../src/app/event-registry');
    await ensureDeviceEvents();
    const rt = createOfficeRuntime(booted.store);
    expect(rt.start(42)).not.toBeNull();
    await settled(booted);
    const len = booted.workspace.current.log.length;

    const next = await reload();
    expect(next.booted.store.getSnapshot().storage).toEqual({ kind: 'idb' });
    expect(next.booted.workspace.current.log.length).toBe(len);
    expect(next.createOfficeRuntime(next.booted.store).system()!.state()).toEqual(
      rt.system()!.state(),
    );
  });

  it('without IndexedDB the office works in memory and says why', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const { booted } = await reload();
    const v = booted.store.getSnapshot();
    expect(v.storage).toMatchObject({ kind: 'memory' });
    expect(v.storage.kind === 'memory' && v.storage.reason).toContain('insecure');
    expect(booted.queue).toBeNull();
    expect(booted.store.edit([named('Still editable')]).ok).toBe(true);
    expect(booted.workspace.head.name).toBe('Still editable');
  });
});
