import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DeviceKind, defaultSmartBinderParams, type LoggedEvent } from '../../models';
import { ensureDeviceEvents } from '../app/event-registry';
import { createOfficeRuntime } from '../app/office-runtime-host';
import { useOffice, useOfficeStore } from '../app/use-office';
import { catalogKindOfDevice } from '../sim/device-kinds';
import { officeViewAt } from '../sim/office-runtime';
import { BinderTerminal } from './BinderTerminal';
import { DeviceControls } from './DeviceControls';
import { DeviceReadings } from './DeviceReadings';
import { describeOutcome, deviceStateKey, nextStepText, officeClock } from './device-text';
import { itemName } from './item-names';
import { MaterialsTable, sharesOf } from './MaterialsTable';
import { PaperDocuments } from './PaperDocuments';

/**
 * The office system in the running app: start it with the devices in the
 * room, move its clock, use the smart binder's terminal (locate a paper
 * document by name; the slot lights up in the room), and follow each piece
 * of material through the essay's stages.
 */
export function DevicesPanel() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const [ready, setReady] = useState(false);
  // What the last command did, kept as events (not words) so a language switch re-words it.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const runtime = useMemo(() => createOfficeRuntime(store), [store]);
  // Re-read the system whenever the log or the branch changes.
  const length = useOffice((v) => v.length);
  const branchId = useOffice((v) => v.branch.id);
  const state = useOffice((v) => v.state);
  const viewSeq = useOffice((v) => v.viewSeq);
  const readOnly = viewSeq !== null;
  // The runtime rebuilds from the office's start, which may lie before the stored snapshot.
  const loaded = useOffice((v) => v.historyLoaded);
  useEffect(() => {
    void ensureDeviceEvents().then(() => setReady(true));
  }, []);
  // Bumped by every command: a refused or forwarded one leaves the log as it
  // was, and the system must then be read from the log again.
  const [sent, setSent] = useState(0);
  // The head's system, or while the timeline shows the past, the devices as
  // they were then (like the status lights in the room).
  // biome-ignore lint/correctness/useExhaustiveDependencies: length, branch id and sent mark a new log or command
  const sys = useMemo(() => {
    if (!ready || !loaded) return null;
    if (viewSeq === null) return runtime.system();
    return officeViewAt(store.workspace.current.log.all(), viewSeq);
  }, [ready, loaded, runtime, store, viewSeq, length, branchId, sent]);
  /**
   * Runs one command and keeps what it did. The log then holds the command's
   * batch at `until` (a follower's batch gets there when the writer takes it):
   * anything logged after it (an edit, an undo, another tab's command) makes
   * the outcome old news, and it is no longer shown.
   */
  const show = (command: () => LoggedEvent[] | null, nothingDue = false) => {
    const before = store.workspace.current.log.length;
    const events = command();
    setSent((n) => n + 1);
    const until = before + (events?.length ?? 0);
    setOutcome(events ? { events, until } : nothingDue ? { nothingDue, until } : null);
  };
  // An outcome belongs to the moment it was made: another moment or branch drops it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: viewSeq and branchId mark another moment
  useEffect(() => setOutcome(null), [viewSeq, branchId]);
  const outcomeText = outcome === null || length > outcome.until ? null : outcomeWords(outcome, t);
  // A device whose item left the room keeps its machine (the office started
  // with it) but takes no more commands.
  const nameOf = (a: { id: string; kind: string }) => {
    if (state.items[a.id]) return itemName(state, a.id, t);
    const kind = a.kind === 'share' ? undefined : catalogKindOfDevice(a.kind as DeviceKind);
    return t('devices.removed', { name: kind ? t(`catalog.${kind}`) : a.id });
  };
  const deviceName = (id: string) => {
    const actor = sys?.actors.get(id);
    return actor ? nameOf(actor) : id;
  };
  // Devices placed after the start: offered to join (the past is read-only).
  // The system is mutated in place by each command, so this is read on every render (it is cheap).
  const newcomers = sys && !readOnly ? runtime.newcomers() : [];
  // Every binder keeps its paper list; the terminal files into the first binder still in the room.
  const binders = sys ? [...sys.actors.values()].filter((a) => a.kind === 'smart-binder') : [];
  const binder = binders.find((b) => state.items[b.id]);

  return (
    <section className="panel devices" aria-label={t('devices.label')}>
      <h2>{t('devices.label')}</h2>
      {!sys && (
        <>
          <p>{t('devices.notStarted')}</p>
          <button
            type="button"
            disabled={!ready || !loaded || readOnly}
            onClick={() => show(() => runtime.start(42))}
          >
            {t('devices.start')}
          </button>
        </>
      )}
      {sys && (
        <>
          <p>{officeClock(sys.now, t)}</p>
          {newcomers.length > 0 && (
            <p className="row">
              <span>
                {t('devices.newcomers', {
                  names: newcomers.map((d) => itemName(state, d.id, t)),
                  count: newcomers.length,
                })}
              </span>
              <button type="button" onClick={() => show(() => runtime.joinNewcomers())}>
                {t('devices.join')}
              </button>
            </p>
          )}
          <ul className="device-list">
            {[...sys.actors.values()]
              .filter((a) => a.kind !== 'share')
              .map((a) => (
                <li key={a.id}>
                  <span className="device-state">
                    {t('devices.stateOf', {
                      name: nameOf(a),
                      state: t(deviceStateKey(a.snapshot.machine.id, a.snapshot.value)),
                    })}
                  </span>
                  <DeviceReadings actor={a} now={sys.now} />
                  <NextStep text={nextStepText(sys, a.id, t)} />
                  <DeviceControls
                    sys={sys}
                    actor={a}
                    name={nameOf(a)}
                    readOnly={readOnly || !state.items[a.id]}
                    onCommand={(to, command) => show(() => runtime.send(to, command))}
                  />
                </li>
              ))}
          </ul>
          <div className="row">
            <button
              type="button"
              disabled={readOnly}
              onClick={() => show(() => runtime.advance(60_000))}
            >
              {t('devices.advance1')}
            </button>
            <button
              type="button"
              disabled={readOnly}
              onClick={() => show(() => runtime.advance(600_000))}
            >
              {t('devices.advance10')}
            </button>
            <button
              type="button"
              disabled={readOnly}
              onClick={() =>
                runtime.system()?.nextDue() === undefined
                  ? show(() => null, true)
                  : show(() => runtime.runToNextEvent())
              }
            >
              {t('devices.nextEvent')}
            </button>
          </div>
          {binder && (
            <BinderTerminal
              binderId={binder.id}
              params={binder.built.binder ?? defaultSmartBinderParams}
              index={sys.index}
              nextDocId={`doc-${sys.journal.length}`}
              readOnly={readOnly}
              onCommand={(to, command) => show(() => runtime.send(to, command))}
            />
          )}
          {binders.map((b) => (
            <PaperDocuments
              key={b.id}
              binder={b}
              name={binders.length > 1 ? nameOf(b) : null}
              readOnly={readOnly || !state.items[b.id]}
              onCommand={(to, command) => show(() => runtime.send(to, command))}
            />
          ))}
          <MaterialsTable index={sys.index} shares={sharesOf(sys)} deviceName={deviceName} />
        </>
      )}
      {outcomeText && (
        <p className="device-outcome" role="status">
          {outcomeText}
        </p>
      )}
    </section>
  );
}

/**
 * A command's events, or the note that no device had anything scheduled;
 * `until` is the log length at which it is still the latest news.
 */
type Outcome = { until: number } & ({ events: LoggedEvent[] } | { nothingDue: true });

/** In words when there is something to tell (a refusal, a slot found), else how much it logged. */
function outcomeWords(outcome: Outcome, t: (key: string, p?: Record<string, unknown>) => string) {
  if ('nothingDue' in outcome) return t('devices.nothingDue');
  const { events } = outcome;
  return (
    describeOutcome(events, t) ??
    (events.length > 0 ? t('devices.done', { count: events.length }) : null)
  );
}

function NextStep({ text }: { text: string | null }) {
  return text ? <span className="device-next">{text}</span> : null;
}
