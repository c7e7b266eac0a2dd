// The plan view's scale bar (PlanOverlay): a round length near the bar's target size.
import { describe, expect, it } from 'vitest';
import { niceScaleLength } from '../../../src/ui/PlanOverlay';

describe('niceScaleLength', () => {
  it('picks a 1-2-5 length at least as long as the target bar', () => {
    expect(niceScaleLength(120)).toBe(1);
    expect(niceScaleLength(100)).toBe(2);
    expect(niceScaleLength(50)).toBe(5);
    expect(niceScaleLength(30)).toBe(5);
    expect(niceScaleLength(20)).toBe(10);
    expect(niceScaleLength(1000)).toBeCloseTo(0.2, 10);
    expect(niceScaleLength(80, 40)).toBe(0.5);
  });

  it('the bar is never shorter than the target nor more than 2.5 times it', () => {
    for (const px of [3, 7.5, 13, 47, 99, 150, 333, 801, 2500]) {
      const bar = niceScaleLength(px) * px;
      expect(bar).toBeGreaterThanOrEqual(120 - 1e-9);
      expect(bar).toBeLessThanOrEqual(120 * 2.5 + 1e-9);
    }
  });
});
