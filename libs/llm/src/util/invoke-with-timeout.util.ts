import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AIMessageChunk, BaseMessage } from '@langchain/core/messages';

/** Marks an attempt we abandoned because its time ran out (as opposed to a provider-side timeout). */
export class AttemptTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Model call exceeded ${timeoutMs} ms`);
    this.name = 'AttemptTimeoutError';
  }
}

/**
 * Invokes the model and gives up after `timeoutMs`. The abort signal lets HTTP providers cancel
 * the request; the race bounds models that ignore the signal.
 */
export async function invokeWithTimeout(
  model: BaseChatModel,
  messages: BaseMessage[],
  timeoutMs: number,
): Promise<AIMessageChunk> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new AttemptTimeoutError(timeoutMs);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  const call = model.invoke(messages, { signal: controller.signal });
  // The losing promise must not surface later as an unhandled rejection.
  call.catch(() => undefined);
  try {
    return await Promise.race([call, expired]);
  } catch (error) {
    throw controller.signal.aborted ? new AttemptTimeoutError(timeoutMs) : error;
  } finally {
    clearTimeout(timer);
  }
}
