import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../src/app/i18n/index';
import { OfficeStoreContext } from '../../../src/app/use-office';
import { TimelinePanel } from '../../../src/ui/TimelinePanel';
import { newStore } from '../app/helpers';

afterEach(cleanup);

describe('the timeline cursor, as a screen reader says it', () => {
  it('says “now” at the head and “viewing the past” only in the past', async () => {
    const store = newStore();
    render(
      <I18nextProvider i18n={initI18n('en')}>
        <OfficeStoreContext.Provider value={store}>
          <TimelinePanel />
        </OfficeStoreContext.Provider>
      </I18nextProvider>,
    );
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
