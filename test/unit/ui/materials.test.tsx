import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type AnyCommand,
  type DocumentIndex,
  defaultSmartBinderParams,
  OfficeSystem,
} from '../../../models';
import { essayOffice, runEssayScenario, settle } from '../../../models/office/scenario';
import { initI18n } from '../../../src/app/i18n/index';
import { BinderTerminal } from '../../../src/ui/BinderTerminal';
import { MaterialsTable, type ShareView, sharesOf } from '../../../src/ui/MaterialsTable';

afterEach(cleanup);

const names: Record<string, string> = {
  'eboard-1': 'E-board',
  'scanner-1': 'Handheld scanner',
  'recorder-1': 'Audio recorder',
};
const deviceName = (id: string) => names[id] ?? id;

function showTable(
  index: DocumentIndex,
  language: 'en' | 'zh' = 'en',
  shares: readonly ShareView[] = [],
) {
  render(
    <I18nextProvider i18n={initI18n(language)}>
      <MaterialsTable index={index} shares={shares} deviceName={deviceName} />
    </I18nextProvider>,
  );
}

/** Each body row as a person reads it: the row header, then the cells. */
const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [
      ...within(r)
        .queryAllByRole('rowheader')
        .map((c) => c.textContent),
      ...within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ]);

describe('the material table', () => {
  it('follows the issue’s scenario: the note reaches output, the A2 sketch has its paper original filed', () => {
    const sys = OfficeSystem.create({ seed: 7, devices: essayOffice });
    runEssayScenario(sys);
    const slot = Object.values(sys.index).find((m) => m.kind === 'scan')?.paper?.slotId;
    expect(slot).toBeTruthy();
    showTable(sys.index);
    const region = screen.getByRole('region', { name: 'Material' });
    expect(rows(within(region).getByRole('table'))).toEqual([
      ['Site visit notesnote · E-board', 'Output · 1 version · shared once', '—'],
      ['Living room sketchscan · Handheld scanner', 'Edit', `Binder slot ${slot}`],
    ]);
    expect(within(region).getByText('Input: 0 · Edit: 1 · Output: 1')).toBeTruthy();
  });

  it('follows each share to the client: sent, delivered, viewed, then the feedback and its verdict', () => {
    const sys = OfficeSystem.create({ seed: 7, devices: essayOffice });
    runEssayScenario(sys);
    const shares = sharesOf(sys);
    expect(shares).toHaveLength(1);
    showTable(sys.index, 'en', shares);
    const verdict = shares[0]!.verdict === 'approved' ? 'approved' : 'changes requested';
    expect(rows(screen.getByRole('table'))[0]![1]).toBe(
      `Output · 1 version · shared onceClient Wang: feedback received (${verdict})`,
    );
    cleanup();
    // Just after the share was sent, before the network delivered it.
    const early = OfficeSystem.create({ seed: 7, devices: essayOffice });
    const note = runEssayScenario(early).events.find((e) => e.type === 'AssetShareSent')!;
    const replay = OfficeSystem.create({ seed: 7, devices: essayOffice });
    // Replay the same day up to the share, from the inputs the first run logged.
    for (const e of early.journal) {
      if (e.at > note.at) break;
      if (e.type === 'DeviceCommanded') {
        const p = e.payload as {
          to: string;
          command: Parameters<OfficeSystem['send']>[0]['command'];
        };
        replay.send({ to: p.to, command: p.command }, e.at);
      } else if (e.type === 'SimClockAdvanced') replay.advanceTo(e.at);
    }
    const sent = sharesOf(replay);
    expect(sent.map((v) => [v.client, v.stateKey, v.verdict])).toEqual([
      ['Client Wang', 'deviceState.share/sending', null],
    ]);
  });

  it('says when the paper original is out of the binder, and where it goes back', () => {
    const sys = OfficeSystem.create({ seed: 7, devices: essayOffice });
    runEssayScenario(sys);
    const scan = Object.values(sys.index).find((m) => m.kind === 'scan')!;
    const slot = scan.paper!.slotId;
    sys.send({ to: 'binder-1', command: { type: 'TAKE_OUT', slotId: slot } }, sys.now + 1_000);
    showTable(sys.index);
    expect(rows(screen.getByRole('table'))[1]![2]).toBe(`Taken out (belongs in slot ${slot})`);
    cleanup();
    const docId = scan.paper!.docId;
    sys.send(
      { to: 'binder-1', command: { type: 'PUT_BACK', docId, slotId: slot } },
      sys.now + 1_000,
    );
    showTable(sys.index);
    expect(rows(screen.getByRole('table'))[1]![2]).toBe(`Binder slot ${slot}`);
  });

  it('shows what the timeline shows: earlier, the note was only input', () => {
    const sys = OfficeSystem.create({ seed: 7, devices: essayOffice });
    sys.send(
      { to: 'eboard-1', command: { type: 'START_PAGE', kind: 'sketch', title: 'Facade' } },
      1_000,
    );
    sys.send({ to: 'eboard-1', command: { type: 'STROKE', count: 10 } }, 2_000);
    sys.send({ to: 'eboard-1', command: { type: 'END_PAGE' } }, 3_000);
    // Saved, not yet uploaded: the page is input material on the e-board.
    sys.advanceTo(sys.nextDue()!);
    showTable(sys.index);
    expect(rows(screen.getByRole('table'))).toEqual([['Facadesketch · E-board', 'Input', '—']]);
    cleanup();
    settle(sys);
    showTable(sys.index);
    expect(rows(screen.getByRole('table'))[0]![1]).toBe('Edit');
  });

  it('says when there is no material yet, and speaks 简体中文 with the essay’s stage names', () => {
    showTable({});
    expect(screen.getByText(/^No material yet/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    cleanup();
    const sys = OfficeSystem.create({ seed: 7, devices: essayOffice });
    runEssayScenario(sys);
    showTable(sys.index, 'zh');
    const region = screen.getByRole('region', { name: '资料' });
    expect(within(region).getByText('资料输入：0 · 资料编辑：1 · 资料输出：1')).toBeTruthy();
    expect(
      within(region)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['资料', '阶段', '纸质原件']);
    expect(rows(within(region).getByRole('table'))[0]).toEqual([
      'Site visit notes笔记 · E-board',
      '资料输出 · 1 个版本 · 已分享 1 次',
      '—',
    ]);
  });

  it('renders titles as text, and a misfiled original says where it really is', () => {
    const index: DocumentIndex = {
      a1: {
        assetId: 'a1',
        title: '<img src=x onerror=alert(1)>',
        kind: 'sketch',
        originDeviceId: 'eboard-1',
        stage: 'edit',
        versions: 2,
        shares: 0,
        prints: 1,
        paper: {
          binderId: 'binder-1',
          docId: 'd1',
          slotId: 'S-2',
          misfiledAt: 'S-5',
          takenOut: false,
        },
      },
    };
    showTable(index);
    const table = screen.getByRole('table');
    expect(table.querySelector('img')).toBeNull();
    expect(rows(table)).toEqual([
      [
        '<img src=x onerror=alert(1)>sketch · E-board',
        'Edit · 2 versions · printed once',
        'Slot S-2, but put back in S-5',
      ],
    ]);
  });
});

describe('the binder terminal', () => {
  function showTerminal(index: DocumentIndex, onCommand: (to: string, c: AnyCommand) => void) {
    render(
      <I18nextProvider i18n={initI18n('en')}>
        <BinderTerminal
          binderId="binder-1"
          params={defaultSmartBinderParams}
          index={index}
          nextDocId="doc-9"
          readOnly={false}
          onCommand={onCommand}
        />
      </I18nextProvider>,
    );
  }

  it('files a paper document as the original of an asset that has none; the name defaults to its title', () => {
    const sys = OfficeSystem.create({ seed: 7, devices: essayOffice });
    runEssayScenario(sys);
    const onCommand = vi.fn();
    showTerminal(sys.index, onCommand);
    const of = screen.getByRole('combobox', { name: 'Paper original of' });
    // The scanned sketch already has its original in the binder: only the note is offered.
    expect(
      within(of)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['No digital copy', 'Site visit notes']);
    const note = Object.values(sys.index).find((m) => m.kind === 'note')!;
    fireEvent.change(of, { target: { value: note.assetId } });
    const name = screen.getByRole('textbox', { name: 'Document name' }) as HTMLInputElement;
    expect(name.value).toBe('Site visit notes');
    fireEvent.click(screen.getByRole('button', { name: 'File the paper' }));
    expect(onCommand).toHaveBeenCalledWith('binder-1', {
      type: 'FILE',
      docId: 'doc-9',
      name: 'Site visit notes',
      category: 'sketches',
      info: '',
      assetId: note.assetId,
    });
  });

  it('the filed original shows in the index once the binder has filed it', () => {
    const sys = OfficeSystem.create({ seed: 7, devices: essayOffice });
    runEssayScenario(sys);
    const note = Object.values(sys.index).find((m) => m.kind === 'note')!;
    let sent: AnyCommand | undefined;
    showTerminal(sys.index, (_to, c) => {
      sent = c;
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Paper original of' }), {
      target: { value: note.assetId },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Category' }), {
      target: { value: 'documents' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'File the paper' }));
    const events = sys.send({ to: 'binder-1', command: sent! }, sys.now + 1_000);
    expect(events.map((e) => e.type)).toContain('BinderDocumentFiled');
    expect(sys.index[note.assetId]?.paper?.docId).toBe('doc-9');
  });

  it('finds by exact or similar name, signalling with light, sound or both', () => {
    const onCommand = vi.fn();
    showTerminal({}, onCommand);
    fireEvent.change(screen.getByRole('textbox', { name: 'File name or related information' }), {
      target: { value: 'Lease' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    expect(onCommand).toHaveBeenLastCalledWith('office', {
      type: 'LOCATE_DOCUMENT',
      query: 'Lease',
      match: 'fuzzy',
      signal: 'both',
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Match' }), {
      target: { value: 'exact' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Signal' }), {
      target: { value: 'sound' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    expect(onCommand).toHaveBeenLastCalledWith('office', {
      type: 'LOCATE_DOCUMENT',
      query: 'Lease',
      match: 'exact',
      signal: 'sound',
    });
  });

  it('a plain filing links no asset', () => {
    const onCommand = vi.fn();
    showTerminal({}, onCommand);
    fireEvent.change(screen.getByRole('textbox', { name: 'Document name' }), {
      target: { value: 'Lease' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'File the paper' }));
    expect(onCommand).toHaveBeenCalledWith(
      'binder-1',
      expect.objectContaining({ type: 'FILE', name: 'Lease', info: '', assetId: null }),
    );
  });

  it('files related information with the name, and a later search by it finds the paper', () => {
    let sent: AnyCommand | undefined;
    showTerminal({}, (_to, c) => {
      sent = c;
    });
    const info = screen.getByRole('textbox', { name: 'Related information' }) as HTMLInputElement;
    // Optional, as long as the name may be, and says what it is for.
    expect(info.placeholder).toBe('Related information (optional): client, project, tags');
    expect(info.maxLength).toBe(200);
    expect(info.maxLength).toBe(
      (screen.getByRole('textbox', { name: 'Document name' }) as HTMLInputElement).maxLength,
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Document name' }), {
      target: { value: 'Chair sketch v2' },
    });
    fireEvent.change(info, { target: { value: 'client Rossi, <b>villa</b>' } });
    fireEvent.click(screen.getByRole('button', { name: 'File the paper' }));
    expect(sent).toEqual({
      type: 'FILE',
      docId: 'doc-9',
      name: 'Chair sketch v2',
      category: 'sketches',
      info: 'client Rossi, <b>villa</b>',
      assetId: null,
    });
    const sys = OfficeSystem.create({
      seed: 1,
      devices: [{ id: 'binder-1', kind: 'smart-binder' }],
    });
    sys.send({ to: 'binder-1', command: sent! }, 1_000);
    const found = sys.send(
      {
        to: 'office',
        command: { type: 'LOCATE_DOCUMENT', query: 'rossi', match: 'fuzzy', signal: 'light' },
      },
      2_000,
    );
    expect(found.find((e) => e.type === 'BinderSlotSignalled')?.payload).toMatchObject({
      docId: 'doc-9',
      name: 'Chair sketch v2',
    });
  });

  it('names the related information field in 简体中文 too', () => {
    render(
      <I18nextProvider i18n={initI18n('zh')}>
        <BinderTerminal
          binderId="binder-1"
          params={defaultSmartBinderParams}
          index={{}}
          nextDocId="doc-9"
          readOnly={false}
          onCommand={() => {}}
        />
      </I18nextProvider>,
    );
    const info = screen.getByRole('textbox', { name: '相关信息' }) as HTMLInputElement;
    expect(info.placeholder).toBe('相关信息（可选）：客户、项目、标签');
  });
});
