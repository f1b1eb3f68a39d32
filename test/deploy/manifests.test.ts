import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { SHIPPED_DEV_KEYS } from '../../src/config/dev-keys.js';
import { configSchema } from '../../src/config/schema.js';
import { allParsed, k8sDir, manifestFiles, one, readK8s, repoRoot, selects, type K8sObject } from './manifests.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const NAMESPACE = 'llm-gateway';

const deployment = (): K8sObject => one('deployment.yaml', 'Deployment', 'llm-gateway');
const podSpec = (): any => deployment().spec.template.spec;
const gateway = (): any => podSpec().containers.find((c: any) => c.name === 'gateway');
const podLabels = (): Record<string, string> => deployment().spec.template.metadata.labels;
const service = (): K8sObject => one('service.yaml', 'Service', 'llm-gateway');
const redisDeployment = (): K8sObject => one('redis.yaml', 'Deployment', 'llm-gateway-redis');
const redisService = (): K8sObject => one('redis.yaml', 'Service', 'llm-gateway-redis');
const configMap = (): K8sObject => one('configmap.yaml', 'ConfigMap', 'llm-gateway-config');
const exampleSecrets = (): K8sObject[] => readK8s('secret.example.yaml').filter((o) => o.kind === 'Secret');
const gatewayConfigText = (): string => configMap().data['gateway.yaml'];
const gatewayConfig = () => configSchema.parse(YAML.parse(gatewayConfigText()));
const env = (name: string): any => gateway().env.find((e: any) => e.name === name);

/** A container port given by name or number, resolved to its number. */
function containerPort(container: any, port: string | number): number | undefined {
  if (typeof port === 'number') return container.ports.some((p: any) => p.containerPort === port) ? port : undefined;
  return container.ports.find((p: any) => p.name === port)?.containerPort;
}

/** The workloads' pod specs (gateway and Redis). */
const workloads = (): { name: string; spec: any }[] =>
  [deployment(), redisDeployment()].map((d) => ({ name: d.metadata.name, spec: d.spec.template.spec }));

function preStopSeconds(container: any): number {
  const preStop = container.lifecycle?.preStop;
  if (preStop?.sleep) return Number(preStop.sleep.seconds);
  const cmd: string[] = preStop?.exec?.command ?? [];
  const sleep = cmd.findIndex((c) => /(^|\/)sleep$/.test(c));
  if (sleep >= 0) return Number(cmd[sleep + 1]);
  const inShell = cmd.join(' ').match(/\bsleep\s+(\d+)/);
  if (inShell) return Number(inShell[1]);
  throw new Error('no preStop sleep');
}

describe('k8s manifests parse', () => {
  it('every YAML file under k8s/ parses without errors or warnings', () => {
    const files = allParsed();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(file.errors, file.path).toEqual([]);
      expect(file.objects.length, file.path).toBeGreaterThan(0);
    }
  });

  it('every object (kustomization aside) has apiVersion, kind, metadata.name and our namespace', () => {
    for (const file of allParsed()) {
      if (file.path.endsWith('kustomization.yaml')) continue;
      for (const o of file.objects) {
        const where = `${file.path}: ${o.kind}/${o.metadata?.name}`;
        expect(o.apiVersion, where).toMatch(/^[a-z0-9.]*\/?v\d/);
        expect(o.kind, where).toMatch(/^[A-Z]/);
        expect(o.metadata?.name, where).toMatch(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
        if (o.kind === 'Namespace') expect(o.metadata.name).toBe(NAMESPACE);
        else expect(o.metadata.namespace, where).toBe(NAMESPACE);
      }
    }
  });

  it('has every kind the product needs', () => {
    const kinds = allParsed().flatMap((f) => f.objects.map((o) => `${o.kind}/${o.metadata?.name ?? ''}`));
    for (const expected of [
      'Namespace/llm-gateway',
      'ServiceAccount/llm-gateway',
      'Deployment/llm-gateway',
      'Service/llm-gateway',
      'ConfigMap/llm-gateway-config',
      'Secret/llm-gateway-secrets',
      'HorizontalPodAutoscaler/llm-gateway',
      'PodDisruptionBudget/llm-gateway',
      'ServiceMonitor/llm-gateway',
      'NetworkPolicy/llm-gateway',
      'NetworkPolicy/llm-gateway-redis',
      'Deployment/llm-gateway-redis',
      'PodDisruptionBudget/llm-gateway-redis',
      'Service/llm-gateway-redis',
      'PrometheusRule/llm-gateway',
      'ConfigMap/llm-gateway-grafana-dashboard',
      'Kustomization/',
    ]) {
      expect(kinds, expected).toContain(expected);
    }
  });
});

describe('kustomization.yaml', () => {
  const kustomization = () => readK8s('kustomization.yaml')[0]!;

  it('lists resources that all exist, without duplicates, and sets our namespace', () => {
    const k = kustomization();
    expect(k.namespace).toBe(NAMESPACE);
    const resources: string[] = k.resources;
    expect(new Set(resources).size).toBe(resources.length);
    for (const r of resources) expect(existsSync(join(k8sDir, r)), r).toBe(true);
  });

  it('lists every manifest except the Secret example, which must never overwrite a real key', () => {
    const resources = new Set<string>(kustomization().resources);
    const files = manifestFiles().map((f) => f.slice(k8sDir.length + 1).split('\\').join('/'));
    for (const f of files) {
      if (f === 'kustomization.yaml') continue;
      if (f === 'secret.example.yaml') expect(resources.has(f), f).toBe(false);
      else expect(resources.has(f), `${f} missing from kustomization.yaml`).toBe(true);
    }
  });

  it('no two resources share kind and name', () => {
    const seen = new Set<string>();
    for (const r of kustomization().resources as string[]) {
      for (const o of readK8s(r)) {
        const id = `${o.kind}/${o.metadata.name}`;
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
  });

  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  it.skipIf(kubectl.error !== undefined || kubectl.status !== 0)('builds with `kubectl kustomize` when kubectl is installed', () => {
    const out = spawnSync('kubectl', ['kustomize', k8sDir], { encoding: 'utf8', timeout: 60_000 });
    expect(out.status, out.stderr).toBe(0);
    const objects = YAML.parseAllDocuments(out.stdout).map((d) => d.toJS() as K8sObject);
    expect(objects.map((o) => o.kind)).toContain('Deployment');
    expect(objects.some((o) => o.kind === 'Secret')).toBe(false);
    for (const o of objects) if (o.kind !== 'Namespace') expect(o.metadata.namespace).toBe(NAMESPACE);
  });
});

describe('Deployment', () => {
  it('runs 3 replicas of the gateway with our ServiceAccount and no API token', () => {
    expect(deployment().spec.replicas).toBe(3);
    expect(podSpec().serviceAccountName).toBe(one('serviceaccount.yaml', 'ServiceAccount').metadata.name);
    expect(podSpec().automountServiceAccountToken).toBe(false);
    expect(deployment().spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
  });

  it('selector matches the pod template labels', () => {
    expect(selects(deployment().spec.selector.matchLabels, podLabels())).toBe(true);
  });

  it('exposes the client port 8080 (http) and the admin port 9090 (admin), equal to the config', () => {
    expect(gateway().ports).toEqual([
      { name: 'http', containerPort: 8080, protocol: 'TCP' },
      { name: 'admin', containerPort: 9090, protocol: 'TCP' },
    ]);
    expect(gatewayConfig().server.port).toBe(8080);
    expect(gatewayConfig().server.adminPort).toBe(9090); // /metrics and /admin/* there, never on the client port
    expect(gatewayConfig().server.metricsPort).toBe(0);
  });

  it('probes /readyz for readiness and /healthz for liveness (and startup) on the container port', () => {
    const c = gateway();
    expect(c.readinessProbe.httpGet.path).toBe('/readyz');
    expect(c.livenessProbe.httpGet.path).toBe('/healthz');
    expect(c.startupProbe.httpGet.path).toBe('/healthz');
    for (const probe of [c.readinessProbe, c.livenessProbe, c.startupProbe]) {
      expect(containerPort(c, probe.httpGet.port)).toBe(8080);
    }
    // Readiness reacts within ~10 s; liveness is slower than readiness, so drain never looks like death.
    expect(c.readinessProbe.periodSeconds * c.readinessProbe.failureThreshold).toBeLessThanOrEqual(10);
    expect(c.livenessProbe.periodSeconds * c.livenessProbe.failureThreshold).toBeGreaterThan(
      c.readinessProbe.periodSeconds * c.readinessProbe.failureThreshold,
    );
  });

  it('sets resource requests and limits on every container', () => {
    for (const { name, spec } of workloads()) {
      for (const c of spec.containers) {
        for (const kind of ['requests', 'limits']) {
          expect(c.resources?.[kind]?.cpu, `${name}/${c.name} ${kind}.cpu`).toBeDefined();
          expect(c.resources?.[kind]?.memory, `${name}/${c.name} ${kind}.memory`).toBeDefined();
        }
      }
    }
  });

  it('is locked down: non-root, read-only root fs, no privilege escalation, no capabilities, RuntimeDefault seccomp', () => {
    for (const { name, spec } of workloads()) {
      expect(spec.securityContext.runAsNonRoot, name).toBe(true);
      expect(spec.securityContext.runAsUser, name).toBeGreaterThan(0);
      expect(spec.securityContext.seccompProfile.type, name).toBe('RuntimeDefault');
      expect(spec.hostNetwork ?? false, name).toBe(false);
      for (const c of [...spec.containers, ...(spec.initContainers ?? [])]) {
        const sc = c.securityContext;
        const where = `${name}/${c.name}`;
        expect(sc.runAsNonRoot, where).toBe(true);
        expect(sc.runAsUser ?? spec.securityContext.runAsUser, where).toBeGreaterThan(0);
        expect(sc.readOnlyRootFilesystem, where).toBe(true);
        expect(sc.allowPrivilegeEscalation, where).toBe(false);
        expect(sc.privileged ?? false, where).toBe(false);
        expect(sc.capabilities.drop, where).toEqual(['ALL']);
        expect(sc.capabilities.add ?? [], where).toEqual([]);
        expect((sc.seccompProfile ?? spec.securityContext.seccompProfile).type, where).toBe('RuntimeDefault');
      }
    }
    expect(podSpec().securityContext.runAsUser).toBe(1000); // the image's USER
    expect(gateway().securityContext.runAsUser).toBe(1000);
  });

  it('the namespace enforces the restricted Pod Security Standard', () => {
    expect(one('namespace.yaml', 'Namespace').metadata.labels!['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  it('spreads pods across nodes', () => {
    const constraints: any[] = podSpec().topologySpreadConstraints;
    const byHost = constraints.find((t) => t.topologyKey === 'kubernetes.io/hostname');
    expect(byHost).toBeDefined();
    expect(byHost.maxSkew).toBe(1);
    for (const t of constraints) expect(selects(t.labelSelector.matchLabels, podLabels())).toBe(true);
  });

  it('preStop sleeps, and the grace period covers preStop + the drain deadline of the mounted config', () => {
    const preStop = preStopSeconds(gateway());
    expect(preStop).toBeGreaterThanOrEqual(5);
    const grace = podSpec().terminationGracePeriodSeconds;
    const drainSeconds = gatewayConfig().server.drainTimeoutMs / 1000;
    expect(drainSeconds).toBeGreaterThanOrEqual(60); // streams may last minutes
    expect(grace).toBeGreaterThan(preStop);
    expect(grace).toBeGreaterThan(preStop + drainSeconds);
    // A failing liveness probe must not wait the whole drain window.
    expect(gateway().livenessProbe.terminationGracePeriodSeconds).toBeLessThan(grace);
  });

  it('runs the image CMD (no command override) with NODE_ENV=production', () => {
    expect(gateway().command).toBeUndefined();
    expect(gateway().args).toBeUndefined();
    expect(env('NODE_ENV').value).toBe('production');
  });

  it('mounts the ConfigMap as a directory at the GATEWAY_CONFIG path (no subPath, so updates arrive)', () => {
    const path: string = env('GATEWAY_CONFIG').value;
    const volume = podSpec().volumes.find((v: any) => v.configMap?.name === configMap().metadata.name);
    expect(volume).toBeDefined();
    const mount = gateway().volumeMounts.find((m: any) => m.name === volume.name);
    expect(mount.subPath).toBeUndefined();
    expect(mount.readOnly).toBe(true);
    expect(path).toBe(`${mount.mountPath}/gateway.yaml`);
    expect(Object.keys(configMap().data)).toContain('gateway.yaml');
    expect(volume.configMap.items).toBeUndefined(); // the whole map, so the file name is the key
  });

  it('has a writable emptyDir at /tmp (the root filesystem is read-only)', () => {
    const mount = gateway().volumeMounts.find((m: any) => m.mountPath === '/tmp');
    const volume = podSpec().volumes.find((v: any) => v.name === mount?.name);
    expect(volume?.emptyDir).toBeDefined();
  });

  it("wires the Anthropic key from the Secret's anthropic-api-key, as env or as a mounted file", () => {
    const secret = exampleSecrets().find((s) => s.metadata.name === 'llm-gateway-secrets')!;
    const direct = env('ANTHROPIC_API_KEY');
    const file = env('ANTHROPIC_API_KEY_FILE');
    expect(direct === undefined || direct.value === undefined).toBe(true); // never a literal key
    if (direct) {
      expect(direct.valueFrom.secretKeyRef).toMatchObject({ name: secret.metadata.name, key: 'anthropic-api-key' });
    } else {
      expect(file, 'ANTHROPIC_API_KEY or ANTHROPIC_API_KEY_FILE').toBeDefined();
      const volume = podSpec().volumes.find((v: any) => v.secret?.secretName === secret.metadata.name);
      expect(volume).toBeDefined();
      const mount = gateway().volumeMounts.find((m: any) => m.name === volume.name);
      expect(mount.readOnly).toBe(true);
      const item = (volume.secret.items ?? [{ key: 'anthropic-api-key', path: 'anthropic-api-key' }]).find(
        (i: any) => i.key === 'anthropic-api-key',
      );
      expect(item).toBeDefined();
      expect(file.value).toBe(`${mount.mountPath}/${item.path}`);
      // Readable by the container's user: group fsGroup with mode 0440 (or looser).
      expect(podSpec().securityContext.fsGroup).toBe(podSpec().securityContext.runAsGroup);
      expect((volume.secret.defaultMode ?? 0o644) & 0o040).toBe(0o040);
    }
    expect(Object.keys(secret.stringData ?? secret.data)).toContain('anthropic-api-key');
  });

  it('every env reference to a Secret or ConfigMap resolves to an object and key in k8s/', () => {
    const secrets = exampleSecrets();
    const configMaps = allParsed().flatMap((f) => f.objects.filter((o) => o.kind === 'ConfigMap'));
    for (const { name, spec } of workloads()) {
      for (const c of spec.containers) {
        for (const e of c.env ?? []) {
          const s = e.valueFrom?.secretKeyRef;
          if (s) {
            const secret = secrets.find((x) => x.metadata.name === s.name);
            expect(secret, `${name} ${e.name}: Secret ${s.name}`).toBeDefined();
            expect(Object.keys(secret!.stringData ?? secret!.data), `${name} ${e.name}`).toContain(s.key);
          }
          const m = e.valueFrom?.configMapKeyRef;
          if (m) {
            const cm = configMaps.find((x) => x.metadata.name === m.name);
            expect(cm, `${name} ${e.name}: ConfigMap ${m.name}`).toBeDefined();
            expect(Object.keys(cm!.data), `${name} ${e.name}`).toContain(m.key);
          }
        }
      }
    }
  });

  it('REDIS_URL points at the Redis Service with the AUTH password from the Secret, and agrees with the config file', () => {
    const url = new URL(env('REDIS_URL').value);
    expect(url.protocol).toBe('redis:');
    expect(url.hostname).toBe(redisService().metadata.name);
    expect(Number(url.port)).toBe(redisService().spec.ports[0].port);
    // Kubernetes expands $(REDIS_PASSWORD) only from a variable defined earlier in the list.
    expect(env('REDIS_URL').value).toContain(':$(REDIS_PASSWORD)@');
    const names: string[] = gateway().env.map((e: any) => e.name);
    expect(names.indexOf('REDIS_PASSWORD')).toBeLessThan(names.indexOf('REDIS_URL'));
    expect(env('REDIS_PASSWORD').valueFrom.secretKeyRef).toEqual({ name: 'llm-gateway-secrets', key: 'redis-password' });
    const configured = new URL(gatewayConfig().limits.redis?.url ?? '');
    expect([configured.hostname, configured.port]).toEqual([url.hostname, url.port]);
  });
});

describe('Service', () => {
  it('selects the gateway pods only: port 80 -> the client port (http), 9090 -> the admin port (admin)', () => {
    const spec = service().spec;
    expect(selects(spec.selector, podLabels())).toBe(true);
    expect(selects(spec.selector, redisDeployment().spec.template.metadata.labels)).toBe(false);
    expect(spec.ports).toHaveLength(2);
    expect(spec.ports[0]).toMatchObject({ name: 'http', port: 80 });
    expect(containerPort(gateway(), spec.ports[0].targetPort)).toBe(8080);
    expect(spec.ports[1]).toMatchObject({ name: 'admin', port: 9090 });
    expect(containerPort(gateway(), spec.ports[1].targetPort)).toBe(gatewayConfig().server.adminPort);
  });
});

describe('ConfigMap gateway.yaml', () => {
  it('is a valid gateway config', () => {
    const parsed = configSchema.safeParse(YAML.parse(gatewayConfigText()));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('targets the real Anthropic API with shared Redis limits sized for the Deployment', () => {
    const config = gatewayConfig();
    expect(config.upstream.baseUrl).toBe('https://api.anthropic.com');
    expect(config.limits.redis?.url).toMatch(/^redis:\/\//);
    expect(config.limits.replicas).toBe(deployment().spec.replicas);
    expect(config.limits.replicas).toBe(one('hpa.yaml', 'HorizontalPodAutoscaler').spec.minReplicas);
    expect(config.server.logPrompts).toBe(false);
  });

  it('keeps connections longer than a load balancer does, and headersTimeout above keepAliveTimeout', () => {
    const { server } = gatewayConfig();
    expect(server.keepAliveTimeoutMs).toBeGreaterThan(60_000); // AWS ALB, GCLB-style idle timeouts
    expect(server.headersTimeoutMs).toBeGreaterThan(server.keepAliveTimeoutMs);
  });

  it('has unique org ids and keys, and models each org may use exist', () => {
    const config = gatewayConfig();
    const ids = config.orgs.map((o) => o.id);
    const keys = config.orgs.flatMap((o) => o.keys);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(keys).size).toBe(keys.length);
    const catalogue = Object.values(config.models).map((m) => m.id);
    for (const org of config.orgs) for (const id of org.policy?.allowedModels ?? []) expect(catalogue).toContain(id);
  });

  it("org key hashes are the sha256 of the example keys in secret.example.yaml (gateway hash-key's format)", () => {
    const orgKeys = exampleSecrets().find((s) => s.metadata.name === 'llm-gateway-org-keys')!.stringData as Record<string, string>;
    for (const org of gatewayConfig().orgs) {
      const plain = orgKeys[org.id];
      expect(plain, `example key for ${org.id}`).toBeDefined();
      expect(org.keys).toContain(`sha256:${createHash('sha256').update(plain!, 'utf8').digest('hex')}`);
      expect(gatewayConfigText()).toContain(`Example key: ${plain}`);
    }
  });

  it("admin.keys holds the sha256 of the example admin key, and no shipped development key is accepted", () => {
    const admin = exampleSecrets().find((s) => s.metadata.name === 'llm-gateway-admin-keys')!.stringData as Record<string, string>;
    const sha = (key: string): string => `sha256:${createHash('sha256').update(key, 'utf8').digest('hex')}`;
    expect(gatewayConfig().admin.keys).toEqual([sha(admin.admin!)]);
    const keys = gatewayConfig().orgs.flatMap((o) => o.keys);
    for (const dev of SHIPPED_DEV_KEYS) expect(keys).not.toContain(sha(dev));
  });

  it('caps the breaker backoff at 60 s', () => {
    expect(gatewayConfig().breaker.maxResetTimeoutMs).toBeLessThanOrEqual(60_000);
  });
});

describe('secret.example.yaml', () => {
  it('holds only obvious placeholders in stringData, never a real-looking key', () => {
    for (const secret of exampleSecrets()) {
      expect(secret.data, secret.metadata.name).toBeUndefined();
      for (const [key, value] of Object.entries(secret.stringData as Record<string, string>)) {
        expect(value, `${secret.metadata.name}.${key}`).toMatch(/REPLACE|NOT-A-REAL|EXAMPLE/i);
        expect(value).not.toMatch(/^sk-ant-(api|admin)\d\d-/);
      }
    }
  });
});

describe('selectors and targets agree', () => {
  it('PodDisruptionBudget selects the gateway pods and leaves room for a drain', () => {
    const pdb = one('pdb.yaml', 'PodDisruptionBudget');
    expect(pdb.apiVersion).toBe('policy/v1');
    expect(selects(pdb.spec.selector.matchLabels, podLabels())).toBe(true);
    const replicas = deployment().spec.replicas;
    if (pdb.spec.minAvailable !== undefined) expect(pdb.spec.minAvailable).toBeLessThan(replicas);
    else expect(pdb.spec.maxUnavailable).toBeGreaterThanOrEqual(1);
  });

  it('HPA scales the Deployment on CPU and on upstream requests in flight per pod, never on requests waiting for budget', () => {
    const hpa = one('hpa.yaml', 'HorizontalPodAutoscaler');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment().metadata.name });
    expect(hpa.spec.minReplicas).toBe(deployment().spec.replicas);
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
    const metrics: any[] = hpa.spec.metrics;
    expect(metrics.find((m) => m.type === 'Resource')?.resource).toMatchObject({ name: 'cpu', target: { type: 'Utilization' } });
    expect(metrics.map((m) => m.type).sort()).toEqual(['Pods', 'Resource']);
    expect(metrics.find((m) => m.type === 'Pods')?.pods.metric.name).toBe('gateway_upstream_inflight_requests');
  });

  it('ServiceMonitor selects the gateway Service and scrapes /metrics on its admin port', () => {
    const sm = one('servicemonitor.yaml', 'ServiceMonitor');
    expect(sm.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(selects(sm.spec.selector.matchLabels, service().metadata.labels)).toBe(true);
    expect(selects(sm.spec.selector.matchLabels, redisService().metadata.labels)).toBe(false);
    for (const endpoint of sm.spec.endpoints) {
      expect(endpoint.path).toBe('/metrics');
      const port = service().spec.ports.find((p: any) => p.name === endpoint.port);
      expect(containerPort(gateway(), port.targetPort)).toBe(gatewayConfig().server.adminPort);
    }
  });

  it('Redis requires the password from the Secret (AUTH, protected mode on), and its probe authenticates', () => {
    const redis = redisDeployment().spec.template.spec.containers[0];
    const command = [...(redis.command ?? []), ...(redis.args ?? [])].join(' ');
    expect(command).toContain('--requirepass "$REDIS_PASSWORD"');
    expect(command).not.toMatch(/--protected-mode\s+"?no/);
    const password = redis.env.find((e: any) => e.name === 'REDIS_PASSWORD');
    expect(password.valueFrom.secretKeyRef).toEqual({ name: 'llm-gateway-secrets', key: 'redis-password' });
    expect(redis.readinessProbe.exec.command.join(' ')).toContain('REDISCLI_AUTH="$REDIS_PASSWORD"');
  });

  it('a PodDisruptionBudget keeps voluntary evictions from taking the single Redis pod unannounced', () => {
    const pdb = one('redis.yaml', 'PodDisruptionBudget', 'llm-gateway-redis');
    expect(selects(pdb.spec.selector.matchLabels, redisDeployment().spec.template.metadata.labels)).toBe(true);
    expect(selects(pdb.spec.selector.matchLabels, podLabels())).toBe(false);
    expect(pdb.spec.minAvailable).toBe(redisDeployment().spec.replicas);
    expect(pdb.spec.unhealthyPodEvictionPolicy).toBe('AlwaysAllow');
  });

  it('Redis Service selects the Redis pods on the Redis container port', () => {
    const pod = redisDeployment().spec.template;
    expect(selects(redisDeployment().spec.selector.matchLabels, pod.metadata.labels)).toBe(true);
    expect(selects(redisService().spec.selector, pod.metadata.labels)).toBe(true);
    expect(selects(redisService().spec.selector, podLabels())).toBe(false);
    const port = redisService().spec.ports[0];
    expect(containerPort(pod.spec.containers[0], port.targetPort)).toBe(6379);
    expect(pod.spec.containers[0].image).toMatch(/^redis:7/);
    expect(pod.spec.containers[0].readinessProbe).toBeDefined();
    expect(pod.spec.containers[0].livenessProbe).toBeDefined();
  });
});

describe('NetworkPolicy', () => {
  const gatewayPolicy = () => one('networkpolicy.yaml', 'NetworkPolicy', 'llm-gateway');
  const redisPolicy = () => one('networkpolicy.yaml', 'NetworkPolicy', 'llm-gateway-redis');
  const ports = (rule: any): string[] => (rule.ports ?? []).map((p: any) => `${p.protocol ?? 'TCP'}/${p.port}`);

  it('applies to the gateway pods, both directions', () => {
    expect(selects(gatewayPolicy().spec.podSelector.matchLabels, podLabels())).toBe(true);
    expect(gatewayPolicy().spec.policyTypes).toEqual(['Ingress', 'Egress']);
  });

  it('admits labelled client namespaces on the client port only, and the Prometheus namespace on the admin port only', () => {
    const ingress: any[] = gatewayPolicy().spec.ingress;
    const fromClients = ingress.find((r) => r.from.some((f: any) => f.namespaceSelector?.matchLabels?.['llm-gateway/client'] === 'true'));
    const fromPrometheus = ingress.find((r) => r.from.some((f: any) => f.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']));
    expect(ingress).toHaveLength(2);
    expect(ports(fromClients)).toEqual(['TCP/8080']);
    expect(ports(fromPrometheus)).toEqual([`TCP/${gatewayConfig().server.adminPort}`]);
  });

  it('lets the gateway reach Redis, DNS (UDP and TCP 53) and HTTPS, nothing else', () => {
    const egress: any[] = gatewayPolicy().spec.egress;
    const redisPod = redisDeployment().spec.template.metadata.labels;
    const toRedis = egress.find((r) => r.to.some((t: any) => selects(t.podSelector?.matchLabels, redisPod)));
    expect(ports(toRedis)).toEqual(['TCP/6379']);
    const dns = egress.find((r) => r.to.some((t: any) => t.podSelector?.matchLabels?.['k8s-app'] === 'kube-dns'));
    expect(ports(dns).sort()).toEqual(['TCP/53', 'UDP/53']);
    const https = egress.find((r) => r.to.some((t: any) => t.ipBlock));
    expect(ports(https)).toEqual(['TCP/443']);
    expect(egress).toHaveLength(3);
    for (const rule of egress) expect(rule.to.length).toBeGreaterThan(0); // an empty `to` would allow everywhere
  });

  it('lets only the gateway pods reach Redis', () => {
    const spec = redisPolicy().spec;
    expect(selects(spec.podSelector.matchLabels, redisDeployment().spec.template.metadata.labels)).toBe(true);
    expect(spec.ingress).toHaveLength(1);
    expect(selects(spec.ingress[0].from[0].podSelector.matchLabels, podLabels())).toBe(true);
    expect(ports(spec.ingress[0])).toEqual(['TCP/6379']);
  });
});

describe('repository files the manifests refer to', () => {
  it('docs/kubernetes.md exists', () => {
    expect(readdirSync(join(repoRoot, 'docs'))).toContain('kubernetes.md');
  });
});
