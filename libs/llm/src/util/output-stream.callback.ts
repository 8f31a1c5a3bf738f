import type { NewTokenIndices } from '@langchain/core/callbacks/base';
import {
  BaseCallbackHandler,
  type CallbackHandlerPrefersStreaming,
  type HandleLLMNewTokenCallbackFields,
} from '@langchain/core/callbacks/base';

/** The raw reply of the current attempt so far (JSON text or tool-call arguments), and whether it began again. */
export interface OutputProgress {
  raw: string;
  /** A new attempt (a retry, a re-ask) started with this piece: what came before is void. */
  restarted: boolean;
}

/**
 * Asks chat models to stream (langchain's `lc_prefer_streaming`, honoured by every model that can
 * stream, within a plain `invoke`) and reports the reply as it grows: text tokens, or the
 * arguments of a tool call when the structured output travels as one. Nothing is kept after the run.
 */
export class OutputStream extends BaseCallbackHandler implements CallbackHandlerPrefersStreaming {
  name = 'waypoint-output-stream';
  readonly lc_prefer_streaming = true;
  private raw = '';
  private fresh = true;

  constructor(private readonly onProgress: (progress: OutputProgress) => void) {
    // Awaited, not run in the background: every piece is reported, in order, before the call returns.
    super({ _awaitHandler: true });
  }

  override handleChatModelStart(): void {
    this.raw = '';
    this.fresh = true;
  }

  override handleLLMNewToken(
    token: string,
    _idx: NewTokenIndices,
    _runId: string,
    _parentRunId?: string,
    _tags?: string[],
    fields?: HandleLLMNewTokenCallbackFields,
  ): void {
    const message = (fields?.chunk as { message?: { tool_call_chunks?: Array<{ args?: string }> } } | undefined)?.message;
    const piece = token + (message?.tool_call_chunks ?? []).map((chunk) => chunk.args ?? '').join('');
    if (!piece) return;
    this.raw += piece;
    const restarted = this.fresh;
    this.fresh = false;
    try {
      this.onProgress({ raw: this.raw, restarted });
    } catch {
      // A listener's failure never fails the model call.
    }
  }
}
