// The desk's settings, all from the environment, with defaults that need no set-up.

export interface DeskConfig {
  port: number; host: string;
  /** PGlite's folder when no DATABASE_URL is given; the admin socket lives there too. */
  dataDir: string;
  databaseUrl?: string;
  /** Canonical tables (territories, boundaries) the validator reads, and where publish writes. */
  observatoryData: string;
  contributionsDir: string;
  /** Run after publish; empty to skip. */
  buildCommand: string | null;
  secureCookies: boolean;
}

export function configFromEnv(env = process.env): DeskConfig {
  return {
    port: Number(env.PORT ?? 8787),
    host: env.DESK_HOST ?? '127.0.0.1',
    dataDir: env.DESK_DATA_DIR ?? '.desk',
    databaseUrl: env.DATABASE_URL || undefined,
    observatoryData: env.DESK_OBSERVATORY_DATA ?? 'data',
    contributionsDir: env.DESK_CONTRIBUTIONS_DIR ?? 'data/contributions',
    buildCommand: env.DESK_BUILD_COMMAND === undefined ? 'npm run build' : env.DESK_BUILD_COMMAND || null,
    secureCookies: env.DESK_SECURE_COOKIES === '1',
  };
}
