import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { one, repoRoot } from './manifests.js';

interface Instruction {
  op: string; // upper case: FROM, RUN, COPY, ...
  args: string;
}
interface Stage {
  image: string;
  name?: string;
  instructions: Instruction[];
}

/** A small Dockerfile reader: continuation lines joined, comments and parser directives dropped. */
function parseDockerfile(text: string): { args: Record<string, string>; stages: Stage[] } {
  const logical: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (current === '' && /^\s*#/.test(line)) continue;
    if (line.endsWith('\\')) {
      current += line.slice(0, -1) + ' ';
      continue;
    }
    current += line;
    if (current.trim() !== '') logical.push(current.trim());
    current = '';
  }
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, op = '', rest = ''] = line.match(/^(\S+)\s*(.*)$/) ?? [];
    const instruction = { op: op.toUpperCase(), args: rest.trim() };
    if (instruction.op === 'FROM') {
      const [image = '', as, name] = instruction.args.split(/\s+/);
      const resolved = image.replace(/\$\{?(\w+)\}?/g, (_, v: string) => args[v] ?? '');
      stages.push({ image: resolved, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else if (stages.length === 0 && instruction.op === 'ARG') {
      const [k = '', v = ''] = instruction.args.split('=', 2);
      args[k] = v;
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return { args, stages };
}

const dockerfile = () => parseDockerfile(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8'));
const finalStage = () => dockerfile().stages.at(-1)!;
const ops = (stage: Stage, op: string) => stage.instructions.filter((i) => i.op === op);

function envOf(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const i of ops(stage, 'ENV')) {
    for (const m of i.args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) env[m[1]!] = m[2]!.replace(/^"|"$/g, '');
  }
  return env;
}

/** Docker's .dockerignore semantics, enough for our patterns: anchored globs, later lines win, `!` re-includes. */
function dockerIgnored(patterns: string[], path: string): boolean {
  let ignored = false;
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    const pattern = (negate ? raw.slice(1) : raw).replace(/^\/+|\/+$/g, '');
    const re = new RegExp(
      '^' +
        pattern
          .split('**')
          .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'))
          .join('.*') +
        '(/.*)?$',
    );
    if (re.test(path)) ignored = !negate;
  }
  return ignored;
}

const dockerignore = (): string[] =>
  readFileSync(join(repoRoot, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

/** COPY sources taken from the build context (not --from another stage), per stage. */
const contextCopies = (stage: Stage): string[] =>
  ops(stage, 'COPY')
    .filter((i) => !/--from=/.test(i.args))
    .flatMap((i) => {
      const parts = i.args.split(/\s+/).filter((p) => !p.startsWith('--'));
      return parts.slice(0, -1);
    });

describe('Dockerfile', () => {
  it('is multi-stage: a build stage with dev dependencies, a runtime stage with production ones', () => {
    const { stages } = dockerfile();
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const build = stages.find((s) => ops(s, 'RUN').some((r) => /\bnpm run build\b/.test(r.args)));
    expect(build, 'a stage runs npm run build').toBeDefined();
    expect(build).not.toBe(finalStage());
    expect(ops(build!, 'RUN').some((r) => /\bnpm ci\b/.test(r.args) && !/--omit=dev|--production/.test(r.args))).toBe(true);

    const runtime = finalStage();
    const installs = ops(runtime, 'RUN').filter((r) => /\bnpm (ci|install)\b/.test(r.args));
    expect(installs.length).toBe(1);
    expect(installs[0]!.args).toMatch(/npm ci .*--omit=dev/);
    const fromBuild = ops(runtime, 'COPY').filter((c) => c.args.includes(`--from=${build!.name}`));
    expect(fromBuild.map((c) => c.args)).toEqual([expect.stringMatching(/\/dist\s+\.\/dist$/)]);
    expect(contextCopies(runtime).some((src) => src === 'src' || src.startsWith('src/'))).toBe(false);
  });

  it('builds and runs on Node 20, the major of every measurement, from an exact release tag, in every stage', () => {
    const { args, stages } = dockerfile();
    expect(args.NODE_IMAGE).toMatch(/^node:20\.\d+\.\d+-bookworm-slim(@sha256:[0-9a-f]{64})?$/);
    for (const stage of stages) expect(stage.image).toBe(args.NODE_IMAGE);
    const engines = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const [major, minor] = engines.replace(/^>=/, '').split('.').map(Number);
    const [imageMajor, imageMinor] = args.NODE_IMAGE!.slice('node:'.length).split('.').map(Number);
    expect(imageMajor).toBe(major);
    expect(imageMinor).toBeGreaterThanOrEqual(minor!);
    // How to pin the digest is written beside the tag.
    expect(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8')).toMatch(/imagetools inspect node:20/);
  });

  it('carries the OCI labels', () => {
    const labels = ops(finalStage(), 'LABEL').map((l) => l.args).join(' ');
    for (const key of ['title', 'description', 'version', 'revision', 'base.name']) expect(labels).toContain(`org.opencontainers.image.${key}=`);
  });

  it('documents docker stop -t against the drain deadline', () => {
    const text = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');
    const drainSeconds = configSchema.shape.server.parse(undefined).drainTimeoutMs / 1000;
    expect(text).toContain(`docker stop -t ${drainSeconds + 5}`);
  });

  it('runs as a non-root numeric USER matching the pod securityContext', () => {
    const users = ops(finalStage(), 'USER');
    expect(users.length).toBeGreaterThan(0);
    const user = users.at(-1)!.args.split(':')[0]!;
    expect(user).not.toMatch(/^(root|0)$/);
    expect(user).toMatch(/^\d+$/); // numeric, so runAsNonRoot can verify it
    const pod = one('deployment.yaml', 'Deployment', 'llm-gateway').spec.template.spec;
    expect(Number(user)).toBe(pod.securityContext.runAsUser);
  });

  it('sets NODE_ENV=production and GATEWAY_CONFIG to the path the Deployment mounts', () => {
    const env = envOf(finalStage());
    expect(env.NODE_ENV).toBe('production');
    const container = one('deployment.yaml', 'Deployment', 'llm-gateway').spec.template.spec.containers[0];
    const mounted = container.env.find((e: { name: string }) => e.name === 'GATEWAY_CONFIG').value;
    expect(env.GATEWAY_CONFIG).toBe(mounted);
  });

  it('exposes 8080 and runs the compiled server with CMD in exec form, with the node flags of `npm start`', () => {
    expect(ops(finalStage(), 'EXPOSE').map((e) => e.args)).toContain('8080');
    const cmd = ops(finalStage(), 'CMD').at(-1)!;
    const start = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(start).toBe('node --enable-source-maps --no-memory-reducer dist/cli.js serve');
    expect(JSON.parse(cmd.args)).toEqual(start.split(' '));
    expect(ops(finalStage(), 'ENTRYPOINT')).toEqual([]);
  });

  it('copies the default config to GATEWAY_CONFIG, from files that exist', () => {
    const copies = ops(finalStage(), 'COPY').map((c) => c.args);
    expect(copies).toContain(`config/gateway.yaml ${envOf(finalStage()).GATEWAY_CONFIG}`);
    for (const stage of dockerfile().stages) {
      for (const src of contextCopies(stage)) expect(existsSync(join(repoRoot, src)), `COPY source ${src}`).toBe(true);
    }
  });

  it('has a HEALTHCHECK that probes /healthz on the configured port, without curl', async () => {
    const hc = ops(finalStage(), 'HEALTHCHECK');
    expect(hc).toHaveLength(1);
    const cmd = hc[0]!.args.replace(/^(--\S+\s+)*CMD\s+/, '');
    const argv = JSON.parse(cmd) as string[];
    expect(argv[0]).toBe('node');
    expect(argv.join(' ')).not.toMatch(/\b(curl|wget)\b/);

    // Run the very command (from the repository's dist/) against a stand-in server: 200 -> exit 0, 503 -> 1,
    // nothing listening -> 1; the port from $PORT, else from server.port of the config file.
    let status = 200;
    const server = createServer((req, res) => {
      res.statusCode = req.url === '/healthz' ? status : 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const configPath = join(mkdtempSync(join(tmpdir(), 'gw-hc-')), 'gateway.yaml');
    writeFileSync(configPath, `server:\n  port: ${port}\n`);
    const run = (env: Record<string, string>) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, argv.slice(1), { cwd: repoRoot, env: { ...process.env, PORT: '', ...env }, stdio: 'ignore' });
        child.on('exit', (code) => resolve(code));
      });
    try {
      expect(await run({ GATEWAY_CONFIG: configPath })).toBe(0);
      expect(await run({ PORT: String(port), GATEWAY_CONFIG: '/nonexistent.yaml' })).toBe(0);
      status = 503;
      expect(await run({ GATEWAY_CONFIG: configPath })).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await run({ GATEWAY_CONFIG: configPath })).toBe(1);
  });
});

describe('.dockerignore', () => {
  it('keeps node_modules, dist, .git, tests and local files out of the build context', () => {
    for (const path of ['node_modules', 'node_modules/x/index.js', 'dist/cli.js', '.git/HEAD', 'test/a.test.ts', 'bench/run.mjs', 'coverage/x', 'k8s/deployment.yaml', 'README.md', '.env']) {
      expect(dockerIgnored(dockerignore(), path), path).toBe(true);
    }
  });

  it('keeps every file the Dockerfile copies in the context', () => {
    for (const stage of dockerfile().stages) {
      for (const src of contextCopies(stage)) expect(dockerIgnored(dockerignore(), src), src).toBe(false);
    }
    for (const path of ['src/cli.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'config/gateway.yaml']) {
      expect(dockerIgnored(dockerignore(), path), path).toBe(false);
    }
  });
});
