#ifndef CSUMINURI_TABLES_H
#define CSUMINURI_TABLES_H

/// The built-in dictionary tables, compiled at build time by DictionaryEmbedder (see
/// BuiltInTables): a pointer to the 16-byte aligned blob, and its size in bytes.
const unsigned char *suminuri_tables(long *size);

#endif
