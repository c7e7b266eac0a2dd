import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addOpening, removeOpening, resizeRoom } from '../app/commands/room-commands';
import { openingFocus } from '../app/editor-state';
import type { Problem } from '../app/problem';
import { useOffice, useOfficeStore } from '../app/use-office';
import type { Opening, Room } from '../core/office-state';
import { clashingDoors } from '../layout/clearance/door-clash';
import { overlappingPairs } from '../layout/clearance/opening-overlap';
import { NumberField } from './NumberField';
import { OpeningEditor } from './OpeningEditor';
import { openingLabels } from './opening-names';
import { removalFocus } from './removal-focus';
import { useRemovalFocus } from './use-removal-focus';

/**
 * The room: typed size and wall thickness; doors and windows on its walls.
 * A new one, or one moved to another wall, goes to that wall's free spot
 * nearest its centre (room-commands); a wall with none refuses, saying so.
 * After a Remove, focus goes to the next opening's first control (the
 * previous one's if it was last; the button that adds one back if none is
 * left), not to the page (removal-focus.ts). A Layout checks row about
 * an opening focuses its first control the same way.
 */
export function RoomPanel() {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const room = useOffice((v) => v.state.room);
  const openings = useOffice((v) => v.state.openings);
  const readOnly = useOffice((v) => v.viewSeq !== null);
  const labels = openingLabels(openings);
  const [removals] = useState(removalFocus);
  const ids = useMemo(() => Object.keys(openings), [openings]);
  const addDoor = useRef<HTMLButtonElement>(null);
  const addWindow = useRef<HTMLButtonElement>(null);
  // The kind removed last: with none left, focus goes to the button that adds one back.
  const removedKind = useRef<Opening['kind']>('door');
  const focus = useRemovalFocus(removals, ids, () =>
    removedKind.current === 'window' ? addWindow.current : addDoor.current,
  );
  // A Layout checks row about a door or window brings focus to it here.
  const focusRef = useRef(focus.focus);
  focusRef.current = focus.focus;
  useEffect(
    () =>
      openingFocus.subscribe(() => {
        const request = openingFocus.get();
        if (request) focusRef.current(request.id);
      }),
    [],
  );
  const remove = (o: Opening) => {
    removedKind.current = o.kind;
    removals.removeKeepingFocus(() => (removeOpening(store, o.id) ? [o.id] : []));
  };
  // Openings overlapping another on their wall (a file from before the rule),
  // and doors whose leaves hit each other: flagged at both.
  const overlaps = useMemo(() => overlapsOf(openings), [openings]);
  const clashes = useMemo(() => clashesOf(room, openings), [room, openings]);
  const refuse = (p: Problem | null) => {
    if (p) store.setNotice({ kind: 'error', key: 'status.refused', reason: p });
  };
  return (
    <section className="panel room" aria-label={t('room.label')}>
      <h2>{t('room.label')}</h2>
      <fieldset disabled={readOnly}>
        <NumberField
          labelKey="room.width"
          value={room.width}
          step={0.1}
          min={2}
          max={12}
          onCommit={(width) => resizeRoom(store, { width })}
        />
        <NumberField
          labelKey="room.depth"
          value={room.depth}
          step={0.1}
          min={2}
          max={12}
          onCommit={(depth) => resizeRoom(store, { depth })}
        />
        <NumberField
          labelKey="room.height"
          value={room.height}
          step={0.1}
          min={2.2}
          max={5}
          onCommit={(height) => resizeRoom(store, { height })}
        />
        <NumberField
          labelKey="room.wallThickness"
          value={room.wallThickness}
          step={0.01}
          min={0.05}
          max={0.5}
          onCommit={(wallThickness) => resizeRoom(store, { wallThickness })}
        />
      </fieldset>
      <div className="row">
        <button
          ref={addDoor}
          type="button"
          disabled={readOnly}
          onClick={() => refuse(addOpening(store, 'door', 'south'))}
        >
          {t('room.addDoor')}
        </button>
        <button
          ref={addWindow}
          type="button"
          disabled={readOnly}
          onClick={() => refuse(addOpening(store, 'window', 'north'))}
        >
          {t('room.addWindow')}
        </button>
      </div>
      {Object.values(openings).map((o) => (
        <OpeningEditor
          key={o.id}
          room={room}
          opening={o}
          label={labels.get(o.id)!}
          overlaps={(overlaps.get(o.id) ?? []).map((id) => ({ id, label: labels.get(id)! }))}
          clashes={(clashes.get(o.id) ?? []).map((id) => ({ id, label: labels.get(id)! }))}
          disabled={readOnly}
          firstControl={focus.target(o.id)}
          onRemove={() => remove(o)}
        />
      ))}
    </section>
  );
}

/** For each opening, the others it overlaps on its wall, in the room's order. */
function overlapsOf(openings: Record<string, Opening>): ReadonlyMap<string, readonly string[]> {
  return bothWays(overlappingPairs(Object.values(openings)));
}

/** For each door, the others its leaf hits when both are open, in the room's order. */
function clashesOf(room: Room, openings: Record<string, Opening>) {
  return bothWays(clashingDoors(room, Object.values(openings)).map((c) => [c.a, c.b] as const));
}

function bothWays(
  pairs: ReadonlyArray<readonly [Opening, Opening]>,
): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  const add = (id: string, other: string) => out.set(id, [...(out.get(id) ?? []), other]);
  for (const [a, b] of pairs) {
    add(a.id, b.id);
    add(b.id, a.id);
  }
  return out;
}
