import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { MessagesBody } from '../../src/messages/schema.js';

/**
 * Varied Messages bodies for measuring the token estimator: prose and markdown (package READMEs),
 * code (package sources), JSON, several languages, numbers, tool use, images, thinking, long
 * conversations. Texts come from installed packages, so the corpus is fixed by the lockfile.
 */

const require = createRequire(import.meta.url);
const pkgFile = (pkg: string, file: string): string => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file), 'utf8');

const PROSE = [
  pkgFile('bottleneck', 'README.md'),
  pkgFile('ioredis', 'README.md'),
  pkgFile('prom-client', 'README.md'),
  pkgFile('opossum', 'README.md'),
  pkgFile('undici', 'README.md'),
  pkgFile('pino', 'docs/api.md'),
];
const CODE = [
  pkgFile('bottleneck', 'lib/Bottleneck.js'),
  pkgFile('ioredis', 'built/Redis.js'),
  pkgFile('typescript', 'lib/lib.es5.d.ts'),
  pkgFile('yaml', 'dist/parse/lexer.js'),
];
const JSON_TEXTS = [pkgFile('ioredis', 'package.json'), pkgFile('typescript', 'package.json'), pkgFile('undici', 'package.json')];
const LANGUAGES = [
  '速率限制器按组织分配预算。每个请求在发送到上游之前都要检查每分钟请求数、每分钟输入令牌数和每分钟输出令牌数。如果超出预算，请求会排队等待，直到等待时间用完，然后返回四二九错误。',
  'レート制限は組織ごとに設定されます。リクエストは上流に送信される前に、毎分のリクエスト数と入力トークン数、出力トークン数を確認します。予算を超えた場合は、待ち行列で待機します。',
  'Ограничение скорости задаётся для каждой организации. Перед отправкой запроса проверяются количество запросов в минуту, входных и выходных токенов. Если бюджет исчерпан, запрос ждёт в очереди.',
  'Die Ratenbegrenzung gilt pro Organisation. Vor dem Weiterleiten prüft das Gateway Anfragen pro Minute, Eingabe- und Ausgabetokens pro Minute sowie die Anzahl gleichzeitiger Anfragen. Über dem Budget wartet die Anfrage in einer Warteschlange.',
  'La limitation de débit s’applique par organisation. Avant l’envoi, la passerelle vérifie les requêtes par minute, les jetons d’entrée et de sortie. Au-delà du budget, la requête attend dans une file, puis reçoit une erreur 429.',
  'El límite de velocidad se aplica por organización. Antes de reenviar, la pasarela comprueba solicitudes por minuto y tokens de entrada y salida por minuto. Si se supera el presupuesto, la solicitud espera en una cola. ✅🚀',
];

/** Deterministic pseudo-random numbers (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slicer(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const slice = (sources: readonly string[], minChars: number, maxChars: number): string => {
    const text = pick(sources);
    const length = Math.min(text.length, Math.floor(minChars + random() * (maxChars - minChars)));
    const start = Math.floor(random() * Math.max(1, text.length - length));
    return text.slice(start, start + length);
  };
  return { pick, slice };
}

const csv = (random: () => number, rows: number): string =>
  Array.from({ length: rows }, (_, i) => `${i},${(random() * 1e6).toFixed(2)},${Math.floor(random() * 1e9)},2026-0${1 + (i % 9)}-1${i % 10}`).join('\n');

const TOOL = (name: string, description: string) => ({
  name,
  description,
  input_schema: {
    type: 'object',
    properties: { query: { type: 'string', description: `What to ${name}` }, limit: { type: 'integer', minimum: 1, maximum: 100 } },
    required: ['query'],
  },
});

export function estimatorCorpus(count = 240, seed = 4): MessagesBody[] {
  const random = prng(seed);
  const { pick, slice } = slicer(random);
  const bodies: MessagesBody[] = [];
  const base = { model: 'auto', max_tokens: 1024 };
  for (let i = 0; i < count; i++) {
    switch (i % 8) {
      case 0:
        bodies.push({ ...base, messages: [{ role: 'user', content: slice(PROSE, 200, 20_000) }] });
        break;
      case 1:
        bodies.push({
          ...base,
          system: slice(PROSE, 100, 3_000),
          messages: [
            { role: 'user', content: `Review this code:\n\n${slice(CODE, 500, 15_000)}` },
            { role: 'assistant', content: slice(PROSE, 200, 2_000) },
            { role: 'user', content: 'And what about error handling?' },
          ],
        });
        break;
      case 2:
        bodies.push({
          ...base,
          tools: [TOOL('search', 'Search the docs'), TOOL('fetch', 'Fetch a page by URL')],
          messages: [
            { role: 'user', content: slice(PROSE, 50, 500) },
            { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'search', input: { query: slice(PROSE, 10, 80), limit: 5 } }] },
            { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: slice(JSON_TEXTS, 300, 6_000) }] },
          ],
        });
        break;
      case 3:
        bodies.push({ ...base, messages: [{ role: 'user', content: `${pick(LANGUAGES)}\n${pick(LANGUAGES)}\n${pick(LANGUAGES)}` }] });
        break;
      case 4:
        bodies.push({ ...base, messages: [{ role: 'user', content: `Summarise this table:\n${csv(random, 20 + Math.floor(random() * 300))}` }] });
        break;
      case 5:
        bodies.push({
          ...base,
          messages: [
            {
              role: 'user',
              content: [
                { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
                { type: 'text', text: slice(PROSE, 50, 1_500) },
              ],
            },
          ],
        });
        break;
      case 6: {
        const turns = 4 + Math.floor(random() * 12);
        const messages: MessagesBody['messages'] = [];
        for (let t = 0; t < turns; t++) {
          const role = t % 2 === 0 ? 'user' : 'assistant';
          const content =
            role === 'assistant' && random() < 0.5
              ? [
                  { type: 'thinking', thinking: slice(PROSE, 100, 1_000), signature: 'sig' },
                  { type: 'text', text: slice(PROSE, 50, 1_500) },
                ]
              : slice(random() < 0.5 ? PROSE : CODE, 20, 2_000);
          messages.push({ role, content });
        }
        if (messages[messages.length - 1]!.role === 'assistant') messages.push({ role: 'user', content: 'Go on.' });
        bodies.push({ ...base, system: [{ type: 'text', text: slice(PROSE, 100, 4_000) }], messages });
        break;
      }
      default:
        bodies.push({ ...base, messages: [{ role: 'user', content: `Fix the bug:\n\`\`\`\n${slice(CODE, 100, 8_000)}\n\`\`\`` }] });
    }
  }
  return bodies;
}
