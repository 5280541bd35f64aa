import type { Logger } from '../../../../src/core/ports';

/** A Logger that keeps every line (bindings, object and message, as JSON) for assertions. */
export function createCaptureLogger(lines: string[] = [], bindings: Record<string, unknown> = {}): Logger & { lines: string[] } {
  const write = (level: string) => (obj: object | string, msg?: string) => void lines.push(JSON.stringify({ level, ...bindings, obj, msg }));
  return {
    lines,
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (more) => createCaptureLogger(lines, { ...bindings, ...more }),
  };
}
