/** A file that is not Parquet (or is damaged) says so, naming no value. (Apart from parquet.ts, so that naming the error does not load the Parquet library.) */
export class ParquetError extends Error {}
