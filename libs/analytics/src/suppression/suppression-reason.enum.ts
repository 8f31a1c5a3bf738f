/** Why a cell of an HR report is hidden. The reason never carries the hidden figures. */
export enum SuppressionReason {
  /** Fewer participants than the organisation's threshold (possibly none). */
  SIZE = 'SIZE',
  /** Shown, it would let a hidden sibling be recovered as "total minus shown siblings". */
  COMPLEMENT = 'COMPLEMENT',
  /** Shown, its difference with another cell HR can request for the period would single out fewer participants than the threshold. */
  DIFFERENCING = 'DIFFERENCING',
}
