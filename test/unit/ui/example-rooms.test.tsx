import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { registry } from '../../../src/app/event-registry';
import type { Language } from '../../../src/app/i18n/index';
import { OfficeStore } from '../../../src/app/office-store';
import { ExampleRooms } from '../../../src/ui/ExampleRooms';
import { StatusBar } from '../../../src/ui/StatusBar';
import { named, newWorkspace } from '../app/helpers';
import { renderWithStore } from './render';

afterEach(cleanup);

function show(language: Language = 'en') {
  const store = new OfficeStore(newWorkspace({ registry }));
  renderWithStore(
    store,
    <>
      <ExampleRooms />
      <StatusBar />
    </>,
    language,
  );
  return store;
}

const kinds = (store: OfficeStore) =>
  Object.values(store.getSnapshot().state.items).map((i) => i.kind);

describe('example rooms', () => {
  it('opens the essay’s comparison from the app, as a branch of its own, and says so', async () => {
    const store = show();
    const select = screen.getByRole('combobox', { name: 'Example rooms' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'The essay’s office',
      'Separate printer, copier and scanner',
      'Stress test: 300 items',
    ]);
    fireEvent.change(select, { target: { value: 'separate-devices' } });
    await act(async () => screen.getByRole('button', { name: 'Open example' }).click());
    await waitFor(() => expect(kinds(store)).toContain('copier'));
    expect(kinds(store)).not.toContain('allInOnePrinter');
    // Named after the example in the language shown, not the file's English name.
    expect(store.getSnapshot().branch.name).toBe('Separate printer, copier and scanner');
    expect(store.workspace.list()).toHaveLength(2);
    expect(
      await screen.findByText(
        'Opened “Separate printer, copier and scanner”: a new branch with the example as published.',
      ),
    ).toBeTruthy();
  });

  it('shows the example the branch on screen came from, so Open example gives that one as published', async () => {
    const store = show();
    const select = () =>
      screen.getByRole('combobox', { name: 'Example rooms' }) as HTMLSelectElement;
    expect(select().value).toBe('default');
    fireEvent.change(select(), { target: { value: 'separate-devices' } });
    await act(async () => screen.getByRole('button', { name: 'Open example' }).click());
    await waitFor(() => expect(kinds(store)).toContain('copier'));
    // The button is back once the opening has finished (it is off while one runs).
    const button = () => screen.getByRole('button', { name: 'Open example' }) as HTMLButtonElement;
    await waitFor(() => expect(button().getAttribute('aria-disabled')).toBeNull());
    const copy = store.getSnapshot().branch.id;
    // On another branch the picker shows that branch's example (the first branch is none: the first one).
    await act(async () => void store.workspace.switchTo('main'));
    expect(select().value).toBe('default');
    await act(async () => void store.workspace.switchTo(copy));
    expect(select().value).toBe('separate-devices');
    // Opened again unchanged: the same branch, said as such.
    await act(async () => button().click());
    expect(
      await screen.findByText(
        'Back to “Separate printer, copier and scanner”: the example as published, unchanged.',
      ),
    ).toBeTruthy();
    expect(store.getSnapshot().branch.id).toBe(copy);
    expect(store.workspace.list()).toHaveLength(2);
    // A branch continued from the copy comes from the same example.
    await act(async () => {
      const fork = store.workspace.createBranch('What if', { branchId: copy, seq: 3 });
      store.workspace.switchTo(fork.info.id);
    });
    expect(store.getSnapshot().branch.name).toBe('What if');
    expect(select().value).toBe('separate-devices');
  });

  it('keeps keyboard focus on Open example while the example opens and after', async () => {
    const store = show();
    const button = screen.getByRole('button', { name: 'Open example' }) as HTMLButtonElement;
    button.focus();
    // A synchronous act: React shows the press, the example's chunk has not
    // loaded yet (an async act could let a cached chunk finish the opening).
    act(() => button.click());
    // While it opens the button says so but stays focusable; a second press does nothing.
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.disabled).toBe(false);
    act(() => button.click());
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBeNull());
    expect(document.activeElement).toBe(button);
    expect(store.workspace.list()).toHaveLength(2);
  });

  it('gives the example as published even after the person edited their copy', async () => {
    const store = show();
    const button = () => screen.getByRole('button', { name: 'Open example' }) as HTMLButtonElement;
    // The button is off while an opening runs: each click waits for it.
    const open = async () => {
      await waitFor(() => expect(button().getAttribute('aria-disabled')).toBeNull());
      await act(async () => button().click());
    };
    await open();
    await waitFor(() => expect(store.workspace.list()).toHaveLength(2));
    const copy = store.getSnapshot().branch.id;
    expect(store.edit([named('Moved the desk')]).ok).toBe(true);
    await open();
    await waitFor(() => expect(store.workspace.list()).toHaveLength(3));
    expect(store.getSnapshot().branch.id).not.toBe(copy);
    expect(store.getSnapshot().state.name).not.toBe('Moved the desk');
  });

  it('in 简体中文', async () => {
    const store = show('zh');
    const select = screen.getByRole('combobox', { name: '示例房间' }) as HTMLSelectElement;
    expect(select.options[1]!.textContent).toBe('分开的打印机、复印机和扫描仪');
    fireEvent.change(select, { target: { value: 'separate-devices' } });
    await act(async () => screen.getByRole('button', { name: '打开示例' }).click());
    await waitFor(() => expect(kinds(store)).toContain('copier'));
    expect(
      await screen.findByText('已打开“分开的打印机、复印机和扫描仪”：按原样载入示例的新分支。'),
    ).toBeTruthy();
  });
});
