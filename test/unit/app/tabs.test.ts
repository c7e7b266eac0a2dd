import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../src/app/i18n/index';
import { problemText } from '../../../src/app/i18n/problem-text';
import { OfficeStore } from '../../../src/app/office-store';
import { TabLink } from '../../../src/app/tabs';
import type { Workspace } from '../../../src/core/workspace';
import {
  coreRegistry,
  defaultSceneEvents,
  mainInfo,
  moved,
  mustAppend,
  named,
  newWorkspace,
} from './helpers';

// Node 20 has BroadcastChannel: channels of one name in one process talk to
// each other (never to themselves), as two tabs of one origin do.

const open: TabLink[] = [];
afterEach(() => {
  for (const l of open.splice(0)) l.close();
});

function tab(ws: Workspace) {
  const store = new OfficeStore(ws);
  const link = new TabLink(ws, store);
  open.push(link);
  return { ws, store, link };
}

const sceneLength = defaultSceneEvents(coreRegistry()).length;
const settle = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 });
const logOf = (ws: Workspace, id = ws.current.info.id) => [...ws.branch(id)!.log.all()];

/** Both tabs hold the same branch, as if both loaded it from IndexedDB. */
function pair() {
  const writer = tab(newWorkspace({ idPrefix: 'a' }));
  const follower = tab(newWorkspace({ idPrefix: 'b' }));
  writer.link.becomeWriter();
  follower.link.becomeFollower();
  return { writer, follower };
}

describe('TabLink over BroadcastChannel', () => {
  it('forwards a follower’s edit to the writer, which appends and broadcasts it', async () => {
    const { writer, follower } = pair();
    expect(follower.store.getSnapshot().role).toBe('follower');
    const r = follower.store.edit([moved('plant-1', -1.5, 1.2)]);
    expect(r).toEqual({ ok: true, value: null });
    // Nothing is appended locally: only the writer gives events their seq.
    expect(follower.ws.current.log.length).toBe(sceneLength);
    await until(() => expect(follower.ws.current.log.length).toBe(sceneLength + 1));
    expect(writer.ws.current.log.length).toBe(sceneLength + 1);
    expect(logOf(follower.ws)).toEqual(logOf(writer.ws));
    expect(logOf(writer.ws).at(-1)!.id).toMatch(/^a/);
    expect(follower.ws.head.items['plant-1']).toMatchObject({ x: -1.5, z: 1.2 });
  });

  it('interleaved edits from both tabs end in one identical, gap-free log', async () => {
    const { writer, follower } = pair();
    for (let i = 0; i < 5; i++) {
      follower.store.edit([named(`f${i}`)]);
      writer.store.edit([named(`w${i}`)]);
    }
    const total = sceneLength + 10;
    await until(() => expect(follower.ws.current.log.length).toBe(total));
    await settle();
    const a = logOf(writer.ws);
    expect(a).toHaveLength(total);
    expect(a.map((e) => e.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(a.map((e) => e.id)).size).toBe(total);
    expect(logOf(follower.ws)).toEqual(a);
    const names = a.slice(sceneLength).map((e) => (e.payload as { name: string }).name);
    expect(names.filter((n) => n.startsWith('f'))).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
  });

  it('a follower that missed a message asks for a sync and catches up', async () => {
    const { writer, follower } = pair();
    await settle();
    // Appended behind the workspace's back: no broadcast, as if the message was lost.
    const hidden = writer.ws.current.log.append([named('lost')]);
    expect(hidden.ok).toBe(true);
    mustAppend(writer.ws, [named('after')]);
    await until(() => expect(follower.ws.current.log.length).toBe(sceneLength + 2));
    expect(logOf(follower.ws)).toEqual(logOf(writer.ws));
    expect(follower.ws.head.name).toBe('after');
  });

  it('an edit on a branch the writer no longer holds is refused naming the branch, not its id', async () => {
    const { writer, follower } = pair();
    // As after the writer set it aside (or deleted it while this tab missed the message).
    const gone = { ...mainInfo, id: 'plan-b', name: 'Plan B' };
    follower.ws.addBranch(gone, [...writer.ws.current.log.all()], { announce: false });
    follower.ws.switchTo(gone.id);
    follower.store.edit([named('lost?')]);
    await until(() => expect(follower.store.getSnapshot().notice).not.toBeNull());
    const notice = follower.store.getSnapshot().notice!;
    expect(notice.reason).toEqual({
      kind: 'app',
      reason: { code: 'branchGoneAtWriter', params: { name: 'Plan B' } },
    });
    const t = initI18n('en').t;
    expect(t(notice.key, { reason: problemText(notice.reason!, t) })).toBe(
      'Refused: the tab that saves this office no longer has branch “Plan B” (deleted or set aside there); switch branch or reload',
    );
  });

  it('forwards undo and redo to the writer', async () => {
    const { writer, follower } = pair();
    const x0 = writer.ws.head.items['plant-1']!.x;
    follower.store.edit([moved('plant-1', -1.2, 1.4)]);
    await until(() => expect(follower.ws.head.items['plant-1']!.x).toBe(-1.2));
    expect(follower.store.getSnapshot().canUndo).toBe(true);
    follower.store.undo();
    // The follower changes nothing itself; the writer's compensation comes back.
    expect(follower.ws.head.items['plant-1']!.x).toBe(-1.2);
    await until(() => expect(follower.ws.head.items['plant-1']!.x).toBe(x0));
    expect(writer.ws.head.items['plant-1']!.x).toBe(x0);
    follower.store.redo();
    await until(() => expect(follower.ws.head.items['plant-1']!.x).toBe(-1.2));
    expect(logOf(follower.ws)).toEqual(logOf(writer.ws));
    expect(follower.ws.current.log.length).toBe(sceneLength + 3);
  });

  it('announces branches created, renamed and deleted by the writer', async () => {
    const { writer, follower } = pair();
    mustAppend(writer.ws, [named('a'), named('b')]);
    const fork = writer.ws.createBranch('what if', { branchId: 'main', seq: sceneLength + 1 });
    mustAppend(writer.ws, [named('x')], fork.info.id);
    await until(() => expect(follower.ws.branch(fork.info.id)?.log.length).toBe(sceneLength + 2));
    expect(logOf(follower.ws, fork.info.id)).toEqual(logOf(writer.ws, fork.info.id));
    writer.ws.rename(fork.info.id, 'renamed');
    await until(() => expect(follower.ws.branch(fork.info.id)?.info.name).toBe('renamed'));
    writer.ws.deleteBranch(fork.info.id);
    await until(() => expect(follower.ws.branch(fork.info.id)).toBeUndefined());
    expect(follower.ws.list().map((b) => b.id)).toEqual(['main']);
  });

  it('a follower waiting for a writer syncs when one announces itself', async () => {
    const lagging = tab(newWorkspace({ idPrefix: 'b' }));
    lagging.link.becomeFollower();
    await settle();
    const ahead = newWorkspace({ idPrefix: 'a' });
    mustAppend(ahead, [named('one'), named('two')]);
    const writer = tab(ahead);
    writer.link.becomeWriter();
    await until(() => expect(lagging.ws.current.log.length).toBe(sceneLength + 2));
    expect(logOf(lagging.ws)).toEqual(logOf(ahead));
  });

  it('a follower that booted empty drops its own default branch for the writer’s', async () => {
    const writer = tab(newWorkspace({ idPrefix: 'a' }));
    writer.link.becomeWriter();
    mustAppend(writer.ws, [named('stored')]);
    const fresh = newWorkspace({ idPrefix: 'b' });
    const prov = { ...fresh.current.info, id: 'provisional' };
    fresh.addBranch(prov, defaultSceneEvents(coreRegistry()), { announce: false });
    fresh.switchTo('provisional');
    fresh.deleteBranch('main');
    const follower = tab(fresh);
    follower.link.becomeFollower('provisional');
    await until(() => expect(follower.ws.current.info.id).toBe('main'));
    expect(follower.ws.list().map((b) => b.id)).toEqual(['main']);
    expect(logOf(follower.ws)).toEqual(logOf(writer.ws));
    // Edits now name a branch the writer has.
    follower.store.edit([named('from follower')]);
    await until(() => expect(writer.ws.head.name).toBe('from follower'));
  });
});
