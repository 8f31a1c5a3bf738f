import { Injectable } from '@nestjs/common';
import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

/**
 * Lexicon sentiment of an answer (-1..1) from the shipped wink-nlp English model, the same NLP
 * model the embedded LLM uses. The model is loaded once per process, on first use.
 */
@Injectable()
export class SentimentAnalyzer {
  private nlp: WinkMethods | undefined;

  sentiment(text: string): number {
    this.nlp ??= winkNLP(model, ['sbd', 'negation', 'sentiment']);
    // wink reads "I'm" as one token, which hides the adjective after it.
    const normalised = text.replace(/[\u2018\u2019]/g, "'").replace(/\bI'm\b/gi, 'I am');
    const value = this.nlp.readDoc(normalised).out(this.nlp.its.sentiment) as number;
    return Number.isFinite(value) ? value : 0;
  }
}
