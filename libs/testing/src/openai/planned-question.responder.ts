import { readDataBlock } from '#llm';
import type { CompletionRequest, Responder } from './openai-compatible.server.js';

/**
 * A provider that costs almost no CPU: it answers an interview turn with the planned question
 * (a valid decision) and defers every other task to `fallback`. Benchmarks use it so that the
 * provider's own work does not compete with the system measured on the same cores.
 */
export function plannedQuestionResponder(fallback: Responder): Responder {
  return (request: CompletionRequest) => {
    if (!request.messages[0]?.content.includes('task: interview-turn@')) return fallback(request);
    const data = request.messages
      .map((m) => readDataBlock(m.content))
      .find((d): d is { planned: { text: string } | null } => !!d && typeof d === 'object');
    const decision = {
      move: 'next_question',
      acknowledgement: 'Thank you.',
      question: data?.planned?.text ?? null,
      quote: null,
      probe: null,
      notes: [],
    };
    return { status: 200, content: JSON.stringify(decision) };
  };
}
