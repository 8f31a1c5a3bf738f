import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server (smtp-server) for the test run. Every message that arrives is written to
 * `<dir>/<n>.json` with its envelope and raw text, so test files (other processes) can read them.
 */
export async function startSmtpCapture(dir: string, port: number): Promise<SMTPServer> {
  await mkdir(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        const file = join(dir, `${Date.now()}-${++count}.json`);
        writeFile(
          file,
          JSON.stringify({
            to,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
            raw: Buffer.concat(chunks).toString('utf8'),
          }),
        )
          .then(() => callback())
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return server;
}
