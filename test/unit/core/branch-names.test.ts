import { describe, expect, it } from 'vitest';
import { uniqueName } from '../../../src/core/branch-names';

describe('uniqueName', () => {
  it('keeps a free name, numbers a taken one past every number taken', () => {
    expect(uniqueName('Main', ['Plan B'])).toBe('Main');
    expect(uniqueName('Main', ['Main'])).toBe('Main (2)');
    expect(uniqueName('Main', ['Main', 'Main (2)', 'Main (3)'])).toBe('Main (4)');
    expect(uniqueName('What if 2', ['What if 2', 'What if 2 (2)'])).toBe('What if 2 (3)');
  });
});
