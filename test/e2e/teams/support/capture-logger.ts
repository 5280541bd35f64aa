import type { Logger } from '../../../../src/core/ports';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: unknown;
  msg?: string;
}

/** A Logger that keeps every line, so tests can check what was (and was not) logged. */
export function createCaptureLogger(lines: LogLine[] = [], bindings: Record<string, unknown> = {}): Logger & { lines: LogLine[]; text(): string } {
  const write = (level: LogLine['level']) => (obj: object | string, msg?: string) =>
    void lines.push({ level, obj: typeof obj === 'string' ? { ...bindings, msg: obj } : { ...bindings, ...obj }, ...(msg ? { msg } : {}) });
  return {
    lines,
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (more) => createCaptureLogger(lines, { ...bindings, ...more }),
    text: () => lines.map((l) => JSON.stringify(l, (_k, v) => (v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v))).join('\n'),
  };
}
