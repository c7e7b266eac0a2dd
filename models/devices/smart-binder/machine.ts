import { assign, emit, setup } from 'xstate';
import { refused } from '../../events/refusal';
import type { DeviceInput, NetworkChanged, Timed } from '../common';
import type { SmartBinderCommand } from './commands';
import type { SmartBinderEmitted } from './events';
import { defaultSmartBinderParams, type SmartBinderParams, slotIds } from './params';
import {
  docAt,
  type FiledDocument,
  fileRefusal,
  freeSlot,
  locate,
  nearest,
  putBackRefusal,
  sameNameSlots,
  tidyFile,
} from './rules';

export interface SmartBinderContext {
  deviceId: string;
  rng: number;
  docs: Record<string, FiledDocument>;
  /** The sleeve lit or beeping, and for which document. */
  signal: { slotId: string; docId: string; mode: 'light' | 'sound' | 'both' } | null;
}

type Cmd<T extends SmartBinderCommand['type']> = Extract<Timed<SmartBinderCommand>, { type: T }>;

export type SmartBinderEvent = Timed<SmartBinderCommand> | NetworkChanged;

export function createSmartBinderMachine(params: SmartBinderParams = defaultSmartBinderParams) {
  const validSlots = new Set(slotIds(params));
  // One LOCATE asks the guard, the signal and its event for the same answer:
  // the fuzzy scan runs once per event object and document set (both immutable).
  const located = new WeakMap<object, { docs: object; found: ReturnType<typeof locate> }>();
  const locateOnce = (context: SmartBinderContext, event: Cmd<'LOCATE'>) => {
    const hit = located.get(event);
    if (hit && hit.docs === context.docs) return hit.found;
    const found = locate(context, event, params);
    located.set(event, { docs: context.docs, found });
    return found;
  };
  return setup({
    types: {
      context: {} as SmartBinderContext,
      events: {} as SmartBinderEvent,
      input: {} as DeviceInput,
      emitted: {} as SmartBinderEmitted,
    },
    delays: { signalTimeout: params.signalTimeoutMs },
    guards: {
      canFile: ({ context, event }) =>
        event.type === 'FILE' && fileRefusal(context, event, params) === null,
      emptyQuery: ({ event }) => event.type === 'LOCATE' && event.query.trim() === '',
      found: ({ context, event }) => event.type === 'LOCATE' && locateOnce(context, event) !== null,
      slotHasDoc: ({ context, event }) =>
        event.type === 'TAKE_OUT' && docAt(context, event.slotId) !== null,
      signalledSlotTaken: ({ context, event }) =>
        event.type === 'TAKE_OUT' && context.signal?.slotId === event.slotId,
      canPutBack: ({ context, event }) =>
        event.type === 'PUT_BACK' &&
        validSlots.has(event.slotId) &&
        putBackRefusal(context, event) === null,
    },
    actions: {
      refuseFile: emit(({ context, event }) =>
        event.type === 'FILE'
          ? (fileRefusal(context, event, params) ??
            refused(context.deviceId, 'FILE', 'binder.full'))
          : refused(context.deviceId, 'FILE', 'binder.full'),
      ),
      file: assign({
        docs: ({ context, event }) => {
          if (event.type !== 'FILE') return context.docs;
          const c = tidyFile(event);
          const slot = freeSlot(context, c.category, params)!;
          const doc: FiledDocument = {
            docId: c.docId,
            name: c.name,
            info: c.info,
            category: c.category,
            assetId: c.assetId,
            homeSlotId: slot,
            atSlotId: slot,
          };
          return { ...context.docs, [event.docId]: doc };
        },
      }),
      emitFiled: emit(({ context, event }) => {
        const d = context.docs[event.type === 'FILE' ? event.docId : '']!;
        return {
          type: 'BinderDocumentFiled' as const,
          deviceId: context.deviceId,
          docId: d.docId,
          slotId: d.homeSlotId,
          name: d.name,
          category: d.category,
          assetId: d.assetId,
          sameNameSlotIds: sameNameSlots(context, d),
        };
      }),
      refuseEmptyQuery: emit(({ context }) =>
        refused(context.deviceId, 'LOCATE', 'binder.emptyQuery'),
      ),
      signal: assign({
        signal: ({ context, event }) => {
          const d = event.type === 'LOCATE' ? locateOnce(context, event)?.doc : null;
          return d?.atSlotId && event.type === 'LOCATE'
            ? { slotId: d.atSlotId, docId: d.docId, mode: event.signal }
            : null;
        },
      }),
      emitSignalled: emit(({ context, event }) => {
        const s = context.signal!;
        return {
          type: 'BinderSlotSignalled' as const,
          deviceId: context.deviceId,
          docId: s.docId,
          slotId: s.slotId,
          name: context.docs[s.docId]?.name ?? '',
          query: event.type === 'LOCATE' ? event.query : '',
          signal: event.type === 'LOCATE' ? event.signal : ('both' as const),
          otherMatches: event.type === 'LOCATE' ? (locateOnce(context, event)?.others ?? 0) : 0,
        };
      }),
      emitNotFound: emit(({ context, event }) => {
        const query = event.type === 'LOCATE' ? event.query : '';
        return {
          type: 'BinderDocumentNotFound' as const,
          deviceId: context.deviceId,
          query,
          nearest: nearest(context, query, params),
        };
      }),
      emitSignalStopped: emit(({ context, event }) => ({
        type: 'BinderSignalStopped' as const,
        deviceId: context.deviceId,
        slotId: context.signal?.slotId ?? '',
        reason: event.type === 'TAKE_OUT' ? ('takenOut' as const) : ('timeout' as const),
      })),
      clearSignal: assign({ signal: null }),
      takeOut: assign({
        docs: ({ context, event }) => {
          const d = event.type === 'TAKE_OUT' ? docAt(context, event.slotId) : null;
          return d ? { ...context.docs, [d.docId]: { ...d, atSlotId: null } } : context.docs;
        },
      }),
      emitTakenOut: emit(({ context, event }) => {
        const slotId = event.type === 'TAKE_OUT' ? event.slotId : '';
        const d = docAt(context, slotId)!;
        return {
          type: 'BinderDocumentTakenOut' as const,
          deviceId: context.deviceId,
          docId: d.docId,
          slotId,
        };
      }),
      refuseTakeOut: emit(({ context, event }) =>
        refused(context.deviceId, 'TAKE_OUT', 'binder.slotEmpty', {
          slotId: event.type === 'TAKE_OUT' ? event.slotId : '',
        }),
      ),
      putBack: assign({
        docs: ({ context, event }) => {
          if (event.type !== 'PUT_BACK') return context.docs;
          const d = context.docs[event.docId]!;
          return { ...context.docs, [d.docId]: { ...d, atSlotId: event.slotId } };
        },
      }),
      /** A returned document in a sleeve that is not its own is reported, not silently accepted. */
      emitReturnedOrMisfiled: emit(({ context, event }) => {
        const docId = event.type === 'PUT_BACK' ? event.docId : '';
        const d = context.docs[docId]!;
        const at = d.atSlotId ?? '';
        return at === d.homeSlotId
          ? {
              type: 'BinderDocumentReturned' as const,
              deviceId: context.deviceId,
              docId,
              slotId: at,
            }
          : {
              type: 'BinderMisfileDetected' as const,
              deviceId: context.deviceId,
              docId,
              expectedSlotId: d.homeSlotId,
              actualSlotId: at,
            };
      }),
      refusePutBack: emit(({ context, event }) => {
        if (event.type !== 'PUT_BACK')
          return refused(context.deviceId, 'PUT_BACK', 'binder.unknownDocument');
        if (!validSlots.has(event.slotId)) {
          return refused(context.deviceId, 'PUT_BACK', 'binder.slotEmpty', {
            slotId: event.slotId,
          });
        }
        return putBackRefusal(context, event)!;
      }),
    },
  }).createMachine({
    id: 'smartBinder',
    context: ({ input }) => ({ deviceId: input.deviceId, rng: input.rng, docs: {}, signal: null }),
    initial: 'ready',
    // Filing and returning work whether or not a sleeve is signalling.
    on: {
      FILE: [{ guard: 'canFile', actions: ['file', 'emitFiled'] }, { actions: 'refuseFile' }],
      LOCATE: [
        { guard: 'emptyQuery', actions: 'refuseEmptyQuery' },
        {
          guard: 'found',
          target: '.signalling',
          reenter: true,
          actions: ['signal', 'emitSignalled'],
        },
        { actions: 'emitNotFound' },
      ],
      TAKE_OUT: [
        { guard: 'slotHasDoc', actions: ['emitTakenOut', 'takeOut'] },
        { actions: 'refuseTakeOut' },
      ],
      PUT_BACK: [
        { guard: 'canPutBack', actions: ['putBack', 'emitReturnedOrMisfiled'] },
        { actions: 'refusePutBack' },
      ],
    },
    states: {
      ready: {},
      signalling: {
        on: {
          TAKE_OUT: [
            {
              guard: 'signalledSlotTaken',
              target: 'ready',
              actions: ['emitTakenOut', 'takeOut', 'emitSignalStopped', 'clearSignal'],
            },
            { guard: 'slotHasDoc', actions: ['emitTakenOut', 'takeOut'] },
            { actions: 'refuseTakeOut' },
          ],
        },
        after: {
          signalTimeout: { target: 'ready', actions: ['emitSignalStopped', 'clearSignal'] },
        },
      },
    },
  });
}

export type SmartBinderMachine = ReturnType<typeof createSmartBinderMachine>;
