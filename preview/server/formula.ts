/**
 * A small Salesforce formula evaluator for validation rules and default values: the functions the package's
 * rules use (AND, OR, NOT, IF, CASE, ISBLANK, ISNULL, BLANKVALUE, ISPICKVAL, INCLUDES, TEXT, VALUE, LEN,
 * ISNEW, ISCHANGED, PRIORVALUE, TODAY, NOW, DATEVALUE, ABS, MIN, MAX, ROUND), comparisons, arithmetic, `&`
 * concatenation, `&&`/`||`/`!`, field references and relationship paths (`Rep__r.Name`), and `$User.*`.
 * Blank values propagate like the platform's "treat blanks as blanks": a comparison with a blank is not true,
 * so a rule such as `Duration_Minutes__c < 15` does not fire on an empty field.
 */

export type FormulaValue = string | number | boolean | null;

export interface FormulaScope {
  /** A field or relationship path on the record being saved, e.g. `Status__c`, `Rep__r.Name`. */
  field(path: string): FormulaValue;
  /** `$User.Id`, `$User.TimeZoneSidKey`, `$Profile.Name`, … */
  global(path: string): FormulaValue;
  prior(path: string): FormulaValue;
  isNew: boolean;
  /** Today in the user's time zone ('YYYY-MM-DD') and now (ISO instant). */
  today: string;
  now: string;
}

export class FormulaError extends Error {}

type Token =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'id'; value: string }
  | { kind: 'op'; value: string }
  | { kind: 'eof' };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^[0-9]*\.?[0-9]+/.exec(src.slice(i))!;
      tokens.push({ kind: 'num', value: Number(m[0]) });
      i += m[0].length;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) {
          const next = src[j + 1];
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          j += 2;
        } else value += src[j++];
      }
      if (j >= src.length) throw new FormulaError('Unterminated string in formula.');
      tokens.push({ kind: 'str', value });
      i = j + 1;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(src.slice(i))!;
      tokens.push({ kind: 'id', value: m[0] });
      i += m[0].length;
    } else {
      const two = src.slice(i, i + 2);
      if (['<=', '>=', '<>', '!=', '==', '&&', '||'].includes(two)) {
        tokens.push({ kind: 'op', value: two });
        i += 2;
      } else if ('+-*/^&=<>!(),'.includes(c)) {
        tokens.push({ kind: 'op', value: c });
        i++;
      } else throw new FormulaError(`Unexpected character "${c}" in formula.`);
    }
  }
  tokens.push({ kind: 'eof' });
  return tokens;
}

export type Node =
  | { t: 'lit'; v: FormulaValue }
  | { t: 'ref'; path: string }
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'un'; op: string; e: Node }
  | { t: 'bin'; op: string; l: Node; r: Node };

/** Precedence climbing, lowest first: || , && , = <> , < > , & + - , * / , ^ , unary. */
export function parseFormula(src: string): Node {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (): Token => tokens[pos];
  const isOp = (v: string): boolean => {
    const t = peek();
    return t.kind === 'op' && t.value === v;
  };
  const expect = (v: string): void => {
    if (!isOp(v)) throw new FormulaError(`Expected "${v}" in formula.`);
    pos++;
  };
  const levels: string[][] = [
    ['||'],
    ['&&'],
    ['=', '==', '<>', '!='],
    ['<', '<=', '>', '>='],
    ['&', '+', '-'],
    ['*', '/'],
    ['^']
  ];
  const binary = (level: number): Node => {
    if (level === levels.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const t = peek();
      if (t.kind === 'op' && levels[level].includes(t.value)) {
        pos++;
        left = { t: 'bin', op: t.value, l: left, r: binary(level + 1) };
      } else return left;
    }
  };
  const unary = (): Node => {
    if (isOp('!') || isOp('-') || isOp('+')) {
      const op = (tokens[pos++] as { value: string }).value;
      return { t: 'un', op, e: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    const t = tokens[pos++];
    if (t.kind === 'num') return { t: 'lit', v: t.value };
    if (t.kind === 'str') return { t: 'lit', v: t.value };
    if (t.kind === 'op' && t.value === '(') {
      const e = binary(0);
      expect(')');
      return e;
    }
    if (t.kind === 'id') {
      const upper = t.value.toUpperCase();
      if (isOp('(')) {
        pos++;
        const args: Node[] = [];
        if (!isOp(')')) {
          args.push(binary(0));
          while (isOp(',')) {
            pos++;
            args.push(binary(0));
          }
        }
        expect(')');
        return { t: 'call', name: upper, args };
      }
      if (upper === 'TRUE') return { t: 'lit', v: true };
      if (upper === 'FALSE') return { t: 'lit', v: false };
      if (upper === 'NULL') return { t: 'lit', v: null };
      return { t: 'ref', path: t.value };
    }
    throw new FormulaError('Unexpected end of formula.');
  };
  const node = binary(0);
  if (peek().kind !== 'eof') throw new FormulaError('Unexpected text after the end of the formula.');
  return node;
}

const blank = (v: FormulaValue): boolean => v === null || v === '';
const isDate = (v: FormulaValue): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isDateTime = (v: FormulaValue): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v);

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + Math.trunc(days));
  return d.toISOString().slice(0, 10);
}

function compare(a: FormulaValue, b: FormulaValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (isDateTime(a) || isDateTime(b)) return Date.parse(String(a)) - Date.parse(String(b));
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function arithmetic(op: string, a: FormulaValue, b: FormulaValue): FormulaValue {
  if (blank(a) || blank(b)) return null;
  if (op === '+' && isDate(a) && typeof b === 'number') return addDays(a, b);
  if (op === '-' && isDate(a) && typeof b === 'number') return addDays(a, -b);
  if (op === '-' && (isDate(a) || isDateTime(a)) && (isDate(b) || isDateTime(b)))
    return (Date.parse(String(a)) - Date.parse(String(b))) / 86_400_000;
  const x = Number(a);
  const y = Number(b);
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      if (y === 0) throw new FormulaError('Division by zero in formula.');
      return x / y;
    case '^':
      return x ** y;
    default:
      throw new FormulaError(`Unknown operator ${op}.`);
  }
}

export function evaluate(node: Node, scope: FormulaScope): FormulaValue {
  const ev = (n: Node): FormulaValue => evaluate(n, scope);
  switch (node.t) {
    case 'lit':
      return node.v;
    case 'ref':
      return node.path.startsWith('$') ? scope.global(node.path) : scope.field(node.path);
    case 'un': {
      const v = ev(node.e);
      if (node.op === '!') return v === null ? null : !v;
      if (blank(v)) return null;
      return node.op === '-' ? -Number(v) : Number(v);
    }
    case 'bin': {
      const { op } = node;
      if (op === '&&' || op === '||') return call(op === '&&' ? 'AND' : 'OR', [node.l, node.r], scope);
      const a = ev(node.l);
      const b = ev(node.r);
      if (op === '&') return `${a ?? ''}${b ?? ''}`;
      if (['=', '==', '<>', '!='].includes(op)) {
        // Blank equals blank; a blank never equals a value.
        const equal = blank(a) || blank(b) ? blank(a) && blank(b) : compare(a, b) === 0;
        return op === '=' || op === '==' ? equal : !equal;
      }
      if (['<', '<=', '>', '>='].includes(op)) {
        if (blank(a) || blank(b)) return null;
        const c = compare(a, b);
        return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
      }
      return arithmetic(op, a, b);
    }
    case 'call':
      return call(node.name, node.args, scope);
  }
}

function refPath(node: Node, fn: string): string {
  if (node.t !== 'ref') throw new FormulaError(`${fn} needs a field as its first argument.`);
  return node.path;
}

function call(name: string, args: Node[], scope: FormulaScope): FormulaValue {
  const ev = (n: Node): FormulaValue => evaluate(n, scope);
  const arity = (min: number, max = min): void => {
    if (args.length < min || args.length > max) throw new FormulaError(`${name} takes ${min}–${max} arguments.`);
  };
  switch (name) {
    case 'AND':
      // A blank operand is not true: AND is true only when every operand is true.
      return args.every((a) => ev(a) === true);
    case 'OR':
      return args.some((a) => ev(a) === true);
    case 'NOT': {
      arity(1);
      const v = ev(args[0]);
      return v === null ? null : !v;
    }
    case 'IF':
      arity(3);
      return ev(args[0]) === true ? ev(args[1]) : ev(args[2]);
    case 'CASE': {
      const subject = ev(args[0]);
      for (let i = 1; i + 1 < args.length; i += 2) if (compare(subject, ev(args[i])) === 0) return ev(args[i + 1]);
      return args.length % 2 === 0 ? ev(args[args.length - 1]) : null;
    }
    case 'ISBLANK':
    case 'ISNULL':
      arity(1);
      return blank(ev(args[0]));
    case 'BLANKVALUE':
    case 'NULLVALUE': {
      arity(2);
      const v = ev(args[0]);
      return blank(v) ? ev(args[1]) : v;
    }
    case 'ISPICKVAL': {
      arity(2);
      return String(ev(args[0]) ?? '') === String(ev(args[1]) ?? '');
    }
    case 'INCLUDES': {
      arity(2);
      const values = String(ev(args[0]) ?? '').split(';');
      return values.includes(String(ev(args[1]) ?? ''));
    }
    case 'TEXT': {
      arity(1);
      const v = ev(args[0]);
      return v === null ? '' : String(v);
    }
    case 'VALUE': {
      arity(1);
      const v = ev(args[0]);
      if (blank(v)) return null;
      const n = Number(v);
      if (Number.isNaN(n)) throw new FormulaError(`VALUE cannot read "${v}" as a number.`);
      return n;
    }
    case 'LEN':
      arity(1);
      return String(ev(args[0]) ?? '').length;
    case 'TRIM':
      arity(1);
      return String(ev(args[0]) ?? '').trim();
    case 'ABS': {
      const v = ev(args[0]);
      return blank(v) ? null : Math.abs(Number(v));
    }
    case 'MIN':
    case 'MAX': {
      const vs = args.map(ev);
      if (vs.some(blank)) return null;
      return (name === 'MIN' ? Math.min : Math.max)(...vs.map(Number));
    }
    case 'ROUND': {
      arity(2);
      const v = ev(args[0]);
      const digits = Number(ev(args[1]));
      return blank(v) ? null : Math.round(Number(v) * 10 ** digits) / 10 ** digits;
    }
    case 'TODAY':
      arity(0);
      return scope.today;
    case 'NOW':
      arity(0);
      return scope.now;
    case 'DATEVALUE': {
      arity(1);
      const v = ev(args[0]);
      // DATEVALUE of a date-time uses GMT, as on the platform.
      return blank(v) ? null : isDateTime(v) ? new Date(String(v)).toISOString().slice(0, 10) : String(v).slice(0, 10);
    }
    case 'ISNEW':
      arity(0);
      return scope.isNew;
    case 'ISCHANGED': {
      arity(1);
      if (scope.isNew) return false;
      const path = refPath(args[0], name);
      const before = scope.prior(path);
      const after = scope.field(path);
      return blank(before) && blank(after) ? false : before !== after;
    }
    case 'PRIORVALUE': {
      arity(1);
      const path = refPath(args[0], name);
      return scope.isNew ? scope.field(path) : scope.prior(path);
    }
    default:
      throw new FormulaError(`The local preview does not evaluate the formula function ${name}.`);
  }
}

/** The names a formula references (fields and globals), for checks and for loading related records. */
export function references(node: Node, out = new Set<string>()): Set<string> {
  if (node.t === 'ref') out.add(node.path);
  else if (node.t === 'un') references(node.e, out);
  else if (node.t === 'bin') {
    references(node.l, out);
    references(node.r, out);
  } else if (node.t === 'call') for (const a of node.args) references(a, out);
  return out;
}
