import { type AnyActorScope, type AnyStateMachine, createActor } from 'xstate';

export interface ExecutedAction {
  type: string;
  params?: unknown;
}

/**
 * XState's pure `transition()` builds a new inert actor (running the
 * machine's initial transition) on every call; profiling showed that as the
 * main cost of the headless loop. This is the same inert scope, built once
 * per actor and reused: actions are collected, never executed, exactly as
 * `transition()` does. The fields mirror xstate 5.33's createInertActorScope.
 */
export function reusableScope(logic: AnyStateMachine, input: unknown) {
  const self = createActor(logic, { input });
  const holder: { sink: ExecutedAction[]; scope: AnyActorScope } = {
    sink: [],
    scope: undefined as unknown as AnyActorScope,
  };
  holder.scope = {
    self,
    defer: () => {},
    id: '',
    logger: () => {},
    sessionId: '',
    stopChild: () => {},
    system: self.system,
    emit: () => {},
    actionExecutor: (a: ExecutedAction) => {
      holder.sink.push(a);
    },
  } as unknown as AnyActorScope;
  return holder;
}
