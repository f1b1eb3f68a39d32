import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../helpers/config.js';
import { startTestGateway } from '../helpers/gateway.js';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

describe('server.metricsPort', () => {
  it('serves /metrics on its own port as well, and only /metrics there', async () => {
    const metricsPort = await freePort();
    const gw = await startTestGateway(testConfig({ server: { port: 0, host: '127.0.0.1', metricsPort } }));
    try {
      const scrape = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(scrape.status).toBe(200);
      expect(await scrape.text()).toContain('# TYPE gateway_requests_total counter');
      expect((await fetch(`http://127.0.0.1:${metricsPort}/v1/models`)).status).toBe(404);
      expect((await fetch(`${gw.url}/metrics`)).status).toBe(200);
    } finally {
      await gw.close();
    }
  });
});
