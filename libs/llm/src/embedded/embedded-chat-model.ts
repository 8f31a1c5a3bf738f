import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import { BaseChatModel, type BaseChatModelParams } from '@langchain/core/language_models/chat_models';
import { AIMessage, AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import type { ActionPlanInput } from '../prompts/action-plan.schema.js';
import type { InsightAnswerInput } from '../prompts/insight-answer.schema.js';
import type { InterviewTurnInput } from '../prompts/interview-turn.schema.js';
import type { ResearchPlanInput } from '../prompts/research-plan.schema.js';
import type { SummaryInput } from '../prompts/summary.schema.js';
import { readDataBlock, readTaskMarker } from '../util/prompt.util.js';
import { buildActionPlan } from './action-plan.heuristic.js';
import { buildInsightAnswer } from './insight-answer.heuristic.js';
import { buildInterviewTurn } from './interview-turn.heuristic.js';
import { buildResearchPlan } from './research-plan.heuristic.js';
import { sentencePieces } from './sentence-pieces.util.js';
import { buildSummary } from './summary/summary.heuristic.js';

type Handler = (data: Record<string, unknown>) => unknown;

// Missing arrays are filled in so that a sparse payload yields a weak answer rather than a crash.
const arrays = <T>(data: Record<string, unknown>, ...keys: string[]): T =>
  ({ ...data, ...Object.fromEntries(keys.map((k) => [k, Array.isArray(data[k]) ? data[k] : []])) }) as T;

const HANDLERS: Readonly<Record<string, Handler>> = {
  'research-plan@1': (d) => buildResearchPlan(arrays<ResearchPlanInput>(d, 'goals', 'mandatoryQuestions')),
  'interview-turn@1': (d) =>
    buildInterviewTurn(
      arrays<InterviewTurnInput>(
        d,
        'askedQuestions',
        'goals',
        'openMandatory',
        'window',
        'notes',
        'probesUsed',
        'usedOpenings',
        'avoidTopics',
      ),
    ),
  'summary@2': (d) => buildSummary(arrays<SummaryInput>(d, 'turns', 'taxonomy')),
  'insight-answer@2': (d) => buildInsightAnswer(arrays<InsightAnswerInput>(d, 'passages')),
  'action-plan@2': (d) => {
    const summary = typeof d.summary === 'object' && d.summary !== null ? (d.summary as Record<string, unknown>) : {};
    return buildActionPlan({
      ...d,
      summary: arrays(summary, 'strengths', 'gaps', 'themes', 'opportunities', 'suggestedActions', 'commitments'),
    } as ActionPlanInput);
  },
};

/**
 * An offline, deterministic, in-process stand-in for a language model. It is NOT a neural LLM:
 * it reads the `task:` marker of the system prompt, parses the delimited JSON data of the human
 * message and answers with rule-based heuristics (wink-nlp sentence splitting, part-of-speech
 * noun phrases, lexicon sentiment, keyword matching and curated question banks). The same input
 * always gives the same output, and it needs no network, API key or model download, which makes
 * it the default provider for development, tests and deployments without an LLM.
 */
export class EmbeddedChatModel extends BaseChatModel {
  static override lc_name(): string {
    return 'EmbeddedChatModel';
  }

  constructor(fields: BaseChatModelParams = {}) {
    super(fields);
  }

  _llmType(): string {
    return 'embedded';
  }

  /** Supported task versions, for diagnostics. */
  static supportedTasks(): string[] {
    return Object.keys(HANDLERS);
  }

  async _generate(
    messages: BaseMessage[],
    _options: this['ParsedCallOptions'],
    _runManager?: CallbackManagerForLLMRun,
  ): Promise<ChatResult> {
    const system = messages.find((m) => m.getType() === 'system')?.text ?? '';
    const task = readTaskMarker(system);
    const handler = task && Object.hasOwn(HANDLERS, task) ? HANDLERS[task] : undefined;
    if (!handler) throw new Error(`Embedded model has no heuristic for task ${task ?? '(no task marker)'}`);

    const data = messages
      .filter((m) => m.getType() === 'human')
      .map((m) => readDataBlock(m.text))
      .find((value) => typeof value === 'object' && value !== null && !Array.isArray(value));
    if (!data) throw new Error(`Embedded model found no delimited data for task ${task}`);

    const content = JSON.stringify(handler(data as Record<string, unknown>));
    const inputChars = messages.reduce((sum, m) => sum + m.text.length, 0);
    const inputTokens = Math.ceil(inputChars / 4);
    const outputTokens = Math.ceil(content.length / 4);
    const message = new AIMessage({
      content,
      usage_metadata: { input_tokens: inputTokens, output_tokens: outputTokens, total_tokens: inputTokens + outputTokens },
    });
    return { generations: [{ text: content, message }] };
  }

  /**
   * Streaming, when a caller asks for it: the same reply, handed out sentence by sentence (and
   * field by field), so the interviewer's question can be shown as it is written.
   */
  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const { generations } = await this._generate(messages, options, runManager);
    const message = generations[0]!.message as AIMessage;
    const pieces = sentencePieces(message.text);
    for (const [index, piece] of pieces.entries()) {
      const last = index === pieces.length - 1;
      const chunk = new ChatGenerationChunk({
        text: piece,
        message: new AIMessageChunk({ content: piece, ...(last ? { usage_metadata: message.usage_metadata } : {}) }),
      });
      yield chunk;
      await runManager?.handleLLMNewToken(piece, undefined, undefined, undefined, undefined, { chunk });
    }
  }
}
