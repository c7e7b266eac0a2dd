import type {
  AudioRecorderContext,
  ComputerContext,
  EBoardContext,
  HandheldScannerContext,
  OfficeSystem,
  PrinterContext,
  SmartBinderContext,
} from '../../models';
import { hasPaperTray, takesToner } from '../../models';
import { formatOfficeTime } from './device-text';

type Actor = OfficeSystem['actors'] extends Map<string, infer A> ? A : never;

/** One line of what a device shows on its display: a catalog key `readings.<key>` and its values. */
export interface Reading {
  key: string;
  params: Record<string, string | number>;
  /** Values that are words of the catalog (a sheet size), worded before the message. */
  terms?: Record<string, string>;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A reading in the language shown. */
export function readingText(r: Reading, t: Translate): string {
  const terms = Object.fromEntries(Object.entries(r.terms ?? {}).map(([k, v]) => [k, t(v)]));
  return t(`readings.${r.key}`, { ...r.params, ...terms });
}

/**
 * What a person reads off a device besides its state: battery, queue,
 * pass count, inbox, paper and toner. These are the levels the models'
 * limits and refusals are about, so a refusal ("battery empty", "out of
 * paper") is never a surprise.
 */
export function deviceReadings(actor: Actor, now: number): Reading[] {
  const context = actor.snapshot.context;
  const r = (key: string, params: Reading['params'] = {}): Reading => ({ key, params });
  switch (actor.kind) {
    case 'e-board': {
      const c = context as EBoardContext;
      const out = [r('battery', { pct: Math.round(c.batteryPct) })];
      if (c.queue.length > 0) out.push(r('pagesToUpload', { count: c.queue.length }));
      return out;
    }
    case 'handheld-scanner': {
      const job = (context as HandheldScannerContext).job;
      if (!job) return [];
      const pass = r('scanPass', { name: job.name, current: job.current, count: job.passesNeeded });
      return [{ ...pass, terms: { sheet: `devices.sheets.${job.sheet}` } }];
    }
    case 'audio-recorder': {
      const clip = (context as AudioRecorderContext).clip;
      if (!clip) return [];
      // The running segment joins the clip only on pause or stop; the display counts it live.
      const running = actor.snapshot.value === 'recording' ? now - clip.segmentStart : 0;
      return [r('clip', { title: clip.title, kept: formatOfficeTime(clip.durationMs + running) })];
    }
    case 'computer': {
      const c = context as ComputerContext;
      const out = [r('inbox', { count: c.inbox.length })];
      const open = c.session ? c.assets[c.session.assetId] : undefined;
      if (open) out.push(r('editing', { title: open.title, count: open.versions }));
      return out;
    }
    case 'all-in-one':
    case 'printer':
    case 'copier':
    case 'scanner': {
      const c = context as PrinterContext;
      const p = actor.built.printer;
      const out: Reading[] = [];
      // A scanner-only device has neither tray nor toner.
      if (p && hasPaperTray(p)) out.push(r('paper', { count: c.paper, capacity: p.trayCapacity }));
      if (p && takesToner(p))
        out.push(r('toner', { pct: Math.round((100 * c.tonerPages) / p.tonerPages) }));
      out.push(r('jobs', { count: c.queue.length }));
      return out;
    }
    case 'smart-binder': {
      const c = context as SmartBinderContext;
      const sleeves = actor.built.binder
        ? Object.values(actor.built.binder.categories).reduce((a, b) => a + b, 0)
        : 0;
      return [r('binder', { count: Object.keys(c.docs).length, sleeves })];
    }
    case 'network':
    case 'share':
      // The network's state is its reading (online / offline); shares show with their material.
      return [];
    default: {
      const never: never = actor.kind;
      return never;
    }
  }
}
