// A stored log that does not fit together, or a browser whose storage
// fails, reaches the person as a code worded in the language shown, naming
// the branch, the event and the field: end to end, from what IndexedDB
// (fake-indexeddb) holds through boot to the status bar's sentence.
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { CARRY_RULE } from '../../../src/app/binder-signals';
import type { Booted } from '../../../src/app/boot';
import { registry } from '../../../src/app/event-registry';
import { initI18n } from '../../../src/app/i18n/index';
import { problemText } from '../../../src/app/i18n/problem-text';
import { OfficeStore } from '../../../src/app/office-store';
import { attachPersistence } from '../../../src/app/persistence';
import type { Problem } from '../../../src/app/problem';
import type { BranchInfo } from '../../../src/core/branch-info';
import { DEFAULT_SNAPSHOT_EVERY } from '../../../src/core/branch-log';
import type { EventEnvelope } from '../../../src/core/envelope';
import { assembleTail } from '../../../src/core/persist/assemble-tail';
import { DB_NAME, DB_VERSION, openIdbStore } from '../../../src/core/persist/idb-store';
import { bootInIsolation, editStored, longLog, reload, settled } from './boot-helpers';
import { mustAppend, named, newWorkspace } from './helpers';

bootInIsolation();

const zh = initI18n('zh').t;
const en = initI18n('en').t;

type Chunk = { branchId: string; firstSeq: number; events: EventEnvelope[] };

/** Why this tab is not saving, as boot left it. */
function notSaving(b: Booted): Problem {
  const s = b.store.getSnapshot().storage;
  if (s.kind !== 'memory') throw new Error('saving');
  return s.reason;
}

type Say = (p: Problem, t: typeof en) => string;

/** The status bar's sentence, as StatusBar words it. */
const status: Say = (p, t) => t('status.memoryOnly', { reason: problemText(p, t) });

/** `p` as `say` words it (the bare refusal by default), in English and in 简体中文. */
function expectWords(p: Problem, english: string, chinese: string, say: Say = problemText) {
  expect(say(p, en)).toBe(english);
  expect(say(p, zh)).toBe(chinese);
}

/** A first run, stored; then `spoil` damages what IndexedDB holds, and the page reloads. */
async function reloadAfter(spoil: (first: Booted) => Promise<void>): Promise<Booted> {
  const first = await reload();
  await settled(first);
  await spoil(first);
  return reload();
}

const withoutSeq = (seq: number) => (c: Chunk) => ({
  ...c,
  events: c.events.filter((e) => e.seq !== seq),
});

describe('a stored log that does not fit together', () => {
  it('a seq gap in a chunk: not saving, naming the branch and the seqs', async () => {
    const b = await reloadAfter(() => editStored('chunks', withoutSeq(3)));
    const p = notSaving(b);
    expect(p).toEqual({
      kind: 'storedLog',
      error: {
        branch: 'Main',
        event: null,
        reason: { code: 'seqGap', params: { expected: 3, got: 4 } },
      },
    });
    expectWords(
      p,
      'Not saving: the saved office is damaged at branch “Main”: seq gap: expected 3, got 4. ' +
        'Your work stays in this tab; export it to keep it.',
      '无法保存：保存的办公室数据已损坏（分支“Main”）：序号不连续：应为 3，实际为 4。' +
        '工作仍保留在此标签页中，请导出以免丢失。',
      status,
    );
    // The office still opens, in memory.
    expect(b.store.edit([named('Still editable')]).ok).toBe(true);
  });

  it('a branch forking past its parent’s end is set aside: the others open and save, it stays as stored', async () => {
    let length = 0;
    const b = await reloadAfter(async (first) => {
      const ws = first.workspace;
      length = ws.current.log.length;
      const planB = ws.createBranch('Plan B', { branchId: ws.current.info.id, seq: 5 });
      ws.createBranch('What if', { branchId: planB.info.id, seq: 3 });
      await settled(first);
      await editStored<BranchInfo>('branches', (i) =>
        i.name === 'What if' ? { ...i, forkSeq: 9999 } : i,
      );
    });
    // Saving goes on, on the branches that open.
    expect(b.store.getSnapshot().storage).toEqual({ kind: 'idb' });
    expect(
      b.workspace
        .list()
        .map((i) => i.name)
        .sort(),
    ).toEqual(['Main', 'Plan B']);
    expect(b.workspace.setAsideBranches.map((d) => d.info.name)).toEqual(['What if']);
    const notice = b.store.getSnapshot().notice!;
    expect(notice).toMatchObject({
      kind: 'error',
      key: 'branches.setAside',
      params: { names: ['“What if”'] },
      reason: {
        kind: 'storedLog',
        error: {
          branch: 'What if',
          event: null,
          reason: { code: 'forkPastEnd', params: { forkSeq: 9999, length: 5 } },
        },
      },
    });
    expectWords(
      notice.reason!,
      'Could not open “What if” (left in storage as saved): the saved office is damaged at ' +
        'branch “What if”: it forks at event 9999, past the end of its parent (event 5)',
      '无法打开“What if”（已按原样保留在存储中）：保存的办公室数据已损坏（分支“What if”）：' +
        '它从第 9999 个事件分出，超出了父分支的末尾（第 5 个事件）',
      (p, t) => t(notice.key, { ...notice.params, reason: problemText(p, t) }),
    );
    // The branch it forks from may not be deleted: that would lose its prefix for good.
    const planB = b.workspace.list().find((i) => i.name === 'Plan B')!;
    expect(b.workspace.deleteBranch(planB.id)).toEqual({ ok: false, error: 'keptForSetAside' });
    // An edit is saved; the set-aside branch is still stored exactly as it was.
    mustAppend(b.workspace, [named('Still saving')]);
    await settled(b);
    const port = await openIdbStore();
    const stored = await port.load();
    port.close();
    expect(stored.branches.find((x) => x.info.name === 'What if')?.info.forkSeq).toBe(9999);
    expect(stored.branches.find((x) => x.info.name === 'Main')?.events.length).toBe(length + 1);
  });

  it('a damaged branch besides the one shown: the history still loads, that branch is set aside', async () => {
    const first = await longLog();
    const main = first.workspace.current;
    await editStored<BranchInfo>('branches', (i) =>
      i.name === 'fork' ? { ...i, forkSeq: 99_999 } : i,
    );
    const b = await reload();
    expect(b.workspace.current.log.base).toBe(DEFAULT_SNAPSHOT_EVERY);
    await b.history;
    expect(b.workspace.historyLoaded).toBe(true);
    expect([...b.workspace.current.log.all()]).toEqual([...main.log.all()]);
    expect(b.workspace.list().map((i) => i.name)).toEqual(['Main']);
    expect(b.store.getSnapshot().notice).toMatchObject({
      key: 'branches.setAside',
      params: { names: ['“fork”'] },
      reason: { error: { branch: 'fork', reason: { code: 'forkPastEnd' } } },
    });
  });

  it('two branches set aside for different reasons: the notice points to each one’s reason', async () => {
    const b = await reloadAfter(async (first) => {
      const ws = first.workspace;
      ws.createBranch('A', { branchId: ws.current.info.id, seq: 3 });
      ws.createBranch('B', { branchId: ws.current.info.id, seq: 4 });
      await settled(first);
      await editStored<BranchInfo>('branches', (i) =>
        i.name === 'A' ? { ...i, forkSeq: 9999 } : i.name === 'B' ? { ...i, parentId: 'gone' } : i,
      );
    });
    const notice = b.store.getSnapshot().notice!;
    expect(notice.key).toBe('branches.setAsideMany');
    expect(notice.reason).toBeUndefined();
    expect([...(notice.params!.names as string[])].sort()).toEqual(['“A”', '“B”']);
    expect(en(notice.key, notice.params)).toMatch(
      /^Could not open “[AB]” and “[AB]”: they are left in storage as saved, and listed under Branches with why\.$/,
    );
    const reasons = b.workspace.setAsideBranches.map((d) => d.error.reason.code).sort();
    expect(reasons).toEqual(['forkPastEnd', 'parentMissing']);
  });

  it('when no stored branch can be read, the office opens in memory and storage is left alone', async () => {
    const b = await reloadAfter(() => editStored('chunks', withoutSeq(2)));
    expect(notSaving(b)).toMatchObject({
      kind: 'storedLog',
      error: { branch: 'Main', reason: { code: 'seqGap' } },
    });
  });

  it('an event written by a newer version: its seq, type and field', async () => {
    const b = await reloadAfter(() =>
      editStored<Chunk>('chunks', (c) => ({
        ...c,
        events: c.events.map((e) => (e.seq === 2 ? { ...e, v: 99 } : e)),
      })),
    );
    const p = notSaving(b);
    expect(p).toMatchObject({
      kind: 'storedLog',
      error: { branch: 'Main', event: { seq: 2, type: 'RoomResized', path: 'v' } },
    });
    expectWords(
      p,
      'the saved office is damaged at branch “Main”, event 2 (RoomResized): v: ' +
        'version 99 is newer than this app reads (1); update the app',
      '保存的办公室数据已损坏（分支“Main”第 2 个事件 (RoomResized): v）：' +
        '版本 99 比本应用能读取的版本（1）新，请更新应用',
    );
  });

  it('a seq gap below the snapshot: the head opens from the tail, the older history says why it failed', async () => {
    await longLog();
    await editStored('chunks', withoutSeq(100));
    const b = await reload();
    expect(b.workspace.current.log.base).toBe(DEFAULT_SNAPSHOT_EVERY);
    await b.history;
    expect(b.workspace.historyLoaded).toBe(false);
    // Saving goes on: the head and the tail are sound.
    expect(b.store.getSnapshot().storage).toEqual({ kind: 'idb' });
    const notice = b.store.getSnapshot().notice!;
    expect(notice).toEqual({
      kind: 'error',
      // The state of things: an unrelated edit does not make it untrue, so it stays.
      about: 'state',
      key: 'timeline.historyFailed',
      reason: {
        kind: 'storedLog',
        error: {
          branch: 'Main',
          event: null,
          reason: { code: 'seqGap', params: { expected: 100, got: 101 } },
        },
      },
    });
    // As the status bar words a notice.
    expectWords(
      notice.reason!,
      'The older history could not be loaded: the saved office is damaged at branch “Main”: seq gap: expected 100, got 101',
      '无法加载较早的历史：保存的办公室数据已损坏（分支“Main”）：序号不连续：应为 100，实际为 101',
      (p, t) => t(notice.key, { reason: problemText(p, t) }),
    );
  });

  it('the branch shown is the damaged one: the person may set it aside and open the others', async () => {
    const first = await longLog();
    const main = first.workspace.current.info;
    first.workspace.createBranch('Other');
    first.workspace.switchTo(main.id);
    await settled(first);
    await editStored('chunks', withoutSeq(100));
    const storedMain = async () => {
      const port = await openIdbStore();
      const s = await port.load();
      port.close();
      return s.branches.find((x) => x.info.id === main.id)!.events;
    };
    const mainBefore = await storedMain();

    const b = await reload();
    await b.history;
    expect(b.workspace.historyFailed).toBe(true);
    expect(b.store.openOthers).not.toBeNull();
    // A follower tab may not: it would open branches its writer does not hold.
    const noop = () => {};
    b.store.setRole('follower', { propose: noop, undo: noop, redo: noop });
    b.store.openOthers!();
    expect(b.workspace.historyFailed).toBe(true);
    expect(b.workspace.current.info.id).toBe(main.id);
    b.store.setRole('writer', null);
    b.store.openOthers!();
    expect(b.workspace.historyLoaded).toBe(true);
    expect(b.workspace.current.info.name).toBe('Other');
    expect(b.workspace.list().map((i) => i.name)).toEqual(['Other']);
    // Main, and the fork that needs Main's events, are set aside.
    expect(b.workspace.setAsideBranches.map((d) => d.info.name).sort()).toEqual(['Main', 'fork']);
    expect(b.store.getSnapshot().notice?.key).toBe('branches.setAsideMany');
    expect(b.store.getSnapshot().historyProblem).toBeNull();

    // Work goes on in Other; Main is stored exactly as it was.
    mustAppend(b.workspace, [named('On Other')]);
    await settled(b);
    expect(await storedMain()).toEqual(mainBefore);
    // The next visit opens Other, and sets Main aside at once.
    const again = await reload();
    await again.history;
    expect(again.workspace.current.info.name).toBe('Other');
    expect(again.workspace.historyLoaded).toBe(true);
    expect(again.workspace.head.name).toBe('On Other');
  });

  it('a failed history stays shown with its reason, and a retry loads it once storage is sound again', async () => {
    const first = await longLog();
    const lost = first.workspace.current.log.all()[99]!;
    await editStored('chunks', withoutSeq(100));
    const b = await reload();
    await b.history;
    expect(b.workspace.historyFailed).toBe(true);
    // Another notice replaces the first; the view keeps why the history is missing.
    b.store.setNotice(null);
    const failed = b.store.getSnapshot();
    expect(failed.historyProblem).toMatchObject({
      kind: 'storedLog',
      error: { reason: { code: 'seqGap', params: { expected: 100, got: 101 } } },
    });
    expect(failed.historyLoaded).toBe(false);

    // Still damaged: the retry fails the same way and can be tried again.
    b.store.retryHistory!();
    expect(b.store.getSnapshot().historyProblem).toBeNull();
    await vi.waitFor(() => expect(b.store.getSnapshot().historyProblem).not.toBeNull());
    expect(b.store.retryHistory).not.toBeNull();

    // Repaired (the event put back where it was), the retry completes the log.
    const main = first.workspace.current.info.id;
    await editStored<Chunk>('chunks', (c) =>
      c.branchId === main && c.events.some((e) => e.seq === 101)
        ? { ...c, events: [...c.events, lost].sort((x, y) => x.seq - y.seq) }
        : c,
    );
    b.store.retryHistory!();
    await vi.waitFor(() => expect(b.store.getSnapshot().historyLoaded).toBe(true));
    const done = b.store.getSnapshot();
    expect(done.historyProblem).toBeNull();
    expect(b.store.retryHistory).toBeNull();
    expect([...b.workspace.current.log.all()]).toEqual([...first.workspace.current.log.all()]);
  });

  it('a seq gap after the snapshot: the tail is refused, then the full load names the gap', async () => {
    await longLog();
    const gap = DEFAULT_SNAPSHOT_EVERY + 100;
    await editStored('chunks', withoutSeq(gap));
    const port = await openIdbStore();
    const head = (await port.loadHead!())!;
    port.close();
    expect(assembleTail(head, registry, CARRY_RULE)).toEqual({
      ok: false,
      error: {
        branch: 'Main',
        event: null,
        reason: { code: 'seqGap', params: { expected: gap, got: gap + 1 } },
      },
    });
    const b = await reload();
    expect(notSaving(b)).toEqual({
      kind: 'storedLog',
      error: {
        branch: 'Main',
        event: null,
        reason: { code: 'seqGap', params: { expected: gap, got: gap + 1 } },
      },
    });
  });

  it('a snapshot failing its check is refused with a code, and boot opens in full instead', async () => {
    const first = await longLog();
    await editStored<{ snapshot: Record<string, unknown> }>('snapshots', (r) => ({
      ...r,
      snapshot: { ...r.snapshot, state: { items: 1 } },
    }));
    const port = await openIdbStore();
    const head = (await port.loadHead!())!;
    port.close();
    const refused = assembleTail(head, registry, CARRY_RULE);
    expect(refused).toEqual({
      ok: false,
      error: { branch: 'Main', event: null, reason: { code: 'snapshotUnusable', params: {} } },
    });
    if (refused.ok) return;
    const p: Problem = { kind: 'storedLog', error: refused.error };
    expectWords(
      p,
      'the saved office is damaged at branch “Main”: the saved snapshot does not fit the log',
      '保存的办公室数据已损坏（分支“Main”）：保存的快照与日志不符',
    );
    // The snapshot is a cache: nothing is shown, the log opens in full.
    const b = await reload();
    expect(b.store.getSnapshot().storage).toEqual({ kind: 'idb' });
    expect(b.workspace.current.log.complete).toBe(true);
    expect(b.workspace.head).toEqual(first.workspace.head);
  });
});

describe('the browser’s storage failing', () => {
  it('a database written by a newer version (VersionError)', async () => {
    const newer = await openDB(DB_NAME, 9);
    newer.close();
    const p = notSaving(await reload());
    expect(p).toMatchObject({ kind: 'storage', error: { code: 'newerVersion' } });
    const detail = p.kind === 'storage' ? p.error.params.detail : '';
    expect(detail).toMatch(/^VersionError: /);
    expectWords(
      p,
      'the saved office was written by a newer version of this app; reload to update it ' +
        `(the browser said: ${detail})`,
      `已保存的办公室数据由本应用的较新版本写入；请重新加载以更新（浏览器报告：${detail}）`,
    );
  });

  it('an open blocked by another tab holding an older version open', async () => {
    // As a tab of the previous version (v2: no snapshots) would: it does not close on versionchange.
    const older = await openDB(DB_NAME, 2, {
      upgrade(d) {
        d.createObjectStore('branches', { keyPath: 'id' });
        d.createObjectStore('meta');
        d.createObjectStore('chunks', { keyPath: ['branchId', 'firstSeq'] });
      },
    });
    const b = await reload();
    expect(notSaving(b)).toEqual({
      kind: 'storage',
      error: { code: 'blocked', params: { detail: '' } },
    });
    expect(problemText(notSaving(b), zh)).toBe(
      '另一个运行旧版本本应用的标签页占用着已保存的办公室数据；请关闭它并重新加载',
    );
    expect(b.store.edit([named('Still editable')]).ok).toBe(true);
    // When the old tab lets go, the late open is closed again, and the next load opens.
    older.close();
    const next = await reload();
    expect(next.store.getSnapshot().storage).toEqual({ kind: 'idb' });
  });

  it('a newer version upgrading in another tab: this tab lets go at once and says why', async () => {
    const port = await openIdbStore();
    // The newer version's open is not blocked by this tab.
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    newer.close();
    const s = await storageAfterOneWrite(port);
    expect(s).toEqual({
      kind: 'memory',
      reason: { kind: 'storage', error: { code: 'upgradedElsewhere', params: { detail: '' } } },
    });
    expectWords(
      (s as { reason: Problem }).reason,
      'a newer version of this app, open in another tab, has updated the saved office; reload this tab to go on saving',
      '另一个标签页中较新版本的本应用已更新保存的办公室数据；请重新加载此标签页以继续保存',
    );
  });

  it('a connection closed under the app (InvalidStateError)', async () => {
    const port = await openIdbStore();
    port.close();
    const s = await storageAfterOneWrite(port);
    expect(s).toMatchObject({
      kind: 'memory',
      reason: { kind: 'storage', error: { code: 'closed' } },
    });
    expect(problemText((s as { reason: Problem }).reason, en)).toMatch(
      /^the browser closed the connection to the saved office \(the browser said: InvalidStateError: .+\)$/,
    );
  });
});

/** Where saving stands after one edit written through `port`. */
async function storageAfterOneWrite(port: Awaited<ReturnType<typeof openIdbStore>>) {
  const ws = newWorkspace({ events: [] });
  const store = new OfficeStore(ws);
  const queue = attachPersistence(ws, store, port);
  mustAppend(ws, [named('a')]);
  await queue.flush();
  return store.getSnapshot().storage;
}
