import { readDatabaseEnv, type DatabaseSettings } from '../config';
import type { CliIo } from './run-cli';

/**
 * The PostgreSQL settings a CLI command opens, when SECBOT_DATABASE_URL is set and no --data FILE was
 * given (an explicit file always means the JSON store).
 */
export function cliDatabase(io: CliIo, explicitFile?: string): { database?: DatabaseSettings } {
  if (explicitFile !== undefined && explicitFile !== io.env.SECBOT_DATA) return {};
  const database = readDatabaseEnv(io.env);
  return database ? { database } : {};
}
