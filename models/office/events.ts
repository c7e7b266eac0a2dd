import { z } from 'zod';
import { idString } from '../devices/common';
import { defineEvent } from '../events/define';

const stage = z.enum(['input', 'edit', 'output']);

/** Emitted by the office system when a piece of material moves between the essay's stages. */
export const officeEvents = [
  defineEvent(
    'MaterialStageChanged',
    z.object({ assetId: idString, from: stage.nullable(), to: stage }),
  ),
] as const;
