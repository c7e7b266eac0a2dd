import { useTranslation } from 'react-i18next';
import type { DocumentIndex, MaterialEntry, OfficeSystem, ShareContext, Stage } from '../../models';
import type { Translate } from '../app/i18n/problem-text';
import { deviceStateKey } from './device-text';
import { slotName } from './slot-name';

export const STAGES: readonly Stage[] = ['input', 'edit', 'output'];

/** One share of an asset with a client, and how far it got (a catalog key of the share's state). */
export interface ShareView {
  shareId: string;
  assetId: string;
  client: string;
  stateKey: string;
  /** The client's verdict, once their feedback arrived. */
  verdict: 'approved' | 'changesRequested' | null;
}

export interface MaterialsTableProps {
  /** The office system's document index, at the moment the timeline shows. */
  index: DocumentIndex;
  /** The shares the network carries, oldest first. */
  shares: readonly ShareView[];
  /** A device's name in the room, for the material's origin. */
  deviceName: (deviceId: string) => string;
}

/**
 * Every piece of material the office system has indexed and the essay's
 * stage it has reached (input, edit, output), with where its paper original
 * is filed. Titles and names are data: rendered as text, never as HTML.
 */
export function MaterialsTable({ index, shares, deviceName }: MaterialsTableProps) {
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
                    <td>
                      {stageText(m, t)}
                      {shares
                        .filter((v) => v.assetId === m.assetId)
                        .map((v) => (
                          <span className="material-share" key={v.shareId}>
                            {shareText(v, t)}
                          </span>
                        ))}
                    </td>
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

/** The shares the network carries, for the material they belong to. */
export function sharesOf(sys: OfficeSystem): ShareView[] {
  const out: ShareView[] = [];
  for (const a of sys.actors.values()) {
    if (a.kind !== 'share') continue;
    const c = a.snapshot.context as ShareContext;
    out.push({
      shareId: c.shareId,
      assetId: c.assetId,
      client: c.client,
      stateKey: deviceStateKey(a.snapshot.machine.id, a.snapshot.value),
      verdict: a.snapshot.value === 'feedbackReceived' ? c.verdict : null,
    });
  }
  return out;
}

type T = Translate;

/** The stage, with what was done to the material so far (versions, shares, prints). */
function stageText(m: MaterialEntry, t: T): string {
  const done = [
    m.versions > 0 ? t('materials.versions', { count: m.versions }) : null,
    m.shares > 0 ? t('materials.shares', { count: m.shares }) : null,
    m.prints > 0 ? t('materials.prints', { count: m.prints }) : null,
  ].filter((x) => x !== null);
  return [t(`stage.${m.stage}`), ...done].join(' · ');
}

/** "Client Wang: feedback received (approved)": the client's name is data. */
function shareText(v: ShareView, t: T): string {
  const state = t(v.stateKey);
  return t('materials.shareTo', {
    client: v.client,
    state: v.verdict
      ? t('materials.verdict', { state, verdict: t(`materials.${v.verdict}`) })
      : state,
  });
}

function paperText(m: MaterialEntry, t: T): string {
  if (!m.paper) return '—';
  if (m.paper.takenOut) return t('materials.takenOut', { slot: slotName(m.paper.slotId, t) });
  return m.paper.misfiledAt
    ? t('materials.misfiled', {
        slot: slotName(m.paper.slotId, t),
        actual: slotName(m.paper.misfiledAt, t),
      })
    : t('materials.filedIn', { slot: slotName(m.paper.slotId, t) });
}
