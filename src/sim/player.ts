import type { OutgoingHttpHeaders } from 'node:http';
import { setTimer, type Exchange } from './exchange.js';
import { OVERLOADED_EVENT, type SseScript } from './render.js';

/** How a stream ends early: an `overloaded_error` event, or a destroyed socket, after `at` events. */
export interface StreamFault {
  readonly kind: 'overload' | 'drop';
  readonly at: number;
}

function drop(ex: Exchange): void {
  ex.state.stats.droppedConnections++;
  ex.res.destroy();
}

function finish(ex: Exchange, tail: string, fault: StreamFault | undefined): void {
  if (fault?.kind === 'drop') {
    if (tail === '') drop(ex);
    else ex.res.write(tail, () => drop(ex));
    return;
  }
  if (fault?.kind === 'overload') ex.state.stats.midStreamErrors++;
  ex.res.end(fault ? tail + OVERLOADED_EVENT : tail);
}

/**
 * Sends the stream. Without pacing it goes out in one write. With `tokensPerSecond`, every
 * event is due at the time its cumulative output tokens allow; all events due are written
 * together, then one timer waits for the next, so slow timers never slow the stream down.
 */
export function playStream(ex: Exchange, headers: OutgoingHttpHeaders, script: SseScript, tokensPerSecond: number | undefined, fault?: StreamFault): void {
  if (ex.closed) return;
  ex.res.writeHead(200, headers);
  if (ex.counted) ex.state.countResponse(200);
  const end = fault ? Math.min(fault.at, script.events.length) : script.events.length;
  if (!tokensPerSecond) {
    finish(ex, end === script.events.length ? script.events.join('') : script.events.slice(0, end).join(''), fault);
    return;
  }
  const msPerToken = 1000 / tokensPerSecond;
  const started = performance.now();
  let next = 0;
  let due = 0;
  const tick = (): void => {
    if (ex.closed) return;
    const elapsed = performance.now() - started;
    let batch = '';
    while (next < end) {
      const at = due + script.tokens[next] * msPerToken;
      if (at > elapsed && batch !== '') break;
      if (at > elapsed) {
        setTimer(ex, at - elapsed, tick);
        return;
      }
      due = at;
      batch += script.events[next++];
    }
    if (next < end) {
      ex.res.write(batch);
      setTimer(ex, due + script.tokens[next] * msPerToken - elapsed, tick);
    } else {
      finish(ex, batch, fault);
    }
  };
  tick();
}
