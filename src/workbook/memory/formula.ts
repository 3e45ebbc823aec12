import { parseAddress } from "../../core/grid";

/** What a cell gives a formula: its value, undefined when empty. */
export type CellLookup = (row: number, col: number) => string | number | boolean | undefined;

/** A formula's result: a number, text, or one of Excel's errors ("#DIV/0!"). */
export type FormulaResult = number | string | boolean;

class FormulaError {
  constructor(readonly text: "#DIV/0!" | "#VALUE!" | "#NUM!") {}
}

/** A formula the fake cannot work out: left without a value, as before it worked any out. */
class Unsupported {}

type Value = number | string | boolean | FormulaError | Value[];

const TOKEN =
  /\s*(?:(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z\d(])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z][A-Za-z.\d]*)\s*\(|"((?:[^"]|"")*)"|([-+*/^(),&]))/y;

interface Token {
  kind: "ref" | "number" | "call" | "text" | "op";
  text: string;
}

function tokens(source: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/u.test(source.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(source);
    if (!m) throw new Unsupported();
    if (m[1]) out.push({ kind: "ref", text: m[1] });
    else if (m[2]) out.push({ kind: "number", text: m[2] });
    else if (m[3]) out.push({ kind: "call", text: m[3].toUpperCase() });
    else if (m[4] !== undefined) out.push({ kind: "text", text: m[4].replace(/""/g, '"') });
    else out.push({ kind: "op", text: m[5] });
  }
  return out;
}

const numbersOf = (values: Value[]): number[] =>
  values.flatMap((v) => (Array.isArray(v) ? numbersOf(v) : typeof v === "number" ? [v] : []));

const firstError = (values: Value[]): FormulaError | undefined => {
  for (const v of values) {
    const e = Array.isArray(v) ? firstError(v) : v instanceof FormulaError ? v : undefined;
    if (e) return e;
  }
  return undefined;
};

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  SUM: (args) => numbersOf(args).reduce((a, b) => a + b, 0),
  AVERAGE: (args) => {
    const xs = numbersOf(args);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : new FormulaError("#DIV/0!");
  },
  MIN: (args) => (numbersOf(args).length ? Math.min(...numbersOf(args)) : 0),
  MAX: (args) => (numbersOf(args).length ? Math.max(...numbersOf(args)) : 0),
  COUNT: (args) => numbersOf(args).length,
  ROUND: ([x, digits]) => {
    const [n, d] = [asNumber(x), asNumber(digits ?? 0)];
    if (n instanceof FormulaError) return n;
    if (d instanceof FormulaError) return d;
    const f = 10 ** Math.trunc(d);
    return (Math.sign(n) * Math.round(Math.abs(n) * f)) / f;
  },
};

function asNumber(v: Value): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (Array.isArray(v)) return new FormulaError("#VALUE!");
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === "") return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : new FormulaError("#VALUE!");
}

/**
 * Works out a formula as Excel would, for the few functions a workbook the add-in writes or a
 * person types in the preview holds: + − * / ^ and &, brackets, references and ranges on the
 * same sheet, SUM, AVERAGE, MIN, MAX, COUNT, ROUND. Another sheet, another function or odd
 * syntax gives undefined: the cell is left without a value, as Excel's last result is unknown.
 */
export function evaluateFormula(formula: string, cellAt: CellLookup): FormulaResult | undefined {
  let list: Token[];
  try {
    list = tokens(formula.replace(/^=/, ""));
  } catch {
    return undefined;
  }
  let at = 0;
  const peek = () => list[at];
  const next = () => list[at++];
  const expect = (text: string) => {
    if (next()?.text !== text) throw new Unsupported();
  };
  const refValue = (text: string): Value => {
    const [from, to] = text.split(":").map((a) => parseAddress(a.replace(/\$/g, "")));
    if (!from) throw new Unsupported();
    const read = (row: number, col: number): Value => cellAt(row, col) ?? "";
    if (!to) return read(from.row, from.col);
    const rows: Value[] = [];
    for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++) {
      for (let c = Math.min(from.col, to.col); c <= Math.max(from.col, to.col); c++) {
        rows.push(read(r, c));
      }
    }
    return rows;
  };
  const primary = (): Value => {
    const t = next();
    if (!t) throw new Unsupported();
    if (t.kind === "number") return Number(t.text);
    if (t.kind === "text") return t.text;
    if (t.kind === "ref") return refValue(t.text);
    if (t.kind === "call") {
      const fn = FUNCTIONS[t.text];
      if (!fn) throw new Unsupported();
      const args: Value[] = [];
      if (peek()?.text !== ")") {
        args.push(concat());
        while (peek()?.text === ",") {
          next();
          args.push(concat());
        }
      }
      expect(")");
      return firstError(args) ?? fn(args);
    }
    if (t.text === "(") {
      const v = concat();
      expect(")");
      return v;
    }
    if (t.text === "-" || t.text === "+") {
      const v = asNumber(primary());
      return v instanceof FormulaError ? v : t.text === "-" ? -v : v;
    }
    throw new Unsupported();
  };
  const binary =
    (operand: () => Value, ops: string[], apply: (op: string, a: number, b: number) => Value) =>
    (): Value => {
      let left = operand();
      while (ops.includes(peek()?.text ?? "")) {
        const op = next().text;
        const [a, b] = [asNumber(left), asNumber(operand())];
        left = a instanceof FormulaError ? a : b instanceof FormulaError ? b : apply(op, a, b);
      }
      return left;
    };
  const power = binary(primary, ["^"], (_, a, b) => a ** b);
  const product = binary(power, ["*", "/"], (op, a, b) =>
    op === "*" ? a * b : b === 0 ? new FormulaError("#DIV/0!") : a / b,
  );
  const sum = binary(product, ["+", "-"], (op, a, b) => (op === "+" ? a + b : a - b));
  function concat(): Value {
    let left = sum();
    while (peek()?.text === "&") {
      next();
      const right = sum();
      const error = firstError([left, right]);
      left = error ?? `${String(left)}${String(right)}`;
    }
    return left;
  }
  try {
    const result = concat();
    if (at !== list.length || Array.isArray(result)) return undefined;
    if (result instanceof FormulaError) return result.text;
    if (typeof result === "number" && !Number.isFinite(result)) return "#NUM!";
    return result;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
