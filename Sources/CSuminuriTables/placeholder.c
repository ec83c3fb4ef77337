// The tables themselves are generated into this target by EmbedDictionariesPlugin
// (DictionaryEmbedder writes tables.c and tables.bin); a C target needs one source of its own.
#include "CSuminuriTables.h"
