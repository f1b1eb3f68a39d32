import { readFileSync } from 'node:fs';

/** The package's version, from the package.json beside src/ and dist/ (the image copies it too). */
export const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
