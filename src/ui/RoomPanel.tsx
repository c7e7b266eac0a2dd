import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addOpening,
  changeOpening,
  moveOpeningToWall,
  removeOpening,
  resizeRoom,
} from '../app/commands/room-commands';
import { openingFocus } from '../app/editor-state';
import type { LabelRef } from '../app/office-store';
import type { Problem } from '../app/problem';
import { useOffice, useOfficeStore } from '../app/use-office';
import type { Opening, Room, WallSide } from '../core/office-state';
import { offsetLimit, openingMisfit } from '../layout/clearance/opening-fit';
import { overlappingPairs } from '../layout/clearance/opening-overlap';
import { labelText } from './label-text';
import { NumberField } from './NumberField';
import { openingLabels } from './opening-names';
import { removalFocus } from './removal-focus';
import { useRemovalFocus } from './use-removal-focus';

const WALLS: WallSide[] = ['north', 'east', 'south', 'west'];

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
  // Openings overlapping another on their wall (a file from before the rule): flagged at both.
  const overlaps = useMemo(() => overlapsOf(openings), [openings]);
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
  const out = new Map<string, string[]>();
  const add = (id: string, other: string) => out.set(id, [...(out.get(id) ?? []), other]);
  for (const [a, b] of overlappingPairs(Object.values(openings))) {
    add(a.id, b.id);
    add(b.id, a.id);
  }
  return out;
}

function OpeningEditor({
  room,
  opening: o,
  label,
  overlaps,
  disabled,
  firstControl,
  onRemove,
}: {
  room: Room;
  opening: Opening;
  /** Its name, numbered when its wall has another of its kind (opening-names.ts). */
  label: LabelRef;
  /** The openings it overlaps on its wall, with their names (flagged, like a misfit). */
  overlaps: ReadonlyArray<{ id: string; label: LabelRef }>;
  disabled: boolean;
  /** A ref for its first control: focus comes there after the opening before it is removed. */
  firstControl(el: HTMLElement | null): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const store = useOfficeStore();
  // The fields word a refusal themselves, naming the field, and so does the wall select.
  const change = (patch: Partial<Opening>) => changeOpening(store, { ...o, ...patch });
  // Kept as keys too: a notice about one of its fields words it in the language shown then.
  const name = labelText(label, t);
  // A room resized since may leave it past a wall's end or above the ceiling:
  // flagged (here and in the Layout checks), not refused, like items it leaves outside.
  const misfit = openingMisfit(room, o);
  // The field says the wall's range when a typed offset falls outside it (not the schema's ±20 m).
  const limit = offsetLimit(room, o);
  return (
    <fieldset disabled={disabled} className="opening">
      <legend>{name}</legend>
      {misfit && (
        <p className="hint" role="status">
          {t(`clearance.${misfit}`, { opening: name })}
        </p>
      )}
      {overlaps.map((other) => (
        <p key={other.id} className="hint" role="status">
          {t('clearance.openingsOverlap', { opening: name, other: labelText(other.label, t) })}
        </p>
      ))}
      <label className="field">
        <span>{t('room.wallLabel')}</span>
        <select
          ref={firstControl}
          value={o.wall}
          onChange={(e) => {
            // To the free spot nearest that wall's centre; a wall with none refuses, saying so.
            const problem = moveOpeningToWall(store, o.id, e.target.value as WallSide);
            if (problem)
              store.setNotice({
                kind: 'error',
                key: 'field.refused',
                field: 'room.wallLabel',
                fieldOf: label,
                reason: problem,
              });
          }}
        >
          {WALLS.map((w) => (
            <option key={w} value={w}>
              {t(`room.wall.${w}`)}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        labelKey="room.offset"
        of={label}
        value={o.offset}
        step={0.1}
        min={limit === null ? undefined : -limit}
        max={limit ?? undefined}
        onCommit={(offset) => change({ offset })}
      />
      <NumberField
        labelKey="room.openingWidth"
        of={label}
        value={o.width}
        step={0.05}
        min={0.3}
        max={4}
        onCommit={(width) => change({ width })}
      />
      <NumberField
        labelKey="room.openingHeight"
        of={label}
        value={o.height}
        step={0.05}
        min={0.3}
        max={4}
        onCommit={(height) => change({ height })}
      />
      {o.kind === 'window' && (
        <NumberField
          labelKey="room.sill"
          of={label}
          value={o.sill}
          step={0.05}
          min={0}
          max={3}
          onCommit={(sill) => change({ sill })}
        />
      )}
      <button type="button" onClick={onRemove}>
        {t('room.remove', { name })}
      </button>
    </fieldset>
  );
}
