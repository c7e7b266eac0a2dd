// What a person at a device or the terminal is told about the events a
// command produced (describeOutcome), in English and 简体中文.
import { describe, expect, it } from 'vitest';
import type { LoggedEvent } from '../../../models';
import { initI18n } from '../../../src/app/i18n/index';
import { describeOutcome } from '../../../src/ui/device-text';

const en = initI18n('en');
const zh = initI18n('zh');
const tEn = (k: string, p?: Record<string, unknown>) => en.t(k, p);
const tZh = (k: string, p?: Record<string, unknown>) => zh.t(k, p);
const ev = (type: string, payload: unknown): LoggedEvent => ({ type, at: 0, payload });

describe('describeOutcome', () => {
  it('tells why a command was refused, with the reason’s parameters', () => {
    const out = describeOutcome(
      [
        ev('DeviceCommanded', {}),
        ev('CommandRefused', {
          deviceId: 'binder-1',
          command: 'FILE',
          reasonKey: 'binder.unknownCategory',
          params: { category: 'recipes' },
        }),
      ],
      tEn,
    );
    expect(out).toBe('Refused: the binder has no category “recipes”');
    const zhOut = describeOutcome(
      [ev('CommandRefused', { reasonKey: 'office.noBinder', params: {} })],
      tZh,
    );
    expect(zhOut).not.toContain('refusal.');
    expect(zhOut).toMatch(/\p{Script=Han}/u);
  });

  it('says which slot lights up for a found document', () => {
    expect(
      describeOutcome(
        [ev('BinderSlotSignalled', { name: 'Floor plan', slotId: 'sketches-03', signal: 'both' })],
        tEn,
      ),
    ).toBe('“Floor plan” is in slot sketches-03: the slot lights up and beeps.');
    const found = (signal: string, t = tEn) =>
      describeOutcome([ev('BinderSlotSignalled', { name: 'Lease', slotId: 'c-01', signal })], t);
    expect(found('light')).toBe('“Lease” is in slot c-01: the slot lights up.');
    expect(found('sound')).toBe('“Lease” is in slot c-01: the slot beeps.');
    expect(found('sound', tZh)).toBe('“Lease”在插槽 c-01：插槽发声。');
  });

  it('tells a document taken out, put back, or put back in the wrong sleeve', () => {
    const one = (type: string, p: Record<string, unknown>) => describeOutcome([ev(type, p)], tEn);
    expect(one('BinderDocumentTakenOut', { slotId: 's-01' })).toBe('Taken out of slot s-01.');
    expect(one('BinderDocumentReturned', { slotId: 's-01' })).toBe('Back in its slot s-01.');
    expect(one('BinderMisfileDetected', { expectedSlotId: 's-01', actualSlotId: 's-04' })).toBe(
      'Misfile reported: put in slot s-04, it belongs in s-01.',
    );
  });

  it('offers the nearest names when nothing is found, or says none is close', () => {
    const notFound = (nearest: string[], t: typeof tEn) =>
      describeOutcome([ev('BinderDocumentNotFound', { query: 'plna', nearest })], t);
    expect(notFound(['Plan A', 'Plan B'], tEn)).toBe(
      'Not found: “plna”. Did you mean “Plan A” or “Plan B”?',
    );
    expect(notFound(['Plan A', 'Plan B', 'Plan C'], tEn)).toBe(
      'Not found: “plna”. Did you mean “Plan A”, “Plan B”, or “Plan C”?',
    );
    expect(notFound([], tEn)).toBe('Not found: “plna”, and no filed name is close to it.');
    expect(notFound(['Plan A', 'Plan B'], tZh)).toBe(
      '未找到“plna”。你要找的是不是“Plan A”或“Plan B”？',
    );
    expect(notFound([], tZh)).toBe('未找到“plna”，也没有相近的已收纳名称。');
  });

  it('confirms a filed document with its slot', () => {
    expect(
      describeOutcome([ev('BinderDocumentFiled', { name: 'Lease', slotId: 'contracts-01' })], tEn),
    ).toBe('“Lease” filed in slot contracts-01.');
  });

  it('words a sleeve’s category in the language shown, in every binder message', () => {
    const zhOf = (type: string, p: Record<string, unknown>) => describeOutcome([ev(type, p)], tZh);
    expect(zhOf('BinderDocumentFiled', { name: 'Lease', slotId: 'contracts-01' })).toBe(
      '“Lease”已收纳到插槽 合同-01。',
    );
    expect(
      zhOf('BinderDocumentFiled', {
        name: 'Lease',
        slotId: 'contracts-02',
        sameNameSlotIds: ['contracts-01'],
      }),
    ).toBe('“Lease”已收纳到插槽 合同-02；同名的另外 1 份文件在插槽 合同-01。');
    expect(
      zhOf('BinderMisfileDetected', {
        expectedSlotId: 'sketches-01',
        actualSlotId: 'documents-04',
      }),
    ).toBe('已报告放错位置：放进了插槽 文件-04，应放在 草图-01。');
    expect(zhOf('BinderDocumentTakenOut', { slotId: 'sketches-07' })).toBe(
      '已从插槽 草图-07 取出。',
    );
    expect(
      zhOf('CommandRefused', {
        reasonKey: 'binder.slotTaken',
        params: { slotId: 'sketches-02' },
      }),
    ).toContain('草图-02');
    // A category the catalog does not know (a custom binder's) is shown as it is.
    expect(zhOf('BinderDocumentTakenOut', { slotId: 'recipes-01' })).toBe(
      '已从插槽 recipes-01 取出。',
    );
  });

  it('files a second paper under a name already filed, and says where the others are', () => {
    const filed = (sameNameSlotIds: string[], t = tEn) =>
      describeOutcome(
        [ev('BinderDocumentFiled', { name: 'Lease', slotId: 'contracts-03', sameNameSlotIds })],
        t,
      );
    expect(filed([])).toBe('“Lease” filed in slot contracts-03.');
    expect(filed(['contracts-01'])).toBe(
      '“Lease” filed in slot contracts-03; another paper with this name is filed in slot contracts-01.',
    );
    expect(filed(['contracts-01', 'contracts-02'])).toBe(
      '“Lease” filed in slot contracts-03; 2 other papers with this name are filed in slots contracts-01 and contracts-02.',
    );
    expect(filed(['contracts-01'], tZh)).toBe(
      '“Lease”已收纳到插槽 合同-03；同名的另外 1 份文件在插槽 合同-01。',
    );
    expect(filed(['contracts-01', 'contracts-02'], tZh)).toBe(
      '“Lease”已收纳到插槽 合同-03；同名的另外 2 份文件在插槽 合同-01和合同-02。',
    );
  });

  it('signals the best match and says how many others match too', () => {
    const found = (otherMatches: number, signal = 'both', t = tEn) =>
      describeOutcome(
        [ev('BinderSlotSignalled', { name: 'Lease', slotId: 'c-01', signal, otherMatches })],
        t,
      );
    expect(found(0)).toBe('“Lease” is in slot c-01: the slot lights up and beeps.');
    expect(found(1, 'light')).toBe(
      '“Lease” is in slot c-01: the slot lights up. 1 other paper matches too.',
    );
    expect(found(3, 'sound')).toBe(
      '“Lease” is in slot c-01: the slot beeps. 3 other papers match too.',
    );
    expect(found(2, 'both', tZh)).toBe('“Lease”在插槽 c-01：插槽亮灯并发声。另有 2 份文件也匹配。');
  });

  it('tells why a name is refused', () => {
    const refusal = (reasonKey: string, params = {}, t = tEn) =>
      describeOutcome([ev('CommandRefused', { reasonKey, params })], t);
    expect(refusal('binder.emptyName')).toBe('Refused: type the document’s name first');
    expect(refusal('binder.nameTooLong', { max: 200 })).toBe(
      'Refused: a document name can be at most 200 characters',
    );
    expect(refusal('binder.infoTooLong', { max: 200 })).toBe(
      'Refused: the related information can be at most 200 characters',
    );
    expect(refusal('binder.nameTooLong', { max: 200 }, tZh)).toBe('已拒绝：文件名最多 200 个字符');
  });

  it('shows a name as the text it is, markup and all', () => {
    expect(
      describeOutcome(
        [
          ev('BinderDocumentFiled', {
            name: '<b>A&B</b>',
            slotId: 's-02',
            sameNameSlotIds: ['s-01'],
          }),
        ],
        tEn,
      ),
    ).toBe('“<b>A&B</b>” filed in slot s-02; another paper with this name is filed in slot s-01.');
  });

  it('the first telling event wins; nothing telling gives null', () => {
    const both = [
      ev('BinderDocumentFiled', { name: 'A', slotId: 's-1' }),
      ev('BinderSlotSignalled', { name: 'B', slotId: 's-2' }),
    ];
    expect(describeOutcome(both, tEn)).toBe('“A” filed in slot s-1.');
    expect(
      describeOutcome([ev('SimClockAdvanced', {}), ev('DeviceCommanded', {})], tEn),
    ).toBeNull();
    expect(describeOutcome([], tEn)).toBeNull();
  });
});

describe('describeOutcome of a binder refusal', () => {
  it('words the category in the language shown', () => {
    const full = (category: string) => [
      ev('CommandRefused', {
        deviceId: 'binder-1',
        command: 'FILE',
        reasonKey: 'binder.full',
        params: { category, capacity: 20 },
      }),
    ];
    expect(describeOutcome(full('contracts'), tZh)).toContain('“合同”');
    expect(describeOutcome(full('contracts'), tZh)).not.toMatch(/contracts/);
    expect(describeOutcome(full('contracts'), tEn)).toContain('“contracts”');
    // A category of a custom binder has no catalog word: it stays as it was named.
    const custom = full('samples');
    expect(describeOutcome(custom, tZh)).toContain('“samples”');
  });
});
