// A JSON syntax checker that says where and why text is not JSON, the same way in every browser
// (engines word and locate JSON.parse errors differently, and some give no position at all).
// It accepts exactly what JSON.parse accepts (RFC 8259).

export type JsonProblem = 'unexpected-char' | 'unexpected-end' | 'bad-escape' | 'bad-number' | 'control-char';

export interface JsonError {
  problem: JsonProblem;
  /** 0-based offset into the text. */
  offset: number;
  /** 1-based line and column, for people. */
  line: number;
  column: number;
  /** The offending character, when there is one. */
  char: string;
}

class Fail extends Error {
  constructor(
    readonly problem: JsonProblem,
    readonly offset: number,
  ) {
    super(problem);
  }
}

export function checkJson(text: string): JsonError | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (problem: JsonProblem): never => {
    throw new Fail(i >= text.length ? 'unexpected-end' : problem, i);
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) fail('unexpected-char');
    i++;
  };
  const literal = (word: string) => {
    for (const ch of word) expect(ch);
  };
  const digits = () => {
    const start = i;
    while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
    if (i === start) fail('bad-number');
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = () => {
    expect('"');
    for (;;) {
      if (i >= text.length) fail('unexpected-end');
      const ch = text[i];
      if (ch === '"') {
        i++;
        return;
      }
      if (ch < ' ') fail('control-char');
      if (ch === '\\') {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          i++;
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail('bad-escape');
            i++;
          }
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i++;
        else fail('bad-escape');
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        expect(':');
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect('}');
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect(']');
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch >= '0' && ch <= '9')) return number();
    fail('unexpected-char');
  };

  try {
    value();
    ws();
    if (i < text.length) fail('unexpected-char');
    return null;
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    const column = e.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { problem: e.problem, offset: e.offset, line, column, char: text[e.offset] ?? '' };
  }
}
