import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  getInitialMicrosteps,
  getMicrosteps,
  transition,
} from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';

export type Flat = { type: string } & Record<string, unknown>;

/** Expected emitted event types for `from --event--> to`, keyed 'from|event|to'. */
// biome-ignore lint/suspicious/noExplicitAny: oracles read whichever device context they test
export type Oracle = Record<string, string[] | ((e: Flat, context: any) => string[])>;

export interface GraphRun {
  machine: AnyStateMachine;
  input: unknown;
  commands: Flat[];
  /** The discrete part of the context that tells states apart (no rng, no counters). */
  project: (context: never) => unknown;
  /** This run's oracle, when its parameters change what a step emits; else the device's. */
  oracle?: Oracle;
}

const valueKey = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : Object.entries(v as Record<string, unknown>)
        .map(([k, sub]) => `${k}.${valueKey(sub)}`)
        .join(',');
const eventKey = (e: Flat) => (e.type.startsWith('xstate.after.') ? 'after' : e.type);

/** All transitions of a machine, `nodeId|eventType|index`, eventless ones as `nodeId|always|i`. */
export function allTransitions(machine: AnyStateMachine): Set<string> {
  const keys = new Set<string>();
  for (const node of getStateNodes(machine.root)) {
    for (const [type, ts] of node.transitions) {
      for (let i = 0; i < ts.length; i++) keys.add(`${node.id}|${type}|${i}`);
    }
    for (let i = 0; i < (node.always?.length ?? 0); i++) keys.add(`${node.id}|always|${i}`);
  }
  return keys;
}

function afterEvents(machine: AnyStateMachine): Flat[] {
  return getStateNodes(machine.root).flatMap((n) => n.after.map((t) => ({ type: t.eventType })));
}

export interface Coverage {
  states: Set<string>;
  transitions: Set<string>;
  pathsChecked: number;
  failures: string[];
}

/**
 * Explores a device machine with xstate/graph's shortest paths, replays each
 * path checking what every step emitted against the oracle, and from every
 * reached state tries every event once more, recording which transitions
 * (including guarded alternatives and eventless ones) were taken.
 */
export function explore(run: GraphRun, oracle: Oracle, cov: Coverage): void {
  const { machine } = run;
  const events = [...run.commands, ...afterEvents(machine)];
  const serializeState = (s: AnyMachineSnapshot) =>
    JSON.stringify([s.value, run.project(s.context as never)]);
  const paths = getShortestPaths(machine, {
    input: run.input,
    events,
    serializeState: serializeState as never,
  });
  const step = (prev: AnyMachineSnapshot, e: Flat, where: string) => {
    const enabled = machine.getTransitionData(prev as never, e as never);
    for (const t of enabled) {
      const i = t.source.transitions.get(t.eventType)?.indexOf(t) ?? -1;
      cov.transitions.add(`${t.source.id}|${t.eventType}|${i}`);
    }
    const micro = getMicrosteps(machine, prev as never, e as never);
    for (let m = 1; m < micro.length; m++) markAlways(machine, micro[m - 1]![0], micro[m]![0], cov);
    for (const [m] of micro) cov.states.add(valueKey(m.value));
    const [next, actions] = transition(machine, prev as never, e as never);
    const emitted = (actions as ReadonlyArray<{ type: string; params?: unknown }>)
      .filter((a) => a.type === 'xstate.emit')
      .map((a) => (a.params as { event: Flat }).event.type);
    const key = `${valueKey(prev.value)}|${eventKey(e)}|${valueKey(next.value)}`;
    cov.states.add(valueKey(next.value));
    if (enabled.length === 0) return next as AnyMachineSnapshot;
    const spec = oracle[key];
    if (!spec)
      cov.failures.push(`${where}: no oracle entry for ${key} (emitted ${emitted.join(',')})`);
    else {
      const want = typeof spec === 'function' ? spec(e, prev.context) : spec;
      if (JSON.stringify(want) !== JSON.stringify(emitted)) {
        cov.failures.push(`${where}: ${key} emitted [${emitted}] but expected [${want}]`);
      }
    }
    return next as AnyMachineSnapshot;
  };
  // Transient states (left by an eventless transition at once) show only in microsteps.
  const init = getInitialMicrosteps(machine, run.input as never);
  for (const [m] of init) cov.states.add(valueKey(m.value));
  for (let m = 1; m < init.length; m++) markAlways(machine, init[m - 1]![0], init[m]![0], cov);
  for (const path of paths) {
    let snap = path.steps[0]?.state as AnyMachineSnapshot;
    cov.states.add(valueKey(snap.value));
    for (const s of path.steps.slice(1)) {
      snap = step(snap, s.event as Flat, `path ${cov.pathsChecked}`);
    }
    for (const e of events) step(snap, e, `from ${valueKey(snap.value)}`);
    cov.pathsChecked++;
  }
}

function markAlways(
  machine: AnyStateMachine,
  a: AnyMachineSnapshot,
  b: AnyMachineSnapshot,
  cov: Coverage,
) {
  for (const node of getStateNodes(machine.root)) {
    if (!node.always || !a.matches(node.path.join('.') as never)) continue;
    node.always.forEach((t, i) => {
      if (t.target?.some((tn) => b.matches(tn.path.join('.') as never))) {
        cov.transitions.add(`${node.id}|always|${i}`);
      }
    });
  }
}

export function newCoverage(): Coverage {
  return { states: new Set(), transitions: new Set(), pathsChecked: 0, failures: [] };
}

/** Leaf and compound state keys of a machine, as valueKey renders them when active. */
export function allStateKeys(machine: AnyStateMachine): string[] {
  return getStateNodes(machine.root)
    .filter((n) => n.type === 'atomic' || n.type === 'final')
    .map((n) => n.path.join('.'));
}
