// What the DOM tests of the panels share: a panel shown as the app shows it
// (an office store and the strings of a language), and a number typed the way
// a person types it.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { initI18n, type Language } from '../../../src/app/i18n/index';
import type { OfficeStore } from '../../../src/app/office-store';
import { OfficeStoreContext } from '../../../src/app/use-office';

/** Renders `ui` with the store and a fresh i18n in `language`; returns that i18n (to switch language). */
export function renderWithStore(
  store: OfficeStore,
  ui: ReactNode,
  language: Language = 'en',
): I18n {
  const i18n = initI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <OfficeStoreContext.Provider value={store}>{ui}</OfficeStoreContext.Provider>
    </I18nextProvider>,
  );
  return i18n;
}

/** Types into a field and presses Enter, as a user does; the store tells React a microtask later. */
export async function typeAndEnter(field: HTMLElement, text: string) {
  await act(async () => {
    fireEvent.change(field, { target: { value: text } });
    fireEvent.keyDown(field, { key: 'Enter' });
  });
}

/** Queries inside the landmark region named `name` ('Room', 'Inspector', 'Layout checks', …). */
export const region = (name: string) => within(screen.getByRole('region', { name }));
