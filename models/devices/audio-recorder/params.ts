import { amount, atMost, chance, durationMs, paramOverrides, rate } from '../param-overrides';

/**
 * Audio recorder (录音) parameters. Reference device: a voice recorder of the
 * Sony ICD-UX570 class (4 GB, MP3 128 kbit/s ≈ 159 h, datasheet).
 */
export interface AudioRecorderParams {
  /** Recording bit rate, bits/s (datasheet: MP3 128 kbit/s). */
  bitRate: number;
  /** Storage for recordings, ms of audio (datasheet: ≈ 159 h at 128 kbit/s). */
  storageMs: number;
  /** Time to close the file after STOP, ms (assumption). */
  saveMs: number;
  /** Fixed upload cost, ms (assumption). */
  uploadBaseMs: number;
  /** Wi-Fi uplink, bytes/s (assumption: 10 Mbit/s). */
  uplinkBytesPerS: number;
  /** Transcription time as a fraction of audio length (assumption: speech-to-text at 4× real time). */
  transcribeRealTimeFactor: number;
  /** Speaking rate, words/s (measurement: conversational English ≈ 140 wpm). */
  wordsPerSecond: number;
  /** Transcription confidence range (assumption: clean speech 85–97%). */
  confidenceMin: number;
  confidenceMax: number;
}

export const defaultAudioRecorderParams: AudioRecorderParams = {
  bitRate: 128_000,
  storageMs: 159 * 3_600_000,
  saveMs: 300,
  uploadBaseMs: 500,
  uplinkBytesPerS: 1_250_000,
  transcribeRealTimeFactor: 0.25,
  wordsPerSecond: 2.3,
  confidenceMin: 0.85,
  confidenceMax: 0.97,
};

/**
 * Overrides an `OfficeSystemStarted` or `DevicesJoined` may carry. A bit rate
 * of 0 would record nothing, and storage of 0 ms refuses every recording.
 */
export const audioRecorderParamOverrides = paramOverrides<AudioRecorderParams>(
  {
    bitRate: rate,
    storageMs: durationMs.min(1),
    saveMs: durationMs,
    uploadBaseMs: durationMs,
    uplinkBytesPerS: rate,
    transcribeRealTimeFactor: amount,
    wordsPerSecond: amount,
    confidenceMin: chance,
    confidenceMax: chance,
  },
  defaultAudioRecorderParams,
  [atMost('confidenceMin', 'confidenceMax')],
);
