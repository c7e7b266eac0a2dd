import { describe, expect, it } from 'vitest';
import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  initialTransition,
  transition,
} from 'xstate';
import { buildDevice } from '../../../models/office/device-kinds';
import type { Flat } from '../../../models/office/event-shapes';
import { OfficeSystem } from '../../../models/office/office-system';
import { essayOffice, runEssayScenario } from '../../../models/office/scenario';
import { InertScope } from '../../../models/office/scope';

/** What a transition yields that the office system reads: next state and collected actions. */
const view = (s: AnyMachineSnapshot, actions: ReadonlyArray<{ type: string; params?: unknown }>) =>
  JSON.stringify({
    value: s.value,
    context: s.context,
    status: s.status,
    actions: actions.map((a) => ({ type: a.type, params: a.params })),
  });

describe('the reused inert scope (office/scope.ts)', () => {
  it("gives what xstate's public transition() gives, for every transition of the scenario", () => {
    const sys = OfficeSystem.create({ seed: 7, devices: essayOffice });
    const seen: Array<{ logic: AnyStateMachine; snapshot: AnyMachineSnapshot; event: Flat }> = [];
    const deliver = sys.deliver.bind(sys);
    sys.deliver = (actorId, event, command) => {
      const a = sys.actors.get(actorId);
      if (a) seen.push({ logic: a.built.logic, snapshot: a.snapshot, event });
      deliver(actorId, event, command);
    };
    runEssayScenario(sys);
    runEssayScenario(sys, ' again');
    expect(seen.length).toBeGreaterThan(60);

    const inert = new InertScope();
    for (const { logic, snapshot, event } of seen) {
      const [expected, expectedActions] = transition(logic, snapshot, event);
      inert.sink = [];
      const next = logic.transition(snapshot, event, inert.scope);
      expect(view(next, inert.sink)).toBe(view(expected, expectedActions));
    }
  });

  it("gives what xstate's public initialTransition() gives, for every device kind", () => {
    const inert = new InertScope();
    for (const { id, kind } of essayOffice) {
      const built = buildDevice(kind);
      const logics = built.share ? [built.logic, built.share] : [built.logic];
      for (const logic of logics) {
        const input = {
          deviceId: id,
          shareId: `${id}-sh1`,
          assetId: 'a1',
          client: 'c',
          bytes: 10,
          rng: 12345,
          online: true,
        };
        const [expected, expectedActions] = initialTransition(logic, input);
        inert.sink = [];
        const first = logic.getInitialSnapshot(inert.scope, input) as AnyMachineSnapshot;
        expect(view(first, inert.sink)).toBe(view(expected, expectedActions));
      }
    }
  });

  it('shares one compiled machine per kind and parameters between office systems', () => {
    const a = OfficeSystem.create({ seed: 1, devices: essayOffice });
    const b = OfficeSystem.create({ seed: 2, devices: essayOffice });
    expect(a.actors.get('eboard-1')?.built.logic).toBe(b.actors.get('eboard-1')?.built.logic);
    const tuned = buildDevice('e-board', { saveMs: 1 });
    expect(tuned.logic).not.toBe(buildDevice('e-board').logic);
    expect(buildDevice('e-board', { saveMs: 1 }).logic).toBe(tuned.logic);
  });
});
