import { timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { QueueName } from '../queue-name.enum.js';
import type { QueueRegistry } from '../queue-registry.service.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * The BullMQ dashboard (bull-board) for the people who run Waypoint. Queues are shared by every
 * organisation, so it is not for organisation admins (they have `organisationJobs`): it needs the
 * operator token, as a bearer token or as the password of HTTP basic auth. Job payloads carry ids
 * only, so no reflection text is shown here either.
 */
export async function mountQueueDashboard(fastify: FastifyInstance, queues: QueueRegistry, token: string): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  createBullBoard({ queues: Object.values(QueueName).map((name) => new BullMQAdapter(queues.queue(name))), serverAdapter });
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (presentedToken(request.headers.authorization) !== null && matches(presentedToken(request.headers.authorization)!, token)) return;
      await reply.code(401).header('www-authenticate', 'Basic realm="Waypoint queues"').send({ message: 'Operator token required' });
    });
    await scope.register(serverAdapter.registerPlugin() as Parameters<FastifyInstance['register']>[0], { prefix: QUEUE_DASHBOARD_PATH });
  });
}

function presentedToken(header: string | undefined): string | null {
  if (!header) return null;
  const [scheme, value] = header.split(' ', 2);
  if (!value) return null;
  if (scheme.toLowerCase() === 'bearer') return value;
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1);
  }
  return null;
}

function matches(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
