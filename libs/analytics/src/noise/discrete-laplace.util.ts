/**
 * One draw of the discrete Laplace (two-sided geometric) distribution with the given scale:
 * P(X = x) = (1 - q) / (1 + q) * q^|x| with q = exp(-1 / scale). Added to an integer whose
 * sensitivity is Δ, scale Δ / ε gives ε-differential privacy. Integers only, so none of the
 * floating-point artefacts that let continuous Laplace noise be peeled off.
 *
 * It is the difference of two geometric draws, each by inversion of a uniform in (0, 1]:
 * floor(ln u / ln q) is geometric with P(G >= g) = q^g.
 */
export function discreteLaplace(scale: number, u1: number, u2: number): number {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError('scale must be positive and finite');
  const lnQ = -1 / scale;
  return geometric(u1, lnQ) - geometric(u2, lnQ);
}

function geometric(u: number, lnQ: number): number {
  if (!(u > 0 && u <= 1)) throw new RangeError('u must be in (0, 1]');
  return Math.floor(Math.log(u) / lnQ) + 0; // + 0 turns -0 into 0
}
