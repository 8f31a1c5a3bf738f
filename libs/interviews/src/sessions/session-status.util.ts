import type { ReflectionSessionEntity } from '../entities/reflection-session.entity.js';
import { InterviewsException, InterviewsExceptionCode } from '../interviews.exception.js';

/** Only a started, open session takes answers; a paused one is resumed by answering it. */
export function assertAnswerable(session: ReflectionSessionEntity): void {
  if (session.status === 'SCHEDULED') {
    throw new InterviewsException('Start this reflection session before answering it', InterviewsExceptionCode.SESSION_NOT_STARTED);
  }
  if (session.status !== 'IN_PROGRESS') {
    throw new InterviewsException(`This reflection session is ${session.status.toLowerCase()}`, InterviewsExceptionCode.SESSION_CLOSED, {
      status: session.status,
    });
  }
}
