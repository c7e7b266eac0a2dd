import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../app/i18n/problem-text';
import { useOffice, useOfficeStore } from '../app/use-office';
import type { BranchInfo } from '../core/branch-info';
import { freeName } from '../core/branch-names';
import type { DeleteRefusal } from '../core/workspace';

/** Lists, switches and deletes branches. Deleting asks first; the last one stays. */
export function BranchPanel() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const branches = useOffice((v) => v.branches);
  const current = useOffice((v) => v.branch);
  const follower = useOffice((v) => v.role === 'follower');
  // The other branches are listed once the whole stored log is in.
  const loaded = useOffice((v) => v.historyLoaded);
  const setAside = useOffice((v) => v.setAside);
  const [name, setName] = useState(current.name);
  // A name another branch has: said next to the field, and the field keeps what was typed.
  const [taken, setTaken] = useState<string | null>(null);
  useEffect(() => {
    setName(current.name);
    setTaken(null);
  }, [current.name]);
  const rename = () => {
    const next = name.trim().slice(0, 200);
    if (!next || next === current.name) {
      setName(current.name);
      setTaken(null);
    } else if (freeName(store.workspace, next, current.id) !== next) {
      setTaken(next);
    } else {
      setTaken(null);
      store.workspace.rename(current.id, next);
    }
  };
  return (
    <section className="panel branches" aria-label={t('branches.label')}>
      <h2>{t('branches.label')}</h2>
      <select
        aria-label={t('branches.current')}
        value={current.id}
        disabled={!loaded}
        onChange={(e) => store.workspace.switchTo(e.target.value)}
      >
        {byAge(branches).map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
      <label className="field">
        <span>{t('branches.name')}</span>
        <input
          value={name}
          maxLength={200}
          disabled={follower}
          aria-invalid={taken !== null}
          onChange={(e) => setName(e.target.value)}
          onBlur={rename}
          onKeyDown={(e) => {
            if (e.key === 'Enter') rename();
          }}
        />
      </label>
      {taken !== null && (
        <p className="notice-error" role="alert">
          {t('branches.nameTaken', { name: taken })}
        </p>
      )}
      <button
        type="button"
        disabled={follower || !loaded || branches.length < 2}
        onClick={() => {
          if (!window.confirm(t('branches.confirmDelete', { name: current.name }))) return;
          const r = store.workspace.deleteBranch(current.id);
          if (!r.ok) {
            const key = refusalKey(r.error);
            if (key) store.setNotice({ kind: 'error', key });
          }
        }}
      >
        {t('branches.delete')}
      </button>
      {setAside.length > 0 && (
        <section className="set-aside" aria-label={t('branches.setAsideLabel')}>
          <h3>{t('branches.setAsideLabel')}</h3>
          <ul>
            {setAside.map((d) => (
              <li key={d.info.id}>{problemText({ kind: 'storedLog', error: d.error }, t)}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function refusalKey(reason: DeleteRefusal): string | null {
  switch (reason) {
    case 'last':
      return 'branches.refusedLast';
    case 'hasChildren':
      return 'branches.refusedChildren';
    case 'keptForSetAside':
      return 'branches.refusedSetAsideChild';
    case 'loading':
      return 'timeline.loadingHistory';
    case 'missing':
      return null;
    default: {
      const never: never = reason;
      return never;
    }
  }
}

/** Oldest first, whatever order storage handed them over in: the picker reads the same after a reload. */
function byAge(branches: readonly BranchInfo[]): BranchInfo[] {
  return [...branches].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}
