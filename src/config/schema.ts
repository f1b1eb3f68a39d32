import { z } from 'zod';

/** The three capability tiers, cheapest first. Their order is the order of `tierRank`. */
export const TIERS = ['haiku', 'sonnet', 'opus'] as const;
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

export const tierRank = (tier: Tier): number => TIERS.indexOf(tier);

const positive = z.number().positive();
const nonNegativeInt = z.number().int().nonnegative();

const priceSchema = z.strictObject({
  input: z.number().nonnegative(),
  output: z.number().nonnegative(),
  cacheWrite: z.number().nonnegative(),
  cacheRead: z.number().nonnegative(),
  /** 1-hour cache writes; Anthropic charges 2x input. Defaults to that. */
  cacheWrite1h: z.number().nonnegative().optional(),
});
export type Price = z.infer<typeof priceSchema>;

const modelSchema = z.strictObject({
  id: z.string().min(1),
  price: priceSchema,
  /** Further model IDs this entry serves exactly (e.g. the dated snapshot `claude-haiku-4-5-20251001`). */
  aliases: z.array(z.string().min(1)).default([]),
  /** The gateway account's own upstream limits for this model class (Anthropic limits each class apart). */
  upstreamLimits: z
    .strictObject({ rpm: positive.optional(), itpm: positive.optional(), otpm: positive.optional() })
    .optional(),
});
export type ModelEntry = z.infer<typeof modelSchema>;

const thresholdsSchema = z
  .strictObject({ sonnet: z.number().min(0).max(1), opus: z.number().min(0).max(1) })
  .refine((t) => t.sonnet <= t.opus, { message: 'sonnet threshold must not exceed opus threshold' });
export type Thresholds = z.infer<typeof thresholdsSchema>;

const budgetSchema = z.strictObject({
  rpm: positive.optional(),
  itpm: positive.optional(),
  otpm: positive.optional(),
  concurrency: z.number().int().positive().optional(),
  maxQueueMs: nonNegativeInt.default(0),
  /** Message Batches traffic, apart from the per-minute budget: requests (batch items) and USD per UTC day. */
  batch: z.strictObject({ requestsPerDay: z.number().int().positive().optional(), usdDaily: positive.optional() }).optional(),
});
export type Budget = z.infer<typeof budgetSchema>;

const policySchema = z
  .strictObject({
    minTier: tierSchema.default('haiku'),
    maxTier: tierSchema.default('opus'),
    fallback: z.boolean().default(true),
    thresholds: thresholdsSchema.optional(),
    /** Pinned model IDs the org may use; absent = every catalogue model within its tiers. */
    allowedModels: z.array(z.string().min(1)).optional(),
    /** Refuse (400) model IDs outside the catalogue instead of serving them by family. */
    strictModels: z.boolean().default(false),
    /** Money (docs/money.md): ceilings as USD spend crosses marks, and runaway-loop guards. */
    downgrade: z.array(z.strictObject({ atPercent: z.number().min(0).max(100), maxTier: tierSchema })).optional(),
    maxToolTurns: nonNegativeInt.optional(),
    maxConversationUsd: positive.optional(),
  })
  .refine((p) => tierRank(p.minTier) <= tierRank(p.maxTier), { message: 'minTier must not be above maxTier' });
export type Policy = z.infer<typeof policySchema>;

/**
 * One Redis (`url`) or a Redis Cluster (`cluster`: some of its nodes, as redis:// URLs or `{ host, port }`; the
 * client finds the rest). The gateway puts every key of one org under the hash tag `{org}`, so a prefix must not
 * contain braces.
 */
const clusterNodeSchema = z.union([z.string().min(1), z.strictObject({ host: z.string().min(1), port: z.number().int().min(1).max(65_535) })]);
const redisSchema = z
  .strictObject({
    url: z.string().min(1).optional(),
    cluster: z.array(clusterNodeSchema).min(1).optional(),
    prefix: z.string().regex(/^[^{}]*$/, 'no braces: the gateway adds the hash tag {org} itself').default('gateway'),
  })
  .refine((r) => (r.url === undefined) !== (r.cluster === undefined), 'limits.redis: give either url or cluster, not both');
export type RedisConfig = z.infer<typeof redisSchema>;

const usdLimitsSchema = z.strictObject({ daily: positive.optional(), monthly: positive.optional() });
/** A feature name is a metric label value: short and from a fixed alphabet. */
const featureNameSchema = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'feature: 1-64 letters, digits, ".", "_" or "-"');
const usdSchema = usdLimitsSchema.extend({ perFeature: z.record(featureNameSchema, usdLimitsSchema).optional() });

const keyHashSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lowercase hex digits');

const orgSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'org id: 1-64 letters, digits, ".", "_" or "-"'),
  keys: z.array(keyHashSchema).min(1),
  budget: budgetSchema.optional(),
  policy: policySchema.optional(),
  usd: usdSchema.optional(),
  features: z.array(featureNameSchema).optional(),
});
export type OrgConfig = z.infer<typeof orgSchema>;

const simModelBehaviourSchema = z.strictObject({
  latencyMs: nonNegativeInt.optional(),
  tokensPerSecond: positive.optional(),
  overloadedRate: z.number().min(0).max(1).optional(),
  midStreamOverloadRate: z.number().min(0).max(1).optional(),
  /** Where a mid-stream overload strikes: before the first content delta, or after some content. */
  midStreamOverloadAt: z.enum(['before_content', 'after_content']).optional(),
  dropConnectionRate: z.number().min(0).max(1).optional(),
  rateLimitedRate: z.number().min(0).max(1).optional(),
  retryAfterSeconds: nonNegativeInt.optional(),
});
export type SimModelBehaviour = z.infer<typeof simModelBehaviourSchema>;

export const simConfigSchema = z.strictObject({
  /** Behaviour keyed by model ID, or "*" for every model. */
  models: z.record(z.string(), simModelBehaviourSchema).default({}),
  seed: z.number().int().default(1),
});
export type SimConfig = z.infer<typeof simConfigSchema>;

export const configSchema = z.strictObject({
  server: z
    .strictObject({
      port: z.number().int().min(0).max(65535).default(8080),
      host: z.string().default('0.0.0.0'),
      /** Serve /metrics on its own port (0 = none). With this or adminPort set, the client port serves no /metrics. */
      metricsPort: z.number().int().min(0).max(65535).default(0),
      /** The admin endpoints (/admin/*, Bearer admin.keys) and /metrics, on their own port (0 = none). */
      adminPort: z.number().int().min(0).max(65535).default(0),
      bodyLimitBytes: z.number().int().positive().default(32 * 1024 * 1024),
      keepAliveTimeoutMs: nonNegativeInt.default(65_000),
      headersTimeoutMs: nonNegativeInt.default(66_000),
      /** Time allowed to receive a whole request (not the response: SSE answers may last minutes). */
      requestTimeoutMs: nonNegativeInt.default(120_000),
      drainTimeoutMs: nonNegativeInt.default(30_000),
      logPrompts: z.boolean().default(false),
      /** Where one replica keeps batch and file ownership across restarts without Redis (absent = in memory). */
      dataDir: z.string().min(1).optional(),
    })
    .prefault({}),
  upstream: z
    .strictObject({
      baseUrl: z.string().default('sim'),
      timeoutMs: z.number().int().positive().default(600_000),
      /** Time for one attempt to produce headers and the first content (what the breaker times). */
      attemptTimeoutMs: z.number().int().positive().default(60_000),
      /** A stream silent this long after its first content (not even a ping) is ended with an error event. */
      streamIdleTimeoutMs: z.number().int().positive().default(300_000),
      connections: z.number().int().positive().default(256),
    })
    .prefault({}),
  models: z.strictObject({ haiku: modelSchema, sonnet: modelSchema, opus: modelSchema }),
  routing: z
    .strictObject({
      thresholds: thresholdsSchema.default({ sonnet: 0.35, opus: 0.7 }),
      stickyCacheSize: z.number().int().positive().default(10_000),
      /** A weights file written by `gateway train-router`, used instead of the shipped one (path from the working directory). */
      weights: z.string().min(1).optional(),
    })
    .prefault({}),
  breaker: z
    .strictObject({
      tripOn: z.array(z.number().int().min(400).max(599)).default([529]),
      errorThresholdPercentage: z.number().min(1).max(100).default(50),
      volumeThreshold: nonNegativeInt.default(5),
      rollingWindowMs: z.number().int().positive().default(10_000),
      resetTimeoutMs: z.number().int().positive().default(30_000),
      maxResetTimeoutMs: z.number().int().positive().default(60_000),
    })
    .prefault({}),
  fallback: z
    .strictObject({
      order: z.array(tierSchema).min(1).default(['opus', 'sonnet', 'haiku']),
      maxAttempts: z.number().int().positive().default(3),
      budget: z
        .strictObject({ minConcurrent: nonNegativeInt.default(10), percent: z.number().min(0).max(100).default(50) })
        .prefault({}),
      /** Also fall back when a model class answers 429 (the account's limit for that class). */
      onRateLimit: z.boolean().default(true),
    })
    .prefault({}),
  limits: z
    .strictObject({
      redis: redisSchema.optional(),
      /** With Redis unreachable: "open" admits on local limits of budget/replicas, "closed" rejects. */
      onStoreFailure: z.enum(['open', 'closed']).default('open'),
      replicas: z.number().int().positive().default(1),
    })
    .prefault({}),
  /** OpenTelemetry traces: off unless otlpEndpoint is set (an OTLP/HTTP collector, e.g. http://otel-collector:4318). */
  tracing: z
    .strictObject({
      otlpEndpoint: z.string().min(1).optional(),
      sampleRatio: z.number().min(0).max(1).default(1),
      serviceName: z.string().min(1).default('llm-gateway'),
    })
    .prefault({}),
  admin: z.strictObject({ keys: z.array(keyHashSchema).default([]) }).prefault({}),
  sim: simConfigSchema.prefault({}),
  orgs: z.array(orgSchema).min(1),
});

export type Config = z.infer<typeof configSchema>;
