import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TimelinePanel } from '../../../src/ui/TimelinePanel';
import { newStore } from '../app/helpers';
import { renderWithStore } from './render';

afterEach(cleanup);

describe('the timeline cursor, as a screen reader says it', () => {
  it('says “now” at the head and “viewing the past” only in the past', async () => {
    const store = newStore();
    renderWithStore(store, <TimelinePanel />);
    const total = store.getSnapshot().length;
    const cursor = screen.getByRole('slider', { name: 'Event' });
    expect(cursor.getAttribute('aria-valuetext')).toBe(`Event ${total} of ${total}: now`);
    await act(async () => store.viewAt(3));
    expect(cursor.getAttribute('aria-valuetext')).toBe(
      `Viewing the past (event 3 of ${total}): read-only`,
    );
    await act(async () => store.viewAt(null));
    expect(cursor.getAttribute('aria-valuetext')).toBe(`Event ${total} of ${total}: now`);
  });
});
