import { shallowArrayEqual, useOffice } from '../app/use-office';
import { ItemNode } from './ItemNode';

/** The placed items; the list re-renders only when items are added or removed. */
export function Items() {
  const ids = useOffice((v) => Object.keys(v.state.items), shallowArrayEqual);
  return (
    <group name="items">
      {ids.map((id) => (
        <ItemNode key={id} id={id} />
      ))}
    </group>
  );
}
