import { useTranslation } from 'react-i18next';
import type { DocumentIndex, MaterialEntry, Stage } from '../../models';

export const STAGES: readonly Stage[] = ['input', 'edit', 'output'];

export interface MaterialsTableProps {
  /** The office system's document index, at the moment the timeline shows. */
  index: DocumentIndex;
  /** A device's name in the room, for the material's origin. */
  deviceName: (deviceId: string) => string;
}

/**
 * Every piece of material the office system has indexed and the essay's
 * stage it has reached (input, edit, output), with where its paper original
 * is filed. Titles and names are data: rendered as text, never as HTML.
 */
export function MaterialsTable({ index, deviceName }: MaterialsTableProps) {
  const { t } = useTranslation();
  const entries = Object.values(index);
  const count = (s: Stage) => entries.filter((m) => m.stage === s).length;
  return (
    <section className="materials" aria-label={t('materials.label')}>
      <h3>{t('materials.label')}</h3>
      {entries.length === 0 ? (
        <p>{t('materials.none')}</p>
      ) : (
        <>
          <p className="stage-counts">
            {STAGES.map((s) =>
              t('materials.stageCount', { stage: t(`stage.${s}`), count: count(s) }),
            ).join(' · ')}
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('materials.title')}</th>
                  <th scope="col">{t('materials.stage')}</th>
                  <th scope="col">{t('materials.paper')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((m) => (
                  <tr key={m.assetId} data-stage={m.stage}>
                    <th scope="row">
                      <span className="material-title">{m.title || m.assetId}</span>
                      <span className="material-meta">
                        {t('materials.meta', {
                          kind: t(`materials.kind.${m.kind}`),
                          device: deviceName(m.originDeviceId),
                        })}
                      </span>
                    </th>
                    <td>{stageText(m, t)}</td>
                    <td>{paperText(m, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

type T = (key: string, p?: Record<string, unknown>) => string;

/** The stage, with what was done to the material so far (versions, shares, prints). */
function stageText(m: MaterialEntry, t: T): string {
  const done = [
    m.versions > 0 ? t('materials.versions', { count: m.versions }) : null,
    m.shares > 0 ? t('materials.shares', { count: m.shares }) : null,
    m.prints > 0 ? t('materials.prints', { count: m.prints }) : null,
  ].filter((x) => x !== null);
  return [t(`stage.${m.stage}`), ...done].join(' · ');
}

function paperText(m: MaterialEntry, t: T): string {
  if (!m.paper) return '—';
  return m.paper.misfiledAt
    ? t('materials.misfiled', { slot: m.paper.slotId, actual: m.paper.misfiledAt })
    : t('materials.filedIn', { slot: m.paper.slotId });
}
