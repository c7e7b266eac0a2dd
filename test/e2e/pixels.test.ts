// The pixel helpers on synthetic images (no browser needed).
import { describe, expect, it } from 'vitest';
import {
  diffFraction,
  distinctColours,
  fractionNear,
  fractionNearHue,
  meanColour,
  type Pixels,
  rgb,
  topColours,
} from './harness/pixels';

/** A width x height image painted by `paint(x, y)`. */
function image(
  width: number,
  height: number,
  paint: (x: number, y: number) => readonly number[],
): Pixels {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r = 0, g = 0, b = 0] = paint(x, y);
      data.set([r, g, b, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

// Left half wood, right half white.
const half = image(10, 4, (x) => (x < 5 ? [176, 122, 74] : [255, 255, 255]));

describe('pixel helpers', () => {
  it('parses #rrggbb', () => {
    expect(rgb('#b07a4a')).toEqual([176, 122, 74]);
    expect(() => rgb('#b07a4')).toThrow();
  });

  it('counts distinct colours, optionally quantised', () => {
    expect(distinctColours(half)).toBe(2);
    expect(distinctColours(image(4, 4, () => [9, 9, 9]))).toBe(1);
    expect(
      distinctColours(
        image(16, 1, (x) => [x, 0, 0]),
        4,
      ),
    ).toBe(1);
  });

  it('measures the fraction near a colour and near a hue', () => {
    expect(fractionNear(half, '#b07a4a', 0)).toBe(0.5);
    expect(fractionNear(half, [190, 130, 80], 10)).toBe(0);
    expect(fractionNear(half, [190, 130, 80], 14)).toBe(0.5);
    // The same hue, darker: found by hue, not by RGB distance.
    const dark = image(2, 1, () => [88, 61, 37]);
    expect(fractionNear(dark, '#b07a4a', 24)).toBe(0);
    expect(fractionNearHue(dark, '#b07a4a')).toBe(1);
  });

  it('averages a region', () => {
    expect(meanColour(half, { x: 0, y: 0, width: 5, height: 4 })).toEqual([176, 122, 74]);
    expect(meanColour(half)).toEqual([215.5, 188.5, 164.5]);
  });

  it('diffs two reads', () => {
    const shifted = image(10, 4, (x) => (x < 6 ? [176, 122, 74] : [255, 255, 255]));
    expect(diffFraction(half, half)).toBe(0);
    expect(diffFraction(half, shifted)).toBeCloseTo(0.1);
    expect(() =>
      diffFraction(
        half,
        image(2, 2, () => [0, 0, 0]),
      ),
    ).toThrow();
  });

  it('lists the most frequent colours', () => {
    const top = topColours(half, 2);
    expect(top.map((c) => c.fraction)).toEqual([0.5, 0.5]);
  });
});
