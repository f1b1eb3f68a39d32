// Listening and stopping for the bench's own servers (the simulator, the floor, client-proxy.mjs).

/**
 * Listens on `host`:`port`, prints `LABEL=http://HOST:PORT` once listening (the harness waits for that line),
 * and on SIGTERM or SIGINT closes, connections included, exiting within 2 s at most.
 */
export function serve(server, { port, host, label }) {
  server.listen(Number(port), host, () => {
    process.stdout.write(`${label}=http://${host}:${server.address().port}\n`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
