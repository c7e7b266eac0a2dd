import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { registry } from '../../../src/app/event-registry';
import { OfficeStore } from '../../../src/app/office-store';
import { DevicesPanel } from '../../../src/ui/DevicesPanel';
import { newWorkspace } from '../app/helpers';
import { renderWithStore } from './render';

afterEach(cleanup);

function renderPanel() {
  // The app's registry: the panel plugs the device events into it, as in the app.
  const store = new OfficeStore(newWorkspace({ registry }));
  renderWithStore(store, <DevicesPanel />);
  return store;
}

const outcome = () => screen.queryByRole('status')?.textContent ?? null;

describe('the devices panel’s outcome line', () => {
  it('tells what the last command did until something else is logged after it', async () => {
    const store = renderPanel();
    const start = await screen.findByRole('button', { name: 'Start the office system' });
    // Enabled once the device models are loaded.
    await waitFor(() => expect((start as HTMLButtonElement).disabled).toBe(false));
    await act(async () => start.click());
    expect(outcome()).toMatch(/events? logged/);

    // The clock moved by a command: still the latest news.
    await act(async () => screen.getByRole('button', { name: '+1 min' }).click());
    const afterAdvance = outcome();
    expect(afterAdvance).not.toBeNull();

    // An edit of the room is logged after it: the outcome is old news.
    const [id, item] = Object.entries(store.getSnapshot().state.items)[0]!;
    await act(async () => {
      const r = store.edit([
        {
          type: 'ItemsMoved',
          payload: {
            moves: [
              {
                id,
                x: item.x + 0.05,
                z: item.z,
                rotation: item.rotation,
                elevation: item.elevation,
                parentId: item.parentId,
              },
            ],
          },
          source: 'user',
          meta: { gesture: 'g-move' },
        },
      ]);
      expect(r.ok).toBe(true);
    });
    expect(outcome()).toBeNull();
    // Undoing that edit is news too: the outcome does not come back.
    await act(async () => store.undo());
    expect(store.getSnapshot().state.items[id]!.x).toBe(item.x);
    expect(outcome()).toBeNull();

    // The next command has its own outcome again.
    await act(async () => screen.getByRole('button', { name: '+1 min' }).click());
    expect(outcome()).not.toBeNull();
  });
});
