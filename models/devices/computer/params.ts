import { durationMs, paramOverrides } from '../param-overrides';

/**
 * Computer (资料编辑) parameters: the designer's workstation. Editing itself
 * is paced by the designer (OPEN ... CLOSE), so only machine-bound times are
 * parameters here.
 */
export interface ComputerParams {
  /** Time to write a new version of a design file, ms (assumption: layered file of tens of MB on SSD). */
  saveVersionMs: number;
}

export const defaultComputerParams: ComputerParams = {
  saveVersionMs: 1_500,
};

/** Overrides an `OfficeSystemStarted` or `DevicesJoined` may carry. */
export const computerParamOverrides = paramOverrides<ComputerParams>(
  { saveVersionMs: durationMs },
  defaultComputerParams,
);
