/**
 * The caller went away (its connection closed) while the gateway was working for it: not the upstream's
 * fault, so never counted against a breaker. Thrown by an upstream attempt, caught by the pipeline.
 */
export class ClientGoneError extends Error {
  readonly code = 'GW_CLIENT_GONE';

  constructor() {
    super('client closed the connection');
    this.name = 'ClientGoneError';
  }
}
