import { useTranslation } from 'react-i18next';
import { problemText } from '../app/i18n/problem-text';
import { useOffice, useOfficeStore } from '../app/use-office';
import { freeName } from '../core/branch-names';

/**
 * The timeline cursor: any event of the branch can be viewed (read-only);
 * "continue from here" forks a branch that shares the prefix.
 */
export function TimelinePanel() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const length = useOffice((v) => v.length);
  const viewSeq = useOffice((v) => v.viewSeq);
  const follower = useOffice((v) => v.role === 'follower');
  const branchCount = useOffice((v) => v.branches.length);
  // Seeking and forking need the events before the stored snapshot, read after the first frame.
  const loaded = useOffice((v) => v.historyLoaded);
  const failure = useOffice((v) => v.historyProblem);
  const shown = viewSeq ?? length;
  return (
    <section className="panel timeline" aria-label={t('timeline.label')}>
      <h2>{t('timeline.label')}</h2>
      <input
        type="range"
        min={0}
        max={length}
        value={shown}
        disabled={!loaded}
        aria-busy={!loaded}
        aria-label={t('timeline.cursor')}
        aria-valuetext={
          viewSeq === null
            ? t('timeline.atNow', { seq: shown, total: length })
            : t('status.viewingPast', { seq: shown, total: length })
        }
        onChange={(e) => store.viewAt(Number(e.target.value))}
      />
      <output>
        {shown} / {length}
      </output>
      {!loaded && !failure && <p className="past-note">{t('timeline.loadingHistory')}</p>}
      {failure && (
        <div className="past-note" role="alert">
          <p>{t('timeline.historyFailed', { reason: problemText(failure, t) })}</p>
          <button type="button" onClick={() => store.retryHistory?.()}>
            {t('timeline.retryHistory')}
          </button>
          {/* The writer tab only: a follower would open branches its writer does not hold. */}
          {store.openOthers && !follower && (
            <button type="button" onClick={() => store.openOthers?.()}>
              {t('timeline.openOthers')}
            </button>
          )}
        </div>
      )}
      {viewSeq !== null && (
        <p className="past-note">{t('status.viewingPast', { seq: viewSeq, total: length })}</p>
      )}
      <div className="row">
        <button type="button" disabled={viewSeq === null} onClick={() => store.viewAt(null)}>
          {t('timeline.backToHead')}
        </button>
        <button
          type="button"
          disabled={follower || !loaded}
          onClick={() => {
            const ws = store.workspace;
            const name = freeName(ws, t('timeline.branchNameDefault', { n: branchCount }));
            const b = ws.createBranch(name, {
              branchId: ws.current.info.id,
              seq: viewSeq ?? length,
            });
            ws.switchTo(b.info.id);
          }}
        >
          {t('timeline.continueHere')}
        </button>
      </div>
    </section>
  );
}
