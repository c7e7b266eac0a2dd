import { describe, expect, it } from 'vitest';
import { defaultSmartBinderParams } from '../../../models/devices/smart-binder/params';
import { binderCategoryNames, deviceStateNames } from '../../../src/app/i18n/device-names';
import { allStatePaths } from '../sim/machine-paths';

const han = /[\u4e00-\u9fff]/;

describe('device state names', () => {
  const { devices, shares } = allStatePaths();
  const paths = [...devices, ...shares];

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
