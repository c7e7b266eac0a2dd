import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyCommand, DocumentIndex, SmartBinderParams } from '../../models';
import { matchMode, OFFICE, signalMode } from '../../models';

const MATCHES = matchMode.options;
const SIGNALS = signalMode.options;

export interface BinderTerminalProps {
  binderId: string;
  /** The binder's parameters: its categories and how long a name may be. */
  params: SmartBinderParams;
  /** The document index: a paper document may be filed as the original of one of its assets. */
  index: DocumentIndex;
  /** A fresh document id for the next filing (ids are data in the log: derived, not random). */
  nextDocId: string;
  /** While the timeline shows the past, nothing can be sent. */
  readOnly: boolean;
  onCommand: (to: string, command: AnyCommand) => void;
}

/**
 * The system terminal of the smart binder: find a paper document by name or
 * related information, by similar or exact name (the slot lights up, beeps,
 * or both), and file a new one with optional related information (client,
 * project, tags: what a later search may be typed as), optionally as the
 * paper original of a digital asset, so the document index knows where that
 * asset's paper lies.
 */
export function BinderTerminal({
  binderId,
  params,
  index,
  nextDocId,
  readOnly,
  onCommand,
}: BinderTerminalProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [match, setMatch] = useState<(typeof MATCHES)[number]>('fuzzy');
  const [signal, setSignal] = useState<(typeof SIGNALS)[number]>('both');
  const [docName, setDocName] = useState('');
  const [info, setInfo] = useState('');
  const categories = Object.keys(params.categories);
  const [chosen, setCategory] = useState(categories[0] ?? '');
  const category = categories.includes(chosen) ? chosen : (categories[0] ?? '');
  const [assetId, setAssetId] = useState('');
  // Only material without a filed original can get one.
  const unfiled = Object.values(index).filter((m) => !m.paper);
  const linked = unfiled.some((m) => m.assetId === assetId) ? assetId : '';
  return (
    <fieldset disabled={readOnly}>
      <legend>{t('devices.terminal')}</legend>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          onCommand(OFFICE, { type: 'LOCATE_DOCUMENT', query, match, signal });
        }}
      >
        <input
          aria-label={t('devices.query')}
          placeholder={t('devices.query')}
          value={query}
          maxLength={params.maxTextLength}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select
          aria-label={t('devices.match')}
          value={match}
          onChange={(e) => setMatch(e.target.value as (typeof MATCHES)[number])}
        >
          {MATCHES.map((m) => (
            <option key={m} value={m}>
              {t(`devices.matches.${m}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('devices.signal')}
          value={signal}
          onChange={(e) => setSignal(e.target.value as (typeof SIGNALS)[number])}
        >
          {SIGNALS.map((m) => (
            <option key={m} value={m}>
              {t(`devices.signals.${m}`)}
            </option>
          ))}
        </select>
        <button type="submit">{t('devices.locate')}</button>
      </form>
      <form
        className="row wrap"
        onSubmit={(e) => {
          e.preventDefault();
          onCommand(binderId, {
            type: 'FILE',
            docId: nextDocId,
            name: docName,
            category,
            info,
            assetId: linked || null,
          });
          setAssetId('');
          // A second press must not file the same paper again by accident.
          setDocName('');
        }}
      >
        <input
          aria-label={t('devices.fileName')}
          placeholder={t('devices.fileName')}
          value={docName}
          maxLength={params.maxTextLength}
          onChange={(e) => setDocName(e.target.value)}
        />
        <input
          aria-label={t('devices.fileInfo')}
          placeholder={t('devices.fileInfoHint')}
          value={info}
          maxLength={params.maxTextLength}
          onChange={(e) => setInfo(e.target.value)}
        />
        <select
          aria-label={t('devices.category')}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
        >
          {categories.map((c) => (
            <option key={c} value={c}>
              {t(`binderCategory.${c}`, { defaultValue: c })}
            </option>
          ))}
        </select>
        <select
          aria-label={t('materials.originalOf')}
          value={linked}
          onChange={(e) => {
            const id = e.target.value;
            setAssetId(id);
            // The paper usually carries the asset's title: offered, not forced.
            const title = index[id]?.title;
            if (title && !docName.trim()) setDocName(title);
          }}
        >
          <option value="">{t('materials.noAsset')}</option>
          {unfiled.map((m) => (
            <option key={m.assetId} value={m.assetId}>
              {m.title || m.assetId}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!docName.trim()}>
          {t('devices.file')}
        </button>
      </form>
    </fieldset>
  );
}
