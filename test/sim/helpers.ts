import Anthropic from '@anthropic-ai/sdk';
import type { Simulator } from '../../src/sim/index.js';

export const HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
  'x-api-key': 'test-key',
  'anthropic-version': '2023-06-01',
};

export const client = (sim: Simulator): Anthropic => new Anthropic({ baseURL: sim.url, apiKey: 'x', maxRetries: 0 });

export const post = (sim: Simulator, path: string, body: unknown, headers: Record<string, string> = HEADERS): Promise<Response> =>
  fetch(sim.url + path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

export interface SseEvent {
  event: string;
  data: Record<string, unknown>;
}

export function parseSse(text: string): SseEvent[] {
  return text
    .split('\n\n')
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const lines = chunk.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? '';
      const data = lines.find((l) => l.startsWith('data: '))?.slice(6) ?? '{}';
      return { event, data: JSON.parse(data) as Record<string, unknown> };
    });
}

/** Ids come from a counter; everything else must be byte-identical. */
export const maskIds = (s: string): string => s.replace(/\b(msg|toolu|req)_sim_[0-9a-z]+/g, '$1_sim_X');

export const user = (text: string): { role: 'user'; content: string }[] => [{ role: 'user', content: text }];
