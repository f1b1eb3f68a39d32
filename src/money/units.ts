/**
 * Money is counted in integer nano-dollars (1e-9 USD) wherever it is added up, in memory and in Redis:
 * sums of integers are exact in any order, across replicas; a cache-read token at $0.10/M is 100 nUSD.
 */
export const NANO = 1e9;
export const toNano = (usd: number): number => Math.round(usd * NANO);
export const toUsd = (nano: number): number => nano / NANO;
