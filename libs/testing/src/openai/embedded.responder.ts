import { AIMessage, type BaseMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { EmbeddedChatModel } from '#llm';
import type { CompletionRequest, Responder } from './openai-compatible.server.js';

/**
 * Answers every task the way the embedded model would, so a real provider client (with its
 * native structured output, retries and streaming) runs the product's real tasks end to end.
 */
export function embeddedResponder(): Responder {
  const model = new EmbeddedChatModel();
  return async (request: CompletionRequest) => {
    const reply = await model.invoke(request.messages.map(toMessage));
    return { status: 200, content: reply.text };
  };
}

function toMessage(message: CompletionRequest['messages'][number]): BaseMessage {
  const text = typeof message.content === 'string' ? message.content : JSON.stringify(message.content ?? '');
  if (message.role === 'system') return new SystemMessage(text);
  if (message.role === 'assistant') return new AIMessage(text);
  return new HumanMessage(text);
}
