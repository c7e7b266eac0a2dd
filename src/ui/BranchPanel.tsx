import { useTranslation } from 'react-i18next';
import { useOffice, useOfficeStore } from '../app/use-office';

/** Lists, switches and deletes branches. Deleting asks first; the last one stays. */
export function BranchPanel() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const branches = useOffice((v) => v.branches);
  const current = useOffice((v) => v.branch);
  const follower = useOffice((v) => v.role === 'follower');
  return (
    <section className="panel branches" aria-label={t('branches.label')}>
      <h2>{t('branches.label')}</h2>
      <select
        aria-label={t('branches.current')}
        value={current.id}
        onChange={(e) => store.workspace.switchTo(e.target.value)}
      >
        {branches.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={follower || branches.length < 2}
        onClick={() => {
          if (!window.confirm(t('branches.confirmDelete', { name: current.name }))) return;
          const r = store.workspace.deleteBranch(current.id);
          if (!r.ok && r.error !== 'missing') {
            const key = r.error === 'last' ? 'branches.refusedLast' : 'branches.refusedChildren';
            store.setNotice({ kind: 'error', key });
          }
        }}
      >
        {t('branches.delete')}
      </button>
    </section>
  );
}
