// The few better-sqlite3 calls the benchmark makes (a bench-only devDependency; no @types package needed).
declare module 'better-sqlite3' {
  interface Statement {
    run(...params: unknown[]): unknown;
    get(...params: unknown[]): unknown;
  }
  class Database {
    constructor(file: string);
    pragma(source: string): unknown;
    exec(source: string): void;
    prepare(source: string): Statement;
    transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
    close(): void;
  }
  export default Database;
}
