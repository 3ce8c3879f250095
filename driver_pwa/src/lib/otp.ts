/** The code boxes' rules, kept apart from React so they can be tested on their own.
 *
 * A code is a fixed row of slots; an empty slot is " ". Each box edits its own slot only, so deleting
 * or retyping a digit in the middle never moves the digits after it. */

export const EMPTY = " ";

export function slots(value: string, length: number): string[] {
  return Array.from({ length }, (_, i) => (/\d/.test(value[i] ?? "") ? value[i] : EMPTY));
}

export function isComplete(value: string, length = 6): boolean {
  return new RegExp(`^\\d{${length}}$`).test(value);
}

/** Only the digits of pasted or autofilled text ("123 456", "12-34-56" -> "123456"). */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, "");
}

export interface OtpEdit {
  value: string;
  /** The box to focus next. */
  focus: number;
}

/** The browser changed box `i` to `raw`: a typed digit (maybe next to the old one, when the box was
 * not selected), nothing (deleted), or several digits (autofill or a paste the browser handled). */
export function typeInto(value: string, i: number, raw: string, length: number): OtpEdit {
  const cells = slots(value, length);
  const old = cells[i] === EMPTY ? "" : cells[i];
  const typed = digitsOf(raw);
  if (typed.length === 0) {
    cells[i] = EMPTY;
    return { value: cells.join(""), focus: i };
  }
  if (typed.length === 2 && old && typed.includes(old)) {
    // A digit typed before or after the old one in the same box: the new digit replaces it.
    cells[i] = typed[0] === old ? typed[1] : typed[0];
    return { value: cells.join(""), focus: Math.min(length - 1, i + 1) };
  }
  if (typed.length === 1) {
    cells[i] = typed;
    return { value: cells.join(""), focus: Math.min(length - 1, i + 1) };
  }
  return fill(value, i, typed, length);
}

/** Several digits arriving at box `i`: a whole code fills every box, a part fills from `i` on. */
export function fill(value: string, i: number, text: string, length: number): OtpEdit {
  const typed = digitsOf(text);
  if (typed.length >= length) {
    return { value: typed.slice(0, length), focus: length - 1 };
  }
  const cells = slots(value, length);
  for (let k = 0; k < typed.length && i + k < length; k++) cells[i + k] = typed[k];
  return { value: cells.join(""), focus: Math.min(length - 1, i + typed.length) };
}

/** Backspace in box `i`: clears its digit, or when already empty the one before (and goes there). */
export function backspace(value: string, i: number, length: number): OtpEdit {
  const cells = slots(value, length);
  if (cells[i] !== EMPTY) {
    cells[i] = EMPTY;
    return { value: cells.join(""), focus: i };
  }
  if (i === 0) return { value: cells.join(""), focus: 0 };
  cells[i - 1] = EMPTY;
  return { value: cells.join(""), focus: i - 1 };
}
