import { connect } from 'node:net';

/**
 * The status an HTTP server answers to a POST that only declares a body of `contentLength` bytes:
 * the headers are sent, the body never is. A server that refuses the size answers at once, so the
 * check never races the server closing the connection while a body is still being written.
 */
export function statusForDeclaredBody(url: string, contentLength: number, headers: Record<string, string> = {}): Promise<number> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(target.port), target.hostname);
    let response = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer to a declared body of ${contentLength} bytes`));
    }, 10_000);
    socket.on('connect', () => {
      const lines = [
        `POST ${target.pathname} HTTP/1.1`,
        `Host: ${target.host}`,
        'Content-Type: application/json',
        `Content-Length: ${contentLength}`,
      ];
      for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    });
    socket.on('data', (chunk) => {
      response += chunk.toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(response);
      if (!status) return;
      clearTimeout(timer);
      socket.destroy();
      resolve(Number(status[1]));
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
