// Parquet through DuckDB (Node): it reads the CSV we just wrote, with every column typed
// from the table spec (codes as VARCHAR, so leading zeros survive), and writes Parquet on
// one thread in the published row order, which keeps the file byte-identical across builds.

import { DuckDBInstance } from '@duckdb/node-api';
import type { ColumnType, TableSpec } from '../../src/lib/tables.ts';

const SQL_TYPE: Record<ColumnType, string> = { string: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE', boolean: 'BOOLEAN' };
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function writeParquet(spec: TableSpec, csvPath: string, parquetPath: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    const columns = spec.columns.map((c) => `${literal(c.name)}: ${literal(SQL_TYPE[c.type])}`).join(', ');
    await connection.run(
      `COPY (SELECT * FROM read_csv(${literal(csvPath)}, header = true, delim = ',', quote = '"', escape = '"', columns = {${columns}}))
       TO ${literal(parquetPath)} (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
