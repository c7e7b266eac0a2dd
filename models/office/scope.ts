import { type AnyActorScope, createEmptyActor, type ExecutableActionObject } from 'xstate';

export type ExecutedAction = Pick<ExecutableActionObject, 'type' | 'params'>;

const noop = () => {};

/**
 * An inert actor scope for pure transitions, built once per office system
 * and reused by every `logic.transition(snapshot, event, scope)` and
 * `logic.getInitialSnapshot(scope, input)` it makes (both are xstate's public
 * `ActorLogic` interface). Actions are collected into `sink`, never executed,
 * which is what xstate's own `transition()` / `initialTransition()` do; those
 * build a fresh actor, and run the machine's initial transition, on every
 * call, which profiling showed as the main cost of the headless loop.
 *
 * `self` is one empty actor (`createEmptyActor`, public API) shared by all the
 * machines: they never read `self` (no `sendTo`, `spawnChild` or `sendParent`;
 * the office system routes), so a per-machine actor would only cost an extra
 * initial transition per spawn. The object is typed against xstate's public
 * `ActorScope`, so an upgrade that changes the contract fails to compile, and
 * `test/unit/models/scope.test.ts` checks the results against `transition()`.
 */
export class InertScope {
  /** Where the next transition's actions go; the caller swaps it per call. */
  sink: ExecutedAction[] = [];
  readonly scope: AnyActorScope;

  constructor() {
    const self = createEmptyActor();
    const scope: AnyActorScope = {
      self,
      id: '',
      sessionId: '',
      logger: noop,
      defer: noop,
      emit: noop,
      system: self.system,
      stopChild: noop,
      actionExecutor: (a) => {
        this.sink.push(a);
      },
    };
    this.scope = scope;
  }
}
