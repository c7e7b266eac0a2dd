import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { defaultSmartBinderParams } from '../../../models/devices/smart-binder/params';
import { buildDevice, deviceKinds } from '../../../models/office/device-kinds';
import { binderCategoryNames, deviceStateNames } from '../../../src/app/i18n/device-names';

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

const machines = (): AnyStateMachine[] => {
  const all = new Map<string, AnyStateMachine>();
  for (const kind of deviceKinds) {
    const built = buildDevice(kind);
    all.set(built.logic.id, built.logic as AnyStateMachine);
    if (built.share) all.set(built.share.id, built.share as AnyStateMachine);
  }
  return [...all.values()];
};

const han = /[\u4e00-\u9fff]/;

describe('device state names', () => {
  const paths = machines().flatMap(leafPaths);

  it('name every state of every device machine, in English and in Chinese', () => {
    expect(paths.length).toBeGreaterThan(30);
    const missing = paths.filter((p) => !deviceStateNames[p]);
    expect(missing).toEqual([]);
    for (const p of paths) {
      const n = deviceStateNames[p]!;
      expect(n.en.trim(), p).not.toBe('');
      expect(n.zh, p).toMatch(han);
    }
  });

  it('name no state that does not exist', () => {
    const known = new Set(paths);
    expect(Object.keys(deviceStateNames).filter((k) => !known.has(k))).toEqual([]);
  });

  it('name every default category of the smart binder', () => {
    expect(Object.keys(binderCategoryNames).sort()).toEqual(
      Object.keys(defaultSmartBinderParams.categories).sort(),
    );
    for (const n of Object.values(binderCategoryNames)) expect(n.zh).toMatch(han);
  });
});
