import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import type { BaseMessage } from '@langchain/core/messages';
import type { LLMResult } from '@langchain/core/outputs';

/**
 * Counts what a run of a task cost, attempt by attempt, from langchain's own callbacks: every
 * model call (retries included), the characters sent and received, and the tokens the provider
 * reported. Counts only: it keeps no text.
 */
export class UsageTally extends BaseCallbackHandler {
  name = 'waypoint-usage-tally';
  attempts = 0;
  inputChars = 0;
  outputChars = 0;
  inputTokens: number | undefined;
  outputTokens: number | undefined;

  override handleChatModelStart(_llm: unknown, messages: BaseMessage[][]): void {
    this.attempts++;
    this.inputChars += messages.flat().reduce((sum, m) => sum + m.text.length, 0);
  }

  override handleLLMEnd(output: LLMResult): void {
    for (const generation of output.generations.flat()) {
      this.outputChars +=
        generation.text.length || JSON.stringify((generation as { message?: { tool_calls?: unknown } }).message?.tool_calls ?? '').length;
      const usage = (generation as { message?: { usage_metadata?: { input_tokens: number; output_tokens: number } } }).message
        ?.usage_metadata;
      if (usage) {
        this.inputTokens = (this.inputTokens ?? 0) + usage.input_tokens;
        this.outputTokens = (this.outputTokens ?? 0) + usage.output_tokens;
      }
    }
  }
}
