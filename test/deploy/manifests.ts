/** Shared helpers for the deployment tests: read and parse k8s/ without a cluster. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const k8sDir = join(repoRoot, 'k8s');

/* eslint-disable @typescript-eslint/no-explicit-any */
/** A parsed Kubernetes object; manifests are loosely typed on purpose, the tests assert their shape. */
export type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> }; [key: string]: any };

export interface ParsedFile {
  path: string; // relative to the repository root
  objects: K8sObject[];
  errors: string[];
}

/** Every *.yaml / *.yml under k8s/, recursively. */
export function manifestFiles(dir = k8sDir): string[] {
  return readdirSync(dir)
    .flatMap((entry) => {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) return manifestFiles(full);
      return /\.ya?ml$/.test(entry) ? [full] : [];
    })
    .sort();
}

export function parseManifestFile(path: string): ParsedFile {
  const docs = parseAllDocuments(readFileSync(path, 'utf8'));
  const list = Array.isArray(docs) ? docs : [docs];
  const errors = list.flatMap((d) => [...d.errors, ...d.warnings].map((e) => e.message));
  const objects = list.map((d) => d.toJS() as K8sObject | null).filter((o): o is K8sObject => o !== null);
  return { path: relative(repoRoot, path), objects, errors };
}

export const allParsed = (): ParsedFile[] => manifestFiles().map(parseManifestFile);

export function readK8s(relPath: string): K8sObject[] {
  return parseManifestFile(join(k8sDir, relPath)).objects;
}

/** The single object of a kind (and name) in a k8s/ file; throws when it is not exactly one. */
export function one(relPath: string, kind: string, name?: string): K8sObject {
  const found = readK8s(relPath).filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  if (found.length !== 1) throw new Error(`${relPath}: expected one ${kind}${name ? ` ${name}` : ''}, found ${found.length}`);
  return found[0]!;
}

/** A label selector in matchLabels form (or a Service's plain map) matches these labels. */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector || Object.keys(selector).length === 0) return false; // an empty selector is never what we mean
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}
