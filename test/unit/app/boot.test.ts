import { describe, expect, it, vi } from 'vitest';
import { bootInIsolation, reload, settled } from './boot-helpers';
import { named } from './helpers';

bootInIsolation();

describe('boot', () => {
  it('a first run opens the default scene as the writer and stores it', async () => {
    const booted = await reload();
    const v = booted.store.getSnapshot();
    expect(v.branch.name).toBe('Main');
    expect(v.role).toBe('writer');
    expect(v.storage).toEqual({ kind: 'idb' });
    expect(Object.keys(v.head.items)).toContain('desk-1');
    await settled(booted);
    const again = await reload();
    expect(again.workspace.list()).toEqual(booted.workspace.list());
    expect([...again.workspace.current.log.all()]).toEqual([...booted.workspace.current.log.all()]);
  });

  it('names the first branch in the language shown at the first run; later it is the user’s', async () => {
    const { initI18n } = await import('../../../src/app/i18n/index');
    const zh = initI18n('zh');
    const first = await reload({ firstBranchName: zh.t('branches.main') });
    expect(first.store.getSnapshot().branch.name).toBe('主线');
    await settled(first);
    // A later visit in another language does not rename the stored branch.
    const again = await reload({ firstBranchName: initI18n('en').t('branches.main') });
    expect(again.store.getSnapshot().branch.name).toBe('主线');
  });

  it('a reload restores the last open branch at its head, exactly', async () => {
    const first = await reload();
    await settled(first);
    expect(first.store.edit([named('Before fork')]).ok).toBe(true);
    const ws = first.workspace;
    const fork = ws.createBranch('What if', { branchId: ws.current.info.id, seq: 5 });
    ws.switchTo(fork.info.id);
    first.store.edit([named('On the fork')]);
    await settled(first);
    expect(first.store.getSnapshot().unsaved).toBe(0);

    const second = await reload();
    expect(second.workspace.current.info).toEqual(fork.info);
    expect(second.workspace.head).toEqual(ws.head);
    expect(second.workspace.head.name).toBe('On the fork');
    expect(second.workspace.list()).toHaveLength(2);
    // Undo history comes back from the log too.
    expect(second.workspace.canUndo()).toBe(true);
  });

  it('an edit made while boot is still storing the first scene is not lost', async () => {
    const first = await reload();
    // At once: before boot's background catch-up has stored the default scene.
    expect(first.store.edit([named('Right away')]).ok).toBe(true);
    await settled(first);
    const second = await reload();
    expect(second.store.getSnapshot().storage).toEqual({ kind: 'idb' });
    expect(second.workspace.head.name).toBe('Right away');
    expect([...second.workspace.current.log.all()]).toEqual([...first.workspace.current.log.all()]);
  });

  it('loads a log with device events, registering their types on the way', async () => {
    const booted = await reload();
    // From the same module graph as this boot.
    const { createOfficeRuntime } = await import('../../../src/app/office-runtime-host');
    await settled(booted);
    const { ensureDeviceEvents } = await import('../../../src/app/event-registry');
    await ensureDeviceEvents();
    const rt = createOfficeRuntime(booted.store);
    expect(rt.start(42)).not.toBeNull();
    await settled(booted);
    const len = booted.workspace.current.log.length;

    const next = await reload();
    const host = await import('../../../src/app/office-runtime-host');
    expect(next.store.getSnapshot().storage).toEqual({ kind: 'idb' });
    expect(next.workspace.current.log.length).toBe(len);
    expect(host.createOfficeRuntime(next.store).system()!.state()).toEqual(rt.system()!.state());
  });

  it('without IndexedDB the office works in memory and says why', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const booted = await reload();
    const v = booted.store.getSnapshot();
    expect(v.storage).toEqual({
      kind: 'memory',
      reason: {
        kind: 'storage',
        error: {
          code: 'unavailable',
          params: { detail: 'SecurityError: The operation is insecure.' },
        },
      },
    });
    expect(booted.queue).toBeNull();
    expect(booted.store.edit([named('Still editable')]).ok).toBe(true);
    expect(booted.workspace.head.name).toBe('Still editable');
  });
});
