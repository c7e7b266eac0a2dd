import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/app/i18n/index';
import { OfficeStore } from '../../../src/app/office-store';
import { reason } from '../../../src/core/reason';
import { storedLogError } from '../../../src/core/stored-log-error';
import { BranchPanel } from '../../../src/ui/BranchPanel';
import { branchInfo } from '../core/helpers';
import { renderWithStore } from '../ui/render';
import { newStore, newWorkspace } from './helpers';

afterEach(cleanup);

const show = (store: OfficeStore, language: Language = 'en') =>
  renderWithStore(store, <BranchPanel />, language);

describe('BranchPanel', () => {
  it('lists the stored branches set aside at load, each with why, as text', () => {
    // As boot does: the workspace sets them aside before the store is made.
    const ws = newWorkspace();
    const name = '<b>What if</b>';
    ws.setAside([
      {
        info: { ...branchInfo('w1', 'main', 9999), name },
        error: storedLogError(name, null, reason('forkPastEnd', { forkSeq: 9999, length: 5 })),
      },
    ]);
    show(new OfficeStore(ws));
    const list = screen.getByRole('region', {
      name: 'Not opened: could not be read, left in storage as saved',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'the saved office is damaged at branch “<b>What if</b>”: it forks at event 9999, past the end of its parent (event 5)',
    ]);
    // A branch name is user text: shown as text, never parsed as HTML.
    expect(list.querySelector('b')).toBeNull();
  });

  it('shows no such list when every stored branch opened', () => {
    show(newStore(), 'zh');
    expect(screen.queryByRole('region', { name: /未打开/ })).toBeNull();
    expect(screen.getByRole('region', { name: '分支' })).toBeTruthy();
  });

  it('refuses a name another branch has, says so, and keeps the branch’s name', () => {
    const store = newStore();
    store.workspace.createBranch('Plan B');
    show(store);
    const field = screen.getByRole('textbox', { name: 'Branch name' }) as HTMLInputElement;
    fireEvent.change(field, { target: { value: ' Plan B ' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe(
      'Another branch is already called “Plan B”: pick another name.',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(store.workspace.current.info.name).toBe('Main');
    fireEvent.change(field, { target: { value: 'Plan C' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(store.workspace.current.info.name).toBe('Plan C');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
