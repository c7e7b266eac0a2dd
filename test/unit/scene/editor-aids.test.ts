import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { withHidden } from '../../../src/scene/editor-aids';

describe('withHidden', () => {
  it('hides the objects while drawing and shows them again after', () => {
    const a = new THREE.Group();
    const b = new THREE.Mesh();
    const seen = withHidden([a, b], () => [a.visible, b.visible]);
    expect(seen).toEqual([false, false]);
    expect([a.visible, b.visible]).toEqual([true, true]);
  });

  it('leaves an object hidden before still hidden after', () => {
    const hidden = new THREE.Group();
    hidden.visible = false;
    withHidden([hidden], () => undefined);
    expect(hidden.visible).toBe(false);
  });

  it('shows them again when the drawing throws', () => {
    const a = new THREE.Group();
    expect(() =>
      withHidden([a], () => {
        throw new Error('lost context');
      }),
    ).toThrow('lost context');
    expect(a.visible).toBe(true);
  });

  it('skips a missing object (the view without its aids group yet)', () => {
    expect(withHidden([undefined], () => 7)).toBe(7);
  });
});
