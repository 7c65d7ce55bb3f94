// Prints a TCP port that is free on 127.0.0.1 right now (the system picks it), for the e2e web server.
// Usage: E2E_PORT=$(node scripts/free-port.mjs)
import { createServer } from 'node:net';

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  server.close(() => process.stdout.write(`${port}\n`));
});
