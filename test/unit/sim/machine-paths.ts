import type { AnyStateMachine } from 'xstate';
import { buildDevice, deviceKinds } from '../../../models/office/device-kinds';

type Node = { key: string; states: Record<string, Node> };

/** Every leaf state of a machine as `machineId/parent/leaf`: what a snapshot value can name. */
function leafPaths(machine: AnyStateMachine): string[] {
  const out: string[] = [];
  const walk = (node: Node, path: string[]) => {
    const children = Object.values(node.states);
    if (children.length === 0) out.push(path.join('/'));
    for (const c of children) walk(c, [...path, c.key]);
  };
  walk(machine.root as unknown as Node, [machine.id]);
  return out;
}

/** The leaf state paths of every device machine (and of the network's share machine). */
export function allStatePaths(): { devices: string[]; shares: string[] } {
  const machines = new Map<string, AnyStateMachine>();
  const shares = new Map<string, AnyStateMachine>();
  for (const kind of deviceKinds) {
    const built = buildDevice(kind);
    machines.set(built.logic.id, built.logic);
    if (built.share) shares.set(built.share.id, built.share);
  }
  return {
    devices: [...machines.values()].flatMap(leafPaths),
    shares: [...shares.values()].flatMap(leafPaths),
  };
}
