import { atMost, chance, durationMs, paramOverrides, rate } from '../param-overrides';

/**
 * Network (网络共享) parameters: the home connection and the client's side of
 * a share. Client behaviour is not measurable from a datasheet; the ranges
 * are stated assumptions for a small design studio's clients.
 */
export interface NetworkParams {
  /** Fixed cost to create a share link and notify the client, ms (assumption). */
  sendBaseMs: number;
  /** Home uplink, bytes/s (assumption: 10 Mbit/s). */
  uplinkBytesPerS: number;
  /** Client opens the share this long after delivery, ms (assumption: 5 min to 3 h). */
  viewDelayMinMs: number;
  viewDelayMaxMs: number;
  /** Client answers this long after viewing, ms (assumption: 10 min to 8 h). */
  feedbackDelayMinMs: number;
  feedbackDelayMaxMs: number;
  /** Chance the feedback approves rather than asks for changes (assumption). */
  approveProbability: number;
}

export const defaultNetworkParams: NetworkParams = {
  sendBaseMs: 1_000,
  uplinkBytesPerS: 1_250_000,
  viewDelayMinMs: 5 * 60_000,
  viewDelayMaxMs: 3 * 3_600_000,
  feedbackDelayMinMs: 10 * 60_000,
  feedbackDelayMaxMs: 8 * 3_600_000,
  approveProbability: 0.6,
};

/**
 * Overrides an `OfficeSystemStarted` or `DevicesJoined` may carry. A wait is
 * drawn between its min and max, so min may not pass max.
 */
export const networkParamOverrides = paramOverrides<NetworkParams>(
  {
    sendBaseMs: durationMs,
    uplinkBytesPerS: rate,
    viewDelayMinMs: durationMs,
    viewDelayMaxMs: durationMs,
    feedbackDelayMinMs: durationMs,
    feedbackDelayMaxMs: durationMs,
    approveProbability: chance,
  },
  defaultNetworkParams,
  [atMost('viewDelayMinMs', 'viewDelayMaxMs'), atMost('feedbackDelayMinMs', 'feedbackDelayMaxMs')],
);
