import { useEffect, useRef, type ClipboardEvent, type KeyboardEvent } from "react";
import { backspace, EMPTY, fill, slots, typeInto } from "../lib/otp";
import { useT } from "../lib/i18n";

/** Six one-digit boxes. Each box edits its own digit (nothing shifts), typing advances, backspace
 * clears and goes back, pasting or autofilling a code fills every box. `value` keeps empty slots as
 * spaces; it is complete when it is six digits. Remount (change `key`) to clear and focus box 1. */
export function OtpInput({
  value,
  onChange,
  length = 6,
  disabled,
  autoFocus,
}: {
  value: string;
  onChange: (v: string) => void;
  length?: number;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const t = useT();
  const refs = useRef<(HTMLInputElement | null)[]>([]);
  const cells = slots(value, length);
  const focus = (i: number) => refs.current[Math.max(0, Math.min(length - 1, i))]?.focus();

  useEffect(() => {
    if (autoFocus) focus(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const apply = (e: { value: string; focus: number }) => {
    onChange(e.value);
    focus(e.focus);
  };
  const onPaste = (i: number, e: ClipboardEvent<HTMLInputElement>) => {
    e.preventDefault();
    apply(fill(value, i, e.clipboardData.getData("text"), length));
  };
  const onKey = (i: number, e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Backspace") {
      e.preventDefault();
      apply(backspace(value, i, length));
    } else if (e.key === "ArrowLeft") focus(i - 1);
    else if (e.key === "ArrowRight") focus(i + 1);
  };

  return (
    <div className="otp" role="group" aria-label={t("otp.group")}>
      {cells.map((d, i) => (
        <input
          key={i}
          ref={(el) => {
            refs.current[i] = el;
          }}
          value={d === EMPTY ? "" : d}
          inputMode="numeric"
          autoComplete={i === 0 ? "one-time-code" : "off"}
          aria-label={t("otp.digit", { n: i + 1 })}
          maxLength={length}
          disabled={disabled}
          onFocus={(e) => e.target.select()}
          onPaste={(e) => onPaste(i, e)}
          onKeyDown={(e) => onKey(i, e)}
          onChange={(e) => apply(typeInto(value, i, e.target.value, length))}
        />
      ))}
    </div>
  );
}
