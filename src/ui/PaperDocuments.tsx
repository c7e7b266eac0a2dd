import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AnyCommand,
  categoryOfSlot,
  type FiledDocument,
  type OfficeSystem,
  type SmartBinderContext,
  slotsByCategory,
} from '../../models';
import type { Translate } from '../app/i18n/problem-text';
import { slotName } from './slot-name';

type Actor = OfficeSystem['actors'] extends Map<string, infer A> ? A : never;

export interface PaperDocumentsProps {
  binder: Actor;
  /** The binder's name when the room has several (the list is then named after it). */
  name?: string | null;
  /** While the timeline shows the past, nothing can be sent. */
  readOnly: boolean;
  onCommand: (to: string, command: AnyCommand) => void;
}

/**
 * The paper documents in the smart binder, where each belongs and where it
 * is: a person takes one out (which ends the signal when it is the one
 * lit) and puts it back, in its own sleeve or, as people do, in another;
 * the binder then reports the misfile.
 */
export function PaperDocuments({ binder, name, readOnly, onCommand }: PaperDocumentsProps) {
  const { t } = useTranslation();
  const context = binder.snapshot.context as SmartBinderContext;
  const docs = Object.values(context.docs);
  const label = name ? t('paper.labelOf', { name }) : t('paper.label');
  return (
    <section className="paper-documents" aria-label={label}>
      <h3>{label}</h3>
      {docs.length === 0 ? (
        <p>{t('paper.none')}</p>
      ) : (
        <ul className="paper-list">
          {docs.map((d) => (
            <li key={d.docId}>
              <span className="paper-name">{d.name}</span>{' '}
              <span className="paper-where">
                {whereText(d, context.signal?.docId === d.docId ? context.signal.mode : null, t)}
              </span>
              <PaperActions doc={d} binder={binder} readOnly={readOnly} onCommand={onCommand} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type T = Translate;

function whereText(d: FiledDocument, signal: 'light' | 'sound' | 'both' | null, t: T): string {
  if (d.atSlotId === null) return t('paper.takenOut', { home: slotName(d.homeSlotId, t) });
  const where =
    d.atSlotId === d.homeSlotId
      ? t('paper.inSlot', { slot: slotName(d.atSlotId, t) })
      : t('paper.misfiled', { slot: slotName(d.atSlotId, t), home: slotName(d.homeSlotId, t) });
  return signal ? `${where} · ${t(`paper.signalled.${signal}`)}` : where;
}

function PaperActions({
  doc,
  binder,
  readOnly,
  onCommand,
}: { doc: FiledDocument } & PaperDocumentsProps) {
  const { t } = useTranslation();
  const [slot, setSlot] = useState(doc.homeSlotId);
  const context = binder.snapshot.context as SmartBinderContext;
  if (doc.atSlotId !== null) {
    const slotId = doc.atSlotId;
    return (
      <button
        type="button"
        disabled={readOnly}
        aria-label={t('paper.takeOutOf', { name: doc.name })}
        onClick={() => onCommand(binder.id, { type: 'TAKE_OUT', slotId })}
      >
        {t('paper.takeOut')}
      </button>
    );
  }
  // Its own sleeve first, then the free sleeves of its category: where a hand would put it.
  const occupied = new Set(Object.values(context.docs).map((d) => d.atSlotId));
  const sameCategory = binder.built.binder
    ? (slotsByCategory(binder.built.binder).get(categoryOfSlot(doc.homeSlotId)) ?? [])
    : [];
  const options = [
    doc.homeSlotId,
    ...sameCategory.filter((s) => s !== doc.homeSlotId && !occupied.has(s)),
  ];
  const chosen = options.includes(slot) ? slot : doc.homeSlotId;
  return (
    <span className="row">
      <select
        aria-label={t('paper.slotFor', { name: doc.name })}
        value={chosen}
        disabled={readOnly}
        onChange={(e) => setSlot(e.target.value)}
      >
        {options.map((s) => (
          <option key={s} value={s}>
            {s === doc.homeSlotId ? t('paper.ownSlot', { slot: slotName(s, t) }) : slotName(s, t)}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={readOnly}
        aria-label={t('paper.putBackOf', { name: doc.name })}
        onClick={() => onCommand(binder.id, { type: 'PUT_BACK', docId: doc.docId, slotId: chosen })}
      >
        {t('paper.putBack')}
      </button>
    </span>
  );
}
