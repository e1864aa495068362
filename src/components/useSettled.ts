import { useEffect, useState } from 'react';

/** `value`, once it has stopped changing for `delayMs`: for announcing results, not every keystroke. */
export function useSettled<T>(value: T, delayMs = 700): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
