import { useTranslation } from 'react-i18next';
import { problemText, type Translate } from '../app/i18n/problem-text';
import type { LabelRef, Notice } from '../app/office-store';
import { useOffice, useOfficeStore } from '../app/use-office';
import { labelText } from './label-text';

/**
 * Each notice shown gets its own element: a new alert is inserted, so a
 * screen reader says it even when its words are the last one's (the same
 * value refused twice); re-renders of one notice keep its element.
 */
const noticeKeys = new WeakMap<Notice, number>();
let lastNoticeKey = 0;
function keyOf(n: Notice): number {
  let k = noticeKeys.get(n);
  if (k === undefined) {
    k = ++lastNoticeKey;
    noticeKeys.set(n, k);
  }
  return k;
}

/**
 * Save state, the log's length, the tab's role and the last notice. Only
 * what a person must hear is live: the notices (polite; an error is an
 * alert) and a storage failure (an alert). The save state and the event
 * count change with every edit and would be read out after each one.
 */
export function StatusBar() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const unsaved = useOffice((v) => v.unsaved);
  const storage = useOffice((v) => v.storage);
  const role = useOffice((v) => v.role);
  const length = useOffice((v) => v.length);
  const notice = useOffice((v) => v.notice);
  return (
    <div className="status">
      <span
        data-testid="unsaved-count"
        data-count={unsaved}
        role={storage.kind === 'memory' ? 'alert' : undefined}
      >
        {storage.kind === 'memory'
          ? t('status.memoryOnly', { reason: problemText(storage.reason, t) })
          : unsaved > 0
            ? t('status.unsaved', { count: unsaved })
            : t('status.saved')}
      </span>
      {storage.kind === 'memory' && store.retrySave && (
        <button type="button" onClick={() => void store.retrySave?.()}>
          {t('status.retrySave')}
        </button>
      )}
      <span>{t('status.events', { count: length })}</span>
      {role === 'follower' && <span>{t('status.readOnlyFollower')}</span>}
      {/* Always there, so a notice inserted into it is announced. */}
      <span role="status" aria-live="polite" className="notices">
        {notice && (
          <span
            key={keyOf(notice)}
            className={`notice notice-${notice.kind}`}
            role={notice.kind === 'error' ? 'alert' : undefined}
          >
            {t(notice.key, {
              ...notice.params,
              // Worded now, so a language switch re-words a refusal shown before it.
              ...(notice.reason && { reason: problemText(notice.reason, t) }),
              ...(notice.field && { field: fieldName(notice.field, notice.fieldOf, t) }),
            })}
          </span>
        )}
      </span>
    </div>
  );
}

/** The field's label, after what it belongs to when that is given ("Window on the north wall: Sill height (m)"). */
function fieldName(field: string, of: LabelRef | undefined, t: Translate): string {
  if (!of) return t(field);
  return t('field.of', { owner: labelText(of, t), field: t(field) });
}
