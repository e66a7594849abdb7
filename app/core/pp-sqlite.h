/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-sqlite.h: thin GObject wrappers over sqlite3 with an error domain,
 * in the spirit of epiphany's ephy-sqlite-*: prepared statements only. */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define PP_SQLITE_ERROR (pp_sqlite_error_quark ())

/* The codes are SQLite's primary result codes (SQLITE_BUSY, …). */
GQuark pp_sqlite_error_quark (void);

#define PP_TYPE_SQLITE_STATEMENT (pp_sqlite_statement_get_type ())
G_DECLARE_FINAL_TYPE (PpSqliteStatement, pp_sqlite_statement, PP, SQLITE_STATEMENT, GObject)

#define PP_TYPE_SQLITE_CONNECTION (pp_sqlite_connection_get_type ())
G_DECLARE_FINAL_TYPE (PpSqliteConnection, pp_sqlite_connection, PP, SQLITE_CONNECTION, GObject)

PpSqliteConnection *pp_sqlite_connection_open     (const char          *path,
                                                   int                  flags,
                                                   GError             **error);
sqlite3            *pp_sqlite_connection_get_db   (PpSqliteConnection  *self);
/* Runs SQL that takes no parameters (DDL, PRAGMA, BEGIN/COMMIT). */
gboolean            pp_sqlite_connection_execute  (PpSqliteConnection  *self,
                                                   const char          *sql,
                                                   GError             **error);
PpSqliteStatement  *pp_sqlite_connection_prepare  (PpSqliteConnection  *self,
                                                   const char          *sql,
                                                   GError             **error);
/* A single integer or text from a query without parameters. */
gboolean            pp_sqlite_connection_query_int64 (PpSqliteConnection *self,
                                                      const char         *sql,
                                                      gint64             *out,
                                                      GError            **error);
char               *pp_sqlite_connection_query_text  (PpSqliteConnection *self,
                                                      const char         *sql,
                                                      GError            **error);
gboolean            pp_sqlite_connection_begin    (PpSqliteConnection  *self,
                                                   GError             **error);
gboolean            pp_sqlite_connection_commit   (PpSqliteConnection  *self,
                                                   GError             **error);
void                pp_sqlite_connection_rollback (PpSqliteConnection  *self);
gint64              pp_sqlite_connection_last_insert_id (PpSqliteConnection *self);

gboolean            pp_sqlite_statement_bind_int64 (PpSqliteStatement *self,
                                                    int                column,
                                                    gint64             value,
                                                    GError           **error);
/* NULL binds SQL NULL. */
gboolean            pp_sqlite_statement_bind_text  (PpSqliteStatement *self,
                                                    int                column,
                                                    const char        *value,
                                                    GError           **error);
/* TRUE with *row set when a row is ready, TRUE with *row FALSE when done. */
gboolean            pp_sqlite_statement_step       (PpSqliteStatement *self,
                                                    gboolean          *row,
                                                    GError           **error);
/* Steps a statement that returns no rows, then resets it for reuse. */
gboolean            pp_sqlite_statement_run        (PpSqliteStatement *self,
                                                    GError           **error);
void                pp_sqlite_statement_reset      (PpSqliteStatement *self);
gint64              pp_sqlite_statement_get_int64  (PpSqliteStatement *self,
                                                    int                column);
const char         *pp_sqlite_statement_get_text   (PpSqliteStatement *self,
                                                    int                column);
gboolean            pp_sqlite_statement_is_null    (PpSqliteStatement *self,
                                                    int                column);

G_END_DECLS
