import { discreteLaplace } from './discrete-laplace.util.js';
import { seededUniforms } from './seeded-uniforms.util.js';

/** An organisation's noise setting: ε per released figure and the secret key that seeds the noise. */
export interface NoiseSetting {
  epsilon: number;
  key: string;
}

export const NOISE_MECHANISM = 'discrete Laplace';
export const MIN_EPSILON = 0.1;
export const MAX_EPSILON = 10;

/** The range of one participant's value in a sum, and the precision the sum is released at. */
export interface SumSpec {
  min: number;
  max: number;
  step: number;
}

export const SATISFACTION_SUM: SumSpec = { min: 0, max: 10, step: 0.01 };
export const SENTIMENT_SUM: SumSpec = { min: -1, max: 1, step: 0.001 };

/** How a report turns the exact figures of a shown cell into released ones. */
export interface FigureNoise {
  /** Distinct participants of a cell. */
  count(cell: string, exact: number): number;
  /** The sum of participants' values in a cell. */
  sum(cell: string, exact: number, spec: SumSpec): number;
}

export const EXACT_FIGURES: FigureNoise = {
  count: (_cell, exact) => exact,
  sum: (_cell, exact) => exact,
};

/**
 * Discrete Laplace noise, ε per figure: a count has sensitivity 1 (one participant more or
 * less); a sum is rounded to its step and has sensitivity max|value| / step + 1 on that lattice.
 * The draw is seeded by the organisation's key, the period, the cell, the figure, ε and the exact
 * value: asking again returns the same figure (averaging repeats learns nothing), and when the
 * data changes the noise is drawn afresh rather than cancelling out in a before/after difference.
 */
export function seededNoise(setting: NoiseSetting, period: string): FigureNoise {
  const key = Buffer.from(setting.key, 'base64url');
  const draw = (cell: string, figure: string, exact: number, scale: number): number => {
    const [u1, u2] = seededUniforms(key, JSON.stringify([period, cell, figure, setting.epsilon, exact]));
    return discreteLaplace(scale, u1, u2);
  };
  return {
    count: (cell, exact) => Math.max(0, exact + draw(cell, 'count', exact, 1 / setting.epsilon)),
    sum: (cell, exact, spec) => {
      const lattice = Math.round(exact / spec.step);
      const sensitivity = Math.ceil(Math.max(Math.abs(spec.min), Math.abs(spec.max)) / spec.step) + 1;
      return (lattice + draw(cell, 'sum', lattice, sensitivity / setting.epsilon)) * spec.step;
    },
  };
}
