import { useRef, type ClipboardEvent, type KeyboardEvent } from "react";

/** Six one-digit boxes: typing advances, backspace goes back, pasting a code fills every box. */
export function OtpInput({ value, onChange, length = 6, disabled }: { value: string; onChange: (v: string) => void; length?: number; disabled?: boolean }) {
  const refs = useRef<(HTMLInputElement | null)[]>([]);
  const digits = Array.from({ length }, (_, i) => value[i] ?? "");

  const setAt = (i: number, d: string) => {
    const next = digits.slice();
    next[i] = d;
    onChange(next.join("").slice(0, length));
  };
  const focus = (i: number) => refs.current[Math.max(0, Math.min(length - 1, i))]?.focus();

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData("text").replace(/\D/g, "").slice(0, length);
    if (!text) return;
    e.preventDefault();
    onChange(text);
    focus(text.length >= length ? length - 1 : text.length);
  };
  const onKey = (i: number, e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Backspace" && !digits[i] && i > 0) {
      e.preventDefault();
      setAt(i - 1, "");
      focus(i - 1);
    } else if (e.key === "ArrowLeft") focus(i - 1);
    else if (e.key === "ArrowRight") focus(i + 1);
  };

  return (
    <div className="otp" role="group" aria-label="Verification code">
      {digits.map((d, i) => (
        <input
          key={i}
          ref={(el) => {
            refs.current[i] = el;
          }}
          value={d}
          inputMode="numeric"
          autoComplete={i === 0 ? "one-time-code" : "off"}
          aria-label={`Digit ${i + 1}`}
          maxLength={length}
          disabled={disabled}
          onPaste={onPaste}
          onKeyDown={(e) => onKey(i, e)}
          onChange={(e) => {
            const only = e.target.value.replace(/\D/g, "");
            if (only.length > 1) {
              // Autofill or a fast typist: spread the digits from this box on.
              const next = (digits.slice(0, i).join("") + only).slice(0, length);
              onChange(next);
              focus(next.length);
              return;
            }
            setAt(i, only);
            if (only) focus(i + 1);
          }}
        />
      ))}
    </div>
  );
}
