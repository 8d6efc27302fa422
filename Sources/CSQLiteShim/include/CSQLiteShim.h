#ifndef BAOTERM_CSQLITESHIM_H
#define BAOTERM_CSQLITESHIM_H
/* SQLite settings Swift cannot reach: sqlite3_db_config is a variadic C function. */
#include <sqlite3.h>

/* Closing this connection leaves the write-ahead log as it is: no checkpoint into the database
   file, no deletion of the log. Returns SQLite's result code. */
int baoterm_sqlite_keep_log_on_close(sqlite3 *db);

#endif
