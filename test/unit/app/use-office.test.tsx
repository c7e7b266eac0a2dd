import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfficeStore } from '../../../src/app/office-store';
import { OfficeStoreContext, shallowArrayEqual, useOffice } from '../../../src/app/use-office';
import { moved, named, newStore } from './helpers';

afterEach(cleanup);

function Harness({ store, children }: { store: OfficeStore; children: React.ReactNode }) {
  return <OfficeStoreContext.Provider value={store}>{children}</OfficeStoreContext.Provider>;
}

/** Renders per component since the last reset. */
let renders: Record<string, number> = {};
const bump = (id: string) => {
  renders[id] = (renders[id] ?? 0) + 1;
};
beforeEach(() => {
  renders = {};
});

function Item({ id }: { id: string }) {
  const item = useOffice((v) => v.state.items[id]);
  bump(id);
  return <span data-testid={id}>{item ? `${item.x},${item.z}` : 'gone'}</span>;
}

function Ids() {
  const ids = useOffice((v) => Object.keys(v.state.items), shallowArrayEqual);
  bump('ids');
  return <span data-testid="ids">{ids.length}</span>;
}

describe('useOffice', () => {
  it('re-renders a component only when the item it selects changes', async () => {
    const store = newStore();
    const count = Object.keys(store.workspace.head.items).length;
    render(
      <Harness store={store}>
        <Item id="plant-1" />
        <Item id="lamp-1" />
        <Ids />
      </Harness>,
    );
    expect(renders).toEqual({ 'plant-1': 1, 'lamp-1': 1, ids: 1 });

    await act(async () => {
      store.edit([moved('lamp-1', -1.5, 0.8)]);
    });
    expect(screen.getByTestId('lamp-1').textContent).toBe('-1.5,0.8');
    expect(renders).toEqual({ 'plant-1': 1, 'lamp-1': 2, ids: 1 });

    // A change to no item re-renders none of them.
    await act(async () => {
      store.edit([named('renamed')]);
      store.setUnsaved(3);
    });
    expect(renders).toEqual({ 'plant-1': 1, 'lamp-1': 2, ids: 1 });

    await act(async () => {
      store.edit([{ type: 'ItemsRemoved', payload: { ids: ['plant-1'] } }]);
    });
    expect(screen.getByTestId('plant-1').textContent).toBe('gone');
    expect(screen.getByTestId('ids').textContent).toBe(String(count - 1));
    expect(renders).toEqual({ 'plant-1': 2, 'lamp-1': 2, ids: 2 });
  });

  it('shows the past while the timeline cursor is back, and the head again after', async () => {
    const store = newStore();
    const len = store.workspace.current.log.length;
    const placed = store.workspace.current.log
      .all()
      .find(
        (e) =>
          e.type === 'ItemPlaced' && (e.payload as { item: { id: string } }).item.id === 'plant-1',
      )!;
    render(
      <Harness store={store}>
        <Item id="plant-1" />
      </Harness>,
    );
    await act(async () => {
      store.edit([moved('plant-1', -1.2, 1.1)]);
    });
    expect(screen.getByTestId('plant-1').textContent).toBe('-1.2,1.1');
    await act(async () => store.viewAt(len));
    expect(screen.getByTestId('plant-1').textContent).toBe('-1.8,1.5');
    // Just before the plant was placed.
    await act(async () => store.viewAt(placed.seq - 1));
    expect(screen.getByTestId('plant-1').textContent).toBe('gone');
    await act(async () => store.viewAt(null));
    expect(screen.getByTestId('plant-1').textContent).toBe('-1.2,1.1');
  });

  it('throws a clear error outside the provider', () => {
    const spy = console.error;
    console.error = () => {};
    try {
      expect(() => render(<Item id="x" />)).toThrow('useOfficeStore outside <OfficeStoreContext>');
    } finally {
      console.error = spy;
    }
  });
});
