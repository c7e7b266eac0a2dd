import type { Flat, Oracle } from './graph-coverage';

/**
 * What each device should emit on each `from|event|to` step, written from the
 * issue's description rather than read off the machines. Entries that
 * depend on a guard compute the answer from the context before the step.
 */
const each = (states: string[], event: string, emits: Oracle[string]): Oracle =>
  Object.fromEntries(states.map((s) => [`${s}|${event}|${s}`, emits]));

const R = ['CommandRefused'];

const eboardStates = [
  'idle',
  'capturing',
  'saving',
  'uploading',
  'retryWait',
  'converting',
  'synced',
];
export const eboard: Oracle = {
  ...each(eboardStates, 'CHARGE', ['EBoardCharged']),
  ...each(eboardStates, 'NETWORK_CHANGED', []),
  'idle|START_PAGE|capturing': ['EBoardCaptureStarted'],
  'synced|START_PAGE|capturing': ['EBoardCaptureStarted'],
  'idle|START_PAGE|idle': R,
  'synced|START_PAGE|synced': R,
  'capturing|STROKE|capturing': [],
  'capturing|END_PAGE|saving': [],
  'capturing|END_PAGE|capturing': R,
  'saving|after|uploading': ['EBoardPageCaptured'],
  'saving|after|idle': ['EBoardPageCaptured', 'EBoardPageQueued'],
  'idle|NETWORK_CHANGED|uploading': [],
  'uploading|NETWORK_CHANGED|idle': [],
  'retryWait|NETWORK_CHANGED|idle': [],
  'uploading|after|converting': ['EBoardPageUploaded'],
  'uploading|after|retryWait': ['EBoardUploadFailed'],
  'retryWait|after|uploading': [],
  'converting|after|uploading': ['EBoardPageConverted'],
  'converting|after|synced': ['EBoardPageConverted', 'EBoardSynced'],
};

const scannerStates = [
  'idle',
  'scanning.awaitingPass',
  'scanning.passing',
  'stitching',
  'converting',
  'waitingNetwork',
  'uploading',
];
export const scanner: Oracle = {
  ...each(scannerStates, 'NETWORK_CHANGED', []),
  'idle|START_SHEET|scanning.awaitingPass': ['ScanSheetStarted'],
  'idle|START_SHEET|idle': R,
  'scanning.awaitingPass|PASS|scanning.passing': [],
  // Datasheet limits used by the default parameters: 150 mm/s, 5°.
  'scanning.passing|after|scanning.awaitingPass': (_e, c) =>
    c.sweep.speedMmS > 150 || c.sweep.skewDeg > 5 ? ['ScanPassRejected'] : ['ScanPassAccepted'],
  'scanning.passing|after|stitching': ['ScanPassAccepted'],
  'scanning.awaitingPass|CANCEL|idle': ['ScanCancelled'],
  'scanning.passing|CANCEL|idle': ['ScanCancelled'],
  'stitching|after|scanning.awaitingPass': ['ScanStitchFailed'],
  'stitching|after|converting': ['ScanStitched'],
  'converting|after|uploading': ['ScanConverted'],
  'converting|after|waitingNetwork': ['ScanConverted'],
  'waitingNetwork|NETWORK_CHANGED|uploading': [],
  'uploading|NETWORK_CHANGED|waitingNetwork': [],
  'uploading|after|idle': ['ScanUploaded'],
};

type Doc = {
  docId: string;
  name: string;
  info: string;
  homeSlotId: string;
  atSlotId: string | null;
};
type BinderCtx = { docs: Record<string, Doc> };
const docs = (c: BinderCtx) => Object.values(c.docs);
const fileOutcome = (e: Flat, c: BinderCtx) => {
  // A name is filed trimmed, and must be 1–200 letters then.
  const name = String(e.name).trim();
  if (name === '' || name.length > 200) return R;
  const cat = String(e.category);
  const known = cat === 'sketches' || cat === 'documents';
  // One sleeve per category here: free unless it is a home or holds a misfiled paper.
  const inCat = (slot: string | null) => slot?.startsWith(`${cat}-`) ?? false;
  const free = !docs(c).some((d) => inCat(d.homeSlotId) || inCat(d.atSlotId));
  return known && !(String(e.docId) in c.docs) && free ? ['BinderDocumentFiled'] : R;
};
/** Typos between two words: a letter added, dropped, changed, or two neighbours swapped. */
const typos = (a: string, b: string): number => {
  if (a === '' || b === '') return a.length + b.length;
  const swap = a[0] === b[1] && a[1] === b[0] ? typos(a.slice(2), b.slice(2)) + 1 : Infinity;
  return Math.min(
    typos(a.slice(1), b.slice(1)) + (a[0] === b[0] ? 0 : 1),
    typos(a.slice(1), b) + 1,
    typos(a, b.slice(1)) + 1,
    swap,
  );
};
/**
 * Exact: the whole name or information. Fuzzy: also a part of either, or
 * each query word begins a word of them or is within its typos of one (none
 * up to 2 letters, one up to 5, two beyond: the graph binder's limit is 2).
 */
const locateOutcome = (e: Flat, c: BinderCtx) => {
  const q = String(e.query).trim().toLowerCase();
  if (q === '') return R;
  const hit = docs(c).some((d) => {
    if (d.atSlotId === null) return false;
    const name = d.name.toLowerCase();
    const info = d.info.toLowerCase();
    if (q === name || q === info) return true;
    if (e.match === 'exact') return false;
    if (name.includes(q) || info.includes(q)) return true;
    const words = `${name} ${info}`.split(' ');
    return q.split(' ').every((qw) => {
      const allowed = qw.length < 3 ? 0 : qw.length < 6 ? 1 : 2;
      return words.some((w) => w.startsWith(qw) || typos(qw, w) <= allowed);
    });
  });
  return hit ? ['BinderSlotSignalled'] : ['BinderDocumentNotFound'];
};
const takeOutcome = (e: Flat, c: BinderCtx) =>
  docs(c).some((d) => d.atSlotId === e.slotId) ? ['BinderDocumentTakenOut'] : R;
const putOutcome = (e: Flat, c: BinderCtx) => {
  const d = c.docs[String(e.docId)];
  const slot = String(e.slotId);
  const valid = slot === 'sketches-01' || slot === 'documents-01';
  if (!d || d.atSlotId !== null || !valid || docs(c).some((o) => o.atSlotId === slot)) return R;
  return slot === d.homeSlotId ? ['BinderDocumentReturned'] : ['BinderMisfileDetected'];
};
export const binder: Oracle = {
  ...each(['ready', 'signalling'], 'FILE', fileOutcome),
  ...each(['ready', 'signalling'], 'PUT_BACK', putOutcome),
  ...each(['ready', 'signalling'], 'TAKE_OUT', takeOutcome),
  ...each(['ready', 'signalling'], 'LOCATE', locateOutcome),
  'ready|LOCATE|signalling': ['BinderSlotSignalled'],
  'signalling|TAKE_OUT|ready': ['BinderDocumentTakenOut', 'BinderSignalStopped'],
  'signalling|after|ready': ['BinderSignalStopped'],
};

const recorderStates = ['idle', 'recording', 'paused', 'saved', 'uploading', 'transcribing'];
export const recorder: Oracle = {
  ...each(recorderStates, 'NETWORK_CHANGED', []),
  'idle|RECORD|recording': ['AudioRecordingStarted'],
  'idle|RECORD|idle': R,
  'recording|PAUSE|paused': ['AudioRecordingPaused'],
  'paused|RESUME|recording': ['AudioRecordingResumed'],
  'recording|STOP|saved': ['AudioRecordingSaved'],
  'paused|STOP|saved': ['AudioRecordingSaved'],
  'saved|after|uploading': [],
  'saved|NETWORK_CHANGED|uploading': [],
  'uploading|NETWORK_CHANGED|saved': [],
  'uploading|after|transcribing': ['AudioClipUploaded'],
  'transcribing|after|idle': ['AudioClipTranscribed'],
};

export const computer: Oracle = {
  ...each(['idle', 'editing.working', 'editing.saving'], 'RECEIVE', ['ComputerAssetReceived']),
  'idle|OPEN|editing.working': ['EditingSessionStarted'],
  'idle|OPEN|idle': R,
  'editing.working|SAVE_VERSION|editing.saving': [],
  'editing.saving|after|editing.working': ['AssetVersionSaved'],
  'editing.working|CLOSE|idle': ['EditingSessionEnded'],
};

type PrinterCtx = { queue: Array<{ pages: number; done: number }> };
const submitOutcome = (e: Flat, c: PrinterCtx) =>
  Number(e.pages) < 1 || c.queue.length >= 2 ? R : ['PrintJobQueued'];
const lastPage = (c: PrinterCtx) => {
  const j = c.queue[0]!;
  return j.done + 1 >= j.pages;
};
const printerStates = ['idle', 'warming', 'working', 'jammed', 'needsPaper', 'needsToner'];
export const printer: Oracle = {
  ...each(printerStates, 'SUBMIT', submitOutcome),
  ...each(printerStates, 'LOAD_PAPER', ['PrinterPaperLoaded']),
  ...each(printerStates, 'REPLACE_TONER', ['PrinterTonerReplaced']),
  'idle|SUBMIT|warming': ['PrintJobQueued'],
  'warming|after|working': ['PrintJobStarted'],
  'warming|after|needsPaper': ['PrintJobStarted', 'PrinterPaperOut'],
  'warming|after|needsToner': ['PrintJobStarted', 'PrinterTonerOut'],
  'working|after|jammed': ['PrinterJammed'],
  // A jam on demand shows when the page ends (working|after|jammed), not at once.
  'working|JAM|working': [],
  'working|after|idle': ['PrintJobCompleted'],
  'working|after|working': (_e, c) => (lastPage(c) ? ['PrintJobCompleted', 'PrintJobStarted'] : []),
  'working|after|needsPaper': (_e, c) =>
    lastPage(c) ? ['PrintJobCompleted', 'PrintJobStarted', 'PrinterPaperOut'] : ['PrinterPaperOut'],
  'working|after|needsToner': (_e, c) =>
    lastPage(c) ? ['PrintJobCompleted', 'PrintJobStarted', 'PrinterTonerOut'] : ['PrinterTonerOut'],
  'jammed|CLEAR_JAM|working': ['PrinterJamCleared'],
  'needsPaper|LOAD_PAPER|working': ['PrinterPaperLoaded'],
  'needsPaper|LOAD_PAPER|needsToner': ['PrinterPaperLoaded', 'PrinterTonerOut'],
  'needsToner|REPLACE_TONER|working': ['PrinterTonerReplaced'],
};

/** The printer machine with no tray and no toner (a flatbed scanner): supplies are refused. */
export const flatbedScanner: Oracle = {
  ...printer,
  ...each(printerStates, 'LOAD_PAPER', R),
  ...each(printerStates, 'REPLACE_TONER', R),
};

export const network: Oracle = {
  'online|GO_OFFLINE|offline': ['NetworkWentOffline'],
  'offline|GO_ONLINE|online': ['NetworkCameOnline'],
};

export const share: Oracle = {
  'queued|NETWORK_CHANGED|sending': [],
  'sending|NETWORK_CHANGED|queued': [],
  'sending|after|delivered': ['AssetShareDelivered'],
  'delivered|after|viewed': ['AssetShareViewed'],
  'viewed|after|feedbackReceived': ['ClientFeedbackReceived'],
};
