// The status bar's notice is the outcome of the person's last action: a
// refusal is replaced by what the next action did, and a success clears it
// (QA: "Model refused: the file is 0 bytes…" stayed after a good GLB was
// added; a refused X = 99 stayed through edits, undo and redo). Notices
// about the state of things (branches set aside, the history not loaded)
// stay until another notice replaces them.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { select } from '../../../src/app/editor-state';
import type { OfficeStore } from '../../../src/app/office-store';
import { problemOf } from '../../../src/app/problem';
import { CatalogPanel } from '../../../src/ui/CatalogPanel';
import { FileActions } from '../../../src/ui/FileActions';
import { Inspector } from '../../../src/ui/Inspector';
import { StatusBar } from '../../../src/ui/StatusBar';
import { Toolbar } from '../../../src/ui/Toolbar';
import { newStore } from '../app/helpers';
import { buildGlb } from '../layout/helpers/glb-builder';
import { region, renderWithStore, typeAndEnter } from './render';

afterEach(() => {
  cleanup();
  select([]);
});

function show(store: OfficeStore) {
  renderWithStore(
    store,
    <>
      <Toolbar mode="3d" onModeChange={() => {}} />
      <CatalogPanel />
      <FileActions />
      <Inspector />
      <StatusBar />
    </>,
  );
}

/** The store tells React a microtask later; act waits for it. */
const settle = () => act(async () => {});

const positionX = () =>
  region('Inspector').getByRole('spinbutton', { name: 'Position X (m)' }) as HTMLInputElement;

const alertText = () => screen.queryByRole('alert')?.textContent ?? null;

/** Hands a file to a FilePicker's input, as the file chooser does, and waits for its outcome. */
async function choose(store: OfficeStore, label: string, name: string, bytes: BlobPart) {
  const input = screen.getByLabelText(label, { selector: 'input' }) as HTMLInputElement;
  const was = store.getSnapshot();
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([bytes], name)] } });
  });
  // The file is read asynchronously; its outcome (a notice, an edit) changes the view.
  for (let i = 0; i < 100 && store.getSnapshot() === was; i++)
    await act(() => new Promise((r) => setTimeout(r, 5)));
  expect(store.getSnapshot(), 'the file had an outcome').not.toBe(was);
  await settle();
}

async function refuseX() {
  await typeAndEnter(positionX(), '99');
  expect(alertText()).toBe('Refused: Position X (m): too big: must be ≤ 20');
}

const undo = () => screen.getByRole('button', { name: 'Undo' });
const redo = () => screen.getByRole('button', { name: 'Redo' });

describe('a refusal notice is replaced by the outcome of the next action', () => {
  it('a successful edit clears the refusal before it', async () => {
    const store = newStore();
    select(['chair-1']);
    show(store);
    await refuseX();
    const before = store.getSnapshot().length;
    await typeAndEnter(positionX(), '1');
    expect(store.getSnapshot().length, 'the edit went in').toBe(before + 1);
    expect(alertText()).toBeNull();
    expect(screen.getByRole('status').textContent).not.toMatch(/Refused/);
  });

  it('undo and redo clear a refusal', async () => {
    const store = newStore();
    select(['chair-1']);
    show(store);
    await typeAndEnter(positionX(), '1');
    await refuseX();
    await act(async () => fireEvent.click(undo()));
    expect(positionX().value, 'undone').toBe('0.2');
    expect(alertText()).toBeNull();
    await refuseX();
    await act(async () => fireEvent.click(redo()));
    expect(positionX().value, 'redone').toBe('1');
    expect(alertText()).toBeNull();
  });

  it('a GLB the app takes clears the refusal of the empty one before it', async () => {
    const store = newStore();
    show(store);
    await choose(store, 'Import a 3D model (GLB)…', 'empty.glb', new Uint8Array(0));
    expect(alertText()).toMatch(/^Model refused: the file is 0 bytes/);
    const before = Object.keys(store.getSnapshot().head.items).length;
    const glb = buildGlb({
      meshes: [{ min: [0, 0, 0], max: [0.5, 0.5, 0.5] }],
      nodes: [{ mesh: 0 }],
    });
    await choose(store, 'Import a 3D model (GLB)…', 'box.glb', glb);
    expect(Object.keys(store.getSnapshot().head.items).length, 'the model was added').toBe(
      before + 1,
    );
    expect(alertText()).toBeNull();
  });

  it('an import replaces a refusal with its own outcome, and an export clears a refusal', async () => {
    const store = newStore();
    select(['chair-1']);
    show(store);
    await choose(store, 'Import file', 'list.json', '[]');
    expect(alertText()).toBe(
      'Import refused: the file as a whole: expected object, received array',
    );
    await refuseX();
    const exported = JSON.stringify({
      format: 'home-office-sim',
      version: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      branch: { name: 'Plan C' },
      events: store.workspace.current.log.all(),
    });
    await choose(store, 'Import file', 'plan-c.home-office.json', exported);
    expect(alertText()).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/Imported “Plan C” as a new branch\./);

    await refuseX();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export branch' })));
    expect(alertText()).toBeNull();
  });

  it('the same refusal twice is a new alert, so a screen reader says it again', async () => {
    const store = newStore();
    select(['chair-1']);
    show(store);
    await refuseX();
    const first = screen.getByRole('alert');
    await refuseX();
    const second = screen.getByRole('alert');
    expect(second).not.toBe(first);
    expect(first.isConnected).toBe(false);
    // Inside the polite status region, as before.
    expect(screen.getByRole('status').contains(second)).toBe(true);
  });
});

describe('a notice about the state of things stays through unrelated successes', () => {
  it('a set-aside branch or a history that failed to load is still told after an edit, undo and redo', async () => {
    const store = newStore();
    select(['chair-1']);
    show(store);
    for (const notice of [
      {
        kind: 'error',
        about: 'state',
        key: 'branches.setAsideMany',
        params: { names: ['“A”', '“B”'] },
      },
      {
        kind: 'error',
        about: 'state',
        key: 'timeline.historyFailed',
        reason: { kind: 'app', reason: { code: 'writerLacksHistory', params: {} } },
      },
    ] as const) {
      await act(async () => store.setNotice(notice));
      const said = alertText();
      expect(said).toBeTruthy();
      await typeAndEnter(positionX(), String(Number(positionX().value) + 0.1));
      await act(async () => fireEvent.click(undo()));
      await act(async () => fireEvent.click(redo()));
      expect(alertText(), notice.key).toBe(said);
    }
  });

  it('a refusal replaces it, and the success after that clears the refusal only', async () => {
    const store = newStore();
    select(['chair-1']);
    show(store);
    await act(async () =>
      store.setNotice({
        kind: 'error',
        about: 'state',
        key: 'branches.setAsideMany',
        params: { names: ['“A”', '“B”'] },
      }),
    );
    await refuseX();
    await typeAndEnter(positionX(), '1');
    expect(alertText()).toBeNull();
  });
});

// QA: the whole status bar was one polite live region, so a screen reader
// read "All changes saved, N events" after every edit.
describe('what the status bar reads out', () => {
  it('only notices are live: the save state and the event count change quietly', async () => {
    const store = newStore();
    select(['chair-1']);
    show(store);
    const live = screen.getByRole('status');
    await typeAndEnter(positionX(), '0.5');
    expect(store.getSnapshot().state.items['chair-1']!.x).toBe(0.5);
    expect(live.textContent).toBe('');
    expect(screen.getByText(/events?$/).closest('[role="status"]')).toBeNull();
    await typeAndEnter(positionX(), '99');
    expect(live.textContent).toMatch(/^Refused: Position X/);
  });

  it('a storage failure is an alert', async () => {
    const store = newStore();
    show(store);
    expect(alertText()).toBeNull();
    await act(async () =>
      store.setStorage({
        kind: 'memory',
        reason: problemOf(new DOMException('full', 'QuotaExceededError')),
      }),
    );
    expect(alertText()).toMatch(/^Not saving: /);
  });
});
