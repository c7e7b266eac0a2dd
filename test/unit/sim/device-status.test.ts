import { describe, expect, it } from 'vitest';
import { deviceEventDefinitions } from '../../../models';
import { firstOfficeStart } from '../../../src/app/office-start';
import { coreEventDefinitions } from '../../../src/core/events/core-definitions';
import { createRegistry } from '../../../src/core/registry';
import { deviceStatusesAt } from '../../../src/sim/device-states';
import { deviceStatusOf, statePath } from '../../../src/sim/device-status';
import { lastDeviceEventSeq, OfficeRuntime } from '../../../src/sim/office-runtime';
import { defaultSceneEvents, newWorkspace } from '../app/helpers';
import { allStatePaths } from './machine-paths';

describe('deviceStatusOf', () => {
  it('gives every state of every device machine a status, and names no other', () => {
    const { devices } = allStatePaths();
    expect(devices.filter((p) => !(p in deviceStatusOf))).toEqual([]);
    expect(Object.keys(deviceStatusOf).filter((k) => !devices.includes(k))).toEqual([]);
  });

  it('paths follow the active child down', () => {
    expect(statePath('printer', 'jammed')).toBe('printer/jammed');
    expect(statePath('handheldScanner', { scanning: 'passing' })).toBe(
      'handheldScanner/scanning/passing',
    );
  });
});

describe('deviceStatusesAt', () => {
  const office = () => {
    const registry = createRegistry([...coreEventDefinitions, ...deviceEventDefinitions]);
    const ws = newWorkspace({ registry, events: defaultSceneEvents(registry) });
    const rt = new OfficeRuntime({
      events: () => ws.current.log.all(),
      head: () => ws.head,
      append: (events) => (ws.append(events).ok ? 'appended' : 'refused'),
    });
    return { ws, rt, events: () => ws.current.log.all() };
  };

  it('is empty before the office starts, then lights what works, at any seq of the log', () => {
    const { ws, rt, events } = office();
    const beforeStart = ws.current.log.length;
    expect(deviceStatusesAt(events(), beforeStart).size).toBe(0);
    expect(firstOfficeStart(events())).toBe(0);

    rt.start(5);
    const started = ws.current.log.length;
    expect(firstOfficeStart(events())).toBe(beforeStart + 1);
    const idle = deviceStatusesAt(events(), started);
    expect(idle.get('eboard-1')).toBe('idle');
    expect(idle.get('aio-1')).toBe('idle');
    expect([...idle.keys()].every((id) => !id.includes('-sh'))).toBe(true);

    rt.send('eboard-1', { type: 'START_PAGE', kind: 'sketch', title: 'Plan' });
    const capturing = ws.current.log.length;
    rt.send('router-1', { type: 'GO_OFFLINE' });
    const now = deviceStatusesAt(events(), ws.current.log.length);
    expect(now.get('eboard-1')).toBe('busy');
    expect(now.get('router-1')).toBe('fault');
    // The past keeps its own lights: before going offline the router was idle.
    expect(deviceStatusesAt(events(), capturing).get('router-1')).toBe('idle');
    expect(deviceStatusesAt(events(), started).get('eboard-1')).toBe('idle');
    expect(deviceStatusesAt(events(), beforeStart).size).toBe(0);

    // Layout edits after the last device event do not move the key the view rebuilds on.
    const lastDevice = lastDeviceEventSeq(events(), ws.current.log.length);
    expect(events()[lastDevice - 1]!.type).not.toBe('ItemsMoved');
    ws.append([
      {
        type: 'ItemsMoved',
        payload: {
          moves: [{ id: 'plant-1', x: -1.7, z: 1.4, rotation: 0, elevation: 0, parentId: null }],
        },
      },
    ]);
    expect(lastDeviceEventSeq(events(), ws.current.log.length)).toBe(lastDevice);
    expect(deviceStatusesAt(events(), lastDevice)).toEqual(
      deviceStatusesAt(events(), ws.current.log.length),
    );
    expect(lastDeviceEventSeq(events(), beforeStart)).toBe(0);
  });
});
