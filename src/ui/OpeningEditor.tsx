import { useTranslation } from 'react-i18next';
import { changeOpening, moveOpeningToWall } from '../app/commands/room-commands';
import type { LabelRef } from '../app/office-store';
import { useOfficeStore } from '../app/use-office';
import type { Opening, Room, WallSide } from '../core/office-state';
import { offsetLimit, openingMisfit } from '../layout/clearance/opening-fit';
import { labelText } from './label-text';
import { NumberField } from './NumberField';

const WALLS: WallSide[] = ['north', 'east', 'south', 'west'];
/** Doors without a hinge are drawn and checked as left-hinged (door-swing.ts). */
const HINGES = ['left', 'right'] as const;

/**
 * One door or window in the Room panel: what flags it (past its wall's end,
 * above the ceiling, over another opening, a door whose leaf hits another's),
 * then its wall, offset, size, and a door's hinge or a window's sill. Each
 * field words its own refusal, naming the field and the opening.
 */
export function OpeningEditor({
  room,
  opening: o,
  label,
  overlaps,
  clashes,
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
  /** The doors its leaf hits when both are open (a door only), with their names. */
  clashes: ReadonlyArray<{ id: string; label: LabelRef }>;
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
      {clashes.map((other) => (
        <p key={other.id} className="hint" role="status">
          {t('clearance.doorsClash', { opening: name, other: labelText(other.label, t) })}
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
      {o.kind === 'door' && (
        <label className="field">
          <span>{t('room.hinge')}</span>
          <select
            value={o.hinge ?? 'left'}
            onChange={(e) => {
              const problem = change({ hinge: e.target.value as 'left' | 'right' });
              if (problem)
                store.setNotice({
                  kind: 'error',
                  key: 'field.refused',
                  field: 'room.hinge',
                  fieldOf: label,
                  reason: problem,
                });
            }}
          >
            {HINGES.map((h) => (
              <option key={h} value={h}>
                {t(`room.hingeSide.${h}`)}
              </option>
            ))}
          </select>
        </label>
      )}
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
