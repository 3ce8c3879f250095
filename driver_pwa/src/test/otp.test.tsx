import { useState } from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { OtpInput } from "../components/OtpInput";
import { backspace, fill, isComplete, typeInto } from "../lib/otp";

function Harness({ onDone, initial = "" }: { onDone: (v: string) => void; initial?: string }) {
  const [v, setV] = useState(initial);
  return (
    <OtpInput
      value={v}
      autoFocus
      onChange={(next) => {
        setV(next);
        if (isComplete(next)) onDone(next);
      }}
    />
  );
}

const values = () => screen.getAllByRole("textbox").map((b) => (b as HTMLInputElement).value);

describe("code box rules", () => {
  it("typing over a digit replaces it, whichever side the caret was on", () => {
    expect(typeInto("01523 ", 3, "21", 6)).toEqual({ value: "01513 ", focus: 4 });
    expect(typeInto("01523 ", 3, "12", 6)).toEqual({ value: "01513 ", focus: 4 });
  });
  it("deleting a middle digit leaves the others where they are", () => {
    expect(backspace("015237", 3, 6)).toEqual({ value: "015 37", focus: 3 });
    expect(typeInto("015237", 3, "", 6).value).toBe("015 37");
  });
  it("backspace in an empty box clears the one before and goes there", () => {
    expect(backspace("01    ", 2, 6)).toEqual({ value: "0     ", focus: 1 });
    expect(backspace("      ", 0, 6)).toEqual({ value: "      ", focus: 0 });
  });
  it("a pasted or autofilled code fills every box, spaces and dashes ignored", () => {
    expect(fill("", 3, "123 456", 6)).toEqual({ value: "123456", focus: 5 });
    expect(fill("", 0, " 12-34-56 ", 6).value).toBe("123456");
    expect(typeInto("", 0, "654321", 6).value).toBe("654321");
    expect(fill("9     ", 1, "12", 6)).toEqual({ value: "912   ", focus: 3 });
  });
  it("is complete only with six digits", () => {
    expect(isComplete("123456")).toBe(true);
    expect(isComplete("12 456")).toBe(false);
    expect(isComplete("12345")).toBe(false);
  });
});

describe("OtpInput", () => {
  it("retyping a middle digit does not shift the rest (the code stays 015137)", () => {
    const done = vi.fn();
    render(<Harness onDone={done} />);
    const boxes = screen.getAllByRole("textbox");
    "01523".split("").forEach((d, i) => fireEvent.change(boxes[i], { target: { value: d } }));
    // The driver notices box 4 is wrong and types 1 into it (the browser appends to the old digit).
    fireEvent.change(boxes[3], { target: { value: "21" } });
    expect(values()).toEqual(["0", "1", "5", "1", "3", ""]);
    expect(done).not.toHaveBeenCalled();
    fireEvent.change(boxes[5], { target: { value: "7" } });
    expect(done).toHaveBeenCalledTimes(1);
    expect(done).toHaveBeenCalledWith("015137");
  });
  it("deleting a middle digit leaves a gap instead of pulling the next digits left", () => {
    const done = vi.fn();
    render(<Harness onDone={done} />);
    const boxes = screen.getAllByRole("textbox");
    "01523".split("").forEach((d, i) => fireEvent.change(boxes[i], { target: { value: d } }));
    fireEvent.keyDown(boxes[2], { key: "Backspace" });
    fireEvent.change(boxes[2], { target: { value: "" } });
    expect(values()).toEqual(["0", "1", "", "2", "3", ""]);
    expect(document.activeElement).toBe(boxes[2]);
    fireEvent.change(boxes[2], { target: { value: "5" } });
    fireEvent.change(boxes[5], { target: { value: "7" } });
    expect(done).toHaveBeenCalledWith("015237");
  });
  it("a pasted code with spaces fills every box and completes once", () => {
    const done = vi.fn();
    render(<Harness onDone={done} />);
    const boxes = screen.getAllByRole("textbox");
    fireEvent.paste(boxes[2], { clipboardData: { getData: () => " 482 913 " } });
    expect(values()).toEqual(["4", "8", "2", "9", "1", "3"]);
    expect(done).toHaveBeenCalledTimes(1);
    expect(done).toHaveBeenCalledWith("482913");
    expect(document.activeElement).toBe(boxes[5]);
  });
  it("a fresh set of boxes (after a wrong code) is empty with the first box focused", () => {
    render(<Harness onDone={() => undefined} />);
    expect(values()).toEqual(["", "", "", "", "", ""]);
    expect(document.activeElement).toBe(screen.getAllByRole("textbox")[0]);
  });
});
