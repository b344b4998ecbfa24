/** Freeze a value and everything it holds, so a shared encoding cannot be changed by one caller for all the others. */
export function _deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) _deepFreeze(v);
  }
  return value;
}
