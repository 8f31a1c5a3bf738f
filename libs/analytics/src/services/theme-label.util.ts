/** "work_life_balance" -> "Work life balance": a key the taxonomy no longer knows, shown readably. */
export function readable(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
