/** One request the capture endpoint received, and how it answered. */
export interface CapturedAttempt {
  /** 0-based position among the attempts of the same webhook-id. */
  readonly attemptIndex: number;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Unix ms (with its fraction) when the request arrived. */
  readonly receivedAt: number;
  /** What the endpoint did: a status, or `timeout` (held until the producer gave up). */
  readonly answer: number | 'timeout';
  readonly retryAfterSeconds?: number;
  /** Unix ms (with its fraction) when the attempt ended for the producer: the answer, or the end of its attempt timeout. */
  readonly endedAt: number;
  /**
   * Set when the body was larger than the contract allows (`x-woes-limits.maxPayloadBytes`):
   * the bytes read before the endpoint answered 413 and stopped reading. `body` is then empty.
   */
  readonly oversizedBytes?: number;
}
