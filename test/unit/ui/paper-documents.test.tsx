import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { type AnyCommand, type LoggedEvent, OfficeSystem } from '../../../models';
import { essayOffice } from '../../../models/office/scenario';
import { initI18n } from '../../../src/app/i18n/index';
import { describeOutcome } from '../../../src/ui/device-text';
import { PaperDocuments } from '../../../src/ui/PaperDocuments';

afterEach(cleanup);

/** The binder's list, wired to a real office system as the devices panel wires it. */
function office() {
  const sys = OfficeSystem.create({ seed: 3, devices: essayOffice });
  let last: LoggedEvent[] = [];
  const send = (to: string, command: AnyCommand) => {
    last = sys.send({ to, command }, sys.now + 1_000);
    draw();
  };
  const i18n = initI18n('en');
  const draw = () => {
    cleanup();
    render(
      <I18nextProvider i18n={i18n}>
        <PaperDocuments binder={sys.actors.get('binder-1')!} readOnly={false} onCommand={send} />
      </I18nextProvider>,
    );
  };
  draw();
  return { sys, send, outcome: () => describeOutcome(last, i18n.t) };
}

const where = (name: string) =>
  screen.getByText(name, { selector: '.paper-name' }).parentElement!.querySelector('.paper-where')!
    .textContent;

describe('the paper documents in the binder', () => {
  it('takes a document out and puts it back in its own sleeve', () => {
    const o = office();
    expect(screen.getByText('No paper filed yet.')).toBeTruthy();
    o.send('binder-1', {
      type: 'FILE',
      docId: 'd1',
      name: 'Lease',
      category: 'contracts',
      info: '',
      assetId: null,
    });
    expect(where('Lease')).toBe('in slot contracts-01');
    fireEvent.click(screen.getByRole('button', { name: 'Take out “Lease”' }));
    expect(o.outcome()).toBe('Taken out of slot contracts-01.');
    expect(where('Lease')).toBe('taken out (belongs in contracts-01)');
    const slot = screen.getByRole('combobox', { name: 'Slot for “Lease”' }) as HTMLSelectElement;
    expect(slot.value).toBe('contracts-01');
    // Its own sleeve, then the 19 other sleeves of its category.
    expect(within(slot).getAllByRole('option')).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Put back “Lease”' }));
    expect(o.outcome()).toBe('Back in its slot contracts-01.');
    expect(where('Lease')).toBe('in slot contracts-01');
  });

  it('a document put back in the wrong sleeve is reported, and the list says where it is', () => {
    const o = office();
    for (const [docId, name] of [
      ['d1', 'Villa A2'],
      ['d2', 'Kitchen A3'],
    ] as const) {
      o.send('binder-1', {
        type: 'FILE',
        docId,
        name,
        category: 'sketches',
        info: '',
        assetId: null,
      });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Take out “Villa A2”' }));
    const slot = screen.getByRole('combobox', { name: 'Slot for “Villa A2”' });
    // Kitchen A3 sits in sketches-02: not offered.
    const offered = within(slot)
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value);
    expect(offered.slice(0, 3)).toEqual(['sketches-01', 'sketches-03', 'sketches-04']);
    expect(offered).not.toContain('sketches-02');
    fireEvent.change(slot, { target: { value: 'sketches-05' } });
    fireEvent.click(screen.getByRole('button', { name: 'Put back “Villa A2”' }));
    expect(o.outcome()).toBe(
      'Misfile reported: put in slot sketches-05, it belongs in sketches-01.',
    );
    expect(where('Villa A2')).toBe('in slot sketches-05, but it belongs in sketches-01');
  });

  it('shows the document being signalled; taking it out ends the signal', () => {
    const o = office();
    o.send('binder-1', {
      type: 'FILE',
      docId: 'd1',
      name: 'Villa A2',
      category: 'sketches',
      info: '',
      assetId: null,
    });
    o.send('office', { type: 'LOCATE_DOCUMENT', query: 'villa', match: 'fuzzy', signal: 'both' });
    expect(where('Villa A2')).toBe('in slot sketches-01 · lit and beeping');
    o.send('office', { type: 'LOCATE_DOCUMENT', query: 'villa', match: 'fuzzy', signal: 'sound' });
    expect(where('Villa A2')).toBe('in slot sketches-01 · beeping');
    o.send('office', { type: 'LOCATE_DOCUMENT', query: 'villa', match: 'fuzzy', signal: 'light' });
    expect(where('Villa A2')).toBe('in slot sketches-01 · lit');
    fireEvent.click(screen.getByRole('button', { name: 'Take out “Villa A2”' }));
    expect(o.sys.actors.get('binder-1')!.snapshot.value).toBe('ready');
    expect(where('Villa A2')).toBe('taken out (belongs in sketches-01)');
  });

  it('names are text, and nothing can be done while the timeline shows the past', () => {
    const sys = OfficeSystem.create({ seed: 3, devices: essayOffice });
    const name = '<img src=x onerror=alert(1)>';
    sys.send(
      {
        to: 'binder-1',
        command: { type: 'FILE', docId: 'd1', name, category: 'sketches', info: '', assetId: null },
      },
      1_000,
    );
    render(
      <I18nextProvider i18n={initI18n('zh')}>
        <PaperDocuments binder={sys.actors.get('binder-1')!} readOnly onCommand={() => {}} />
      </I18nextProvider>,
    );
    const region = screen.getByRole('region', { name: '书夹中的纸质文件' });
    expect(region.querySelector('img')).toBeNull();
    // The sleeve is worded in the language shown; its id stays the model's.
    expect(where(name)).toBe('在插槽 草图-01');
    expect(
      (screen.getByRole('button', { name: `取出“${name}”` }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
