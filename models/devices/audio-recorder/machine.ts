import { assign, emit, setup } from 'xstate';
import { refused } from '../../events/refusal';
import { drawBetween } from '../../rng';
import { type DeviceInput, type NetworkChanged, type Timed, transferMs } from '../common';
import { networkGuards, setOnline } from '../network-aware';
import type { AudioRecorderCommand } from './commands';
import type { AudioRecorderEmitted } from './events';
import { type AudioRecorderParams, defaultAudioRecorderParams } from './params';

export interface AudioClip {
  clipId: string;
  title: string;
  /** Audio kept so far, ms; the running segment is added on PAUSE or STOP. */
  durationMs: number;
  /** Simulation time the running segment started. */
  segmentStart: number;
}

export interface AudioRecorderContext {
  deviceId: string;
  rng: number;
  online: boolean;
  clipSeq: number;
  usedMs: number;
  clip: AudioClip | null;
  confidence: number;
}

export type AudioRecorderEvent = Timed<AudioRecorderCommand> | NetworkChanged;

const clipOf = (c: AudioRecorderContext): AudioClip => {
  if (!c.clip) throw new Error('recorder: clip expected');
  return c.clip;
};

export function createAudioRecorderMachine(
  params: AudioRecorderParams = defaultAudioRecorderParams,
) {
  const bytesOf = (clip: AudioClip) => Math.ceil((clip.durationMs / 1000) * (params.bitRate / 8));
  const clipIds = (c: AudioRecorderContext) => ({ deviceId: c.deviceId, clipId: clipOf(c).clipId });

  return setup({
    types: {
      context: {} as AudioRecorderContext,
      events: {} as AudioRecorderEvent,
      input: {} as DeviceInput,
      emitted: {} as AudioRecorderEmitted,
    },
    delays: {
      saveDelay: params.saveMs,
      uploadDelay: ({ context }) =>
        params.uploadBaseMs + transferMs(bytesOf(clipOf(context)), params.uplinkBytesPerS),
      transcribeDelay: ({ context }) =>
        Math.ceil(clipOf(context).durationMs * params.transcribeRealTimeFactor),
    },
    guards: {
      ...networkGuards,
      hasStorage: ({ context }) => context.usedMs < params.storageMs,
    },
    actions: {
      setOnline: setOnline<AudioRecorderContext, AudioRecorderEvent>(),
      refuseRecord: emit(({ context }) =>
        refused(context.deviceId, 'RECORD', 'recorder.storageFull', {
          hours: Math.round(params.storageMs / 3_600_000),
        }),
      ),
      startClip: assign(({ context, event }) => ({
        clipSeq: context.clipSeq + 1,
        clip: {
          clipId: `${context.deviceId}-a${context.clipSeq + 1}`,
          title: event.type === 'RECORD' ? event.title : '',
          durationMs: 0,
          segmentStart: event.at,
        },
      })),
      emitStarted: emit(({ context }) => ({
        type: 'AudioRecordingStarted' as const,
        ...clipIds(context),
        title: clipOf(context).title,
      })),
      closeSegment: assign(({ context, event }) => {
        const clip = clipOf(context);
        const segment = Math.max(0, event.at - clip.segmentStart);
        return {
          clip: { ...clip, durationMs: clip.durationMs + segment },
          usedMs: context.usedMs + segment,
        };
      }),
      openSegment: assign({
        clip: ({ context, event }) => ({ ...clipOf(context), segmentStart: event.at }),
      }),
      emitPaused: emit(({ context }) => ({
        type: 'AudioRecordingPaused' as const,
        ...clipIds(context),
        durationMs: clipOf(context).durationMs,
      })),
      emitResumed: emit(({ context }) => ({
        type: 'AudioRecordingResumed' as const,
        ...clipIds(context),
      })),
      emitSaved: emit(({ context }) => ({
        type: 'AudioRecordingSaved' as const,
        ...clipIds(context),
        title: clipOf(context).title,
        durationMs: clipOf(context).durationMs,
        bytes: bytesOf(clipOf(context)),
      })),
      emitUploaded: emit(({ context }) => ({
        type: 'AudioClipUploaded' as const,
        ...clipIds(context),
        bytes: bytesOf(clipOf(context)),
      })),
      drawConfidence: assign(({ context }) => {
        const d = drawBetween(context.rng, params.confidenceMin, params.confidenceMax);
        return { rng: d.state, confidence: Math.round(d.value * 1000) / 1000 };
      }),
      emitTranscribed: emit(({ context }) => {
        const clip = clipOf(context);
        return {
          type: 'AudioClipTranscribed' as const,
          ...clipIds(context),
          title: clip.title,
          durationMs: clip.durationMs,
          words: Math.round((clip.durationMs / 1000) * params.wordsPerSecond),
          confidence: context.confidence,
          bytes: bytesOf(clip),
        };
      }),
      clearClip: assign({ clip: null }),
    },
  }).createMachine({
    id: 'audioRecorder',
    context: ({ input }) => ({
      deviceId: input.deviceId,
      rng: input.rng,
      online: input.online,
      clipSeq: 0,
      usedMs: 0,
      clip: null,
      confidence: 0,
    }),
    initial: 'idle',
    on: { NETWORK_CHANGED: { actions: 'setOnline' } },
    states: {
      idle: {
        on: {
          RECORD: [
            { guard: 'hasStorage', target: 'recording', actions: ['startClip', 'emitStarted'] },
            { actions: 'refuseRecord' },
          ],
        },
      },
      recording: {
        on: {
          PAUSE: { target: 'paused', actions: ['closeSegment', 'emitPaused'] },
          STOP: { target: 'saved', actions: ['closeSegment', 'emitSaved'] },
        },
      },
      paused: {
        on: {
          RESUME: { target: 'recording', actions: ['openSegment', 'emitResumed'] },
          STOP: { target: 'saved', actions: 'emitSaved' },
        },
      },
      // The clip is on the recorder; it waits here while the network is down.
      saved: {
        on: {
          NETWORK_CHANGED: [
            { guard: 'cameOnline', target: 'uploading', actions: 'setOnline' },
            { actions: 'setOnline' },
          ],
        },
        after: { saveDelay: { guard: 'isOnline', target: 'uploading' } },
      },
      uploading: {
        on: { NETWORK_CHANGED: { guard: 'wentOffline', target: 'saved', actions: 'setOnline' } },
        after: { uploadDelay: { target: 'transcribing', actions: 'emitUploaded' } },
      },
      transcribing: {
        entry: 'drawConfidence',
        after: {
          transcribeDelay: { target: 'idle', actions: ['emitTranscribed', 'clearClip'] },
        },
      },
    },
  });
}

export type AudioRecorderMachine = ReturnType<typeof createAudioRecorderMachine>;
