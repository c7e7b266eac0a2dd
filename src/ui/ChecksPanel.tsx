import { useTranslation } from 'react-i18next';
import { layoutReport } from '../app/derived';
import { focusOpening, select } from '../app/editor-state';
import { useOffice } from '../app/use-office';
import { itemName } from './item-names';
import { openingName } from './opening-names';

/** A long list helps nobody: the room itself shows every warning in red and amber. */
const MAX_ROWS = 30;

/**
 * Collisions, blocked clearances and openings that no longer fit their wall,
 * listed; clicking one selects its items. A row about a door or window alone
 * (it does not fit, or overlaps another) has no items: it focuses that
 * opening in the Room panel instead, and leaves the selection as it was.
 */
export function ChecksPanel() {
  const { t } = useTranslation();
  const state = useOffice((v) => v.state);
  const report = layoutReport(state);
  const name = (id: string | undefined) => itemName(state, id, t);
  // A door or window is named as the Room panel names it ("Door 2 on the south wall").
  const opening = (id: string | undefined) => openingName(state.openings, id, t);
  const rows = [
    ...report.collisions.map((c) => ({
      key: `c-${c.a}-${c.b}`,
      ids: [c.a, c.b],
      openingId: undefined,
      text: t('checks.collision', { a: name(c.a), b: name(c.b) }),
    })),
    ...report.clearance.map((c, i) => ({
      key: `k-${i}-${c.kind}`,
      ids: [...c.itemIds],
      openingId: c.openingId,
      text: t(c.messageKey, {
        a: name(c.itemIds[0]),
        // Nothing named second: what blocks the clearance is a wall.
        b: name(c.itemIds[1]) || t('checks.wall'),
        gap: c.gap?.toFixed(2) ?? '',
        opening: opening(c.openingId),
        other: opening(c.otherOpeningId),
      }),
    })),
  ];
  const follow = (r: { ids: readonly string[]; openingId: string | undefined }) => {
    if (r.ids.length === 0 && r.openingId !== undefined) focusOpening(r.openingId);
    else select(r.ids);
  };
  return (
    <section className="panel checks" aria-label={t('checks.label')}>
      <h2>{t('checks.label')}</h2>
      {rows.length === 0 ? (
        <p>{t('checks.none')}</p>
      ) : (
        <ul>
          {rows.slice(0, MAX_ROWS).map((r) => (
            <li key={r.key}>
              <button type="button" className="link" onClick={() => follow(r)}>
                {r.text}
              </button>
            </li>
          ))}
          {rows.length > MAX_ROWS && <li>{t('checks.more', { count: rows.length - MAX_ROWS })}</li>}
        </ul>
      )}
    </section>
  );
}
