/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-sqlite"

#include "config.h"

#include "pp-sqlite-private.h"

struct _PpSqliteConnection
{
  GObject  parent_instance;
  sqlite3 *db;
};

G_DEFINE_FINAL_TYPE (PpSqliteConnection, pp_sqlite_connection, G_TYPE_OBJECT)

G_DEFINE_QUARK (pp-sqlite-error-quark, pp_sqlite_error)

void
pp_sqlite_set_error (GError     **error,
                     sqlite3     *db,
                     int          code)
{
  g_set_error (error, PP_SQLITE_ERROR, code & 0xff, "%s",
               db ? sqlite3_errmsg (db) : sqlite3_errstr (code));
}

static void
pp_sqlite_connection_finalize (GObject *object)
{
  PpSqliteConnection *self = (PpSqliteConnection *) object;

  /* sqlite3_close_v2 waits for statements still alive to be finalized. */
  g_clear_pointer (&self->db, sqlite3_close_v2);

  G_OBJECT_CLASS (pp_sqlite_connection_parent_class)->finalize (object);
}

static void
pp_sqlite_connection_class_init (PpSqliteConnectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pp_sqlite_connection_finalize;
}

static void
pp_sqlite_connection_init (PpSqliteConnection *self)
{
}

PpSqliteConnection *
pp_sqlite_connection_open (const char  *path,
                           int          flags,
                           GError     **error)
{
  g_autoptr(PpSqliteConnection) self = g_object_new (PP_TYPE_SQLITE_CONNECTION, NULL);
  int rc;

  rc = sqlite3_open_v2 (path, &self->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      pp_sqlite_set_error (error, self->db, rc);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  return g_steal_pointer (&self);
}

sqlite3 *
pp_sqlite_connection_get_db (PpSqliteConnection *self)
{
  g_return_val_if_fail (PP_IS_SQLITE_CONNECTION (self), NULL);
  return self->db;
}

gboolean
pp_sqlite_connection_execute (PpSqliteConnection  *self,
                              const char          *sql,
                              GError             **error)
{
  int rc;

  g_return_val_if_fail (PP_IS_SQLITE_CONNECTION (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      pp_sqlite_set_error (error, self->db, rc);
      return FALSE;
    }
  return TRUE;
}

PpSqliteStatement *
pp_sqlite_connection_prepare (PpSqliteConnection  *self,
                              const char          *sql,
                              GError             **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (PP_IS_SQLITE_CONNECTION (self), NULL);

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      pp_sqlite_set_error (error, self->db, rc);
      return NULL;
    }
  return pp_sqlite_statement_new (self, stmt);
}

gboolean
pp_sqlite_connection_query_int64 (PpSqliteConnection  *self,
                                  const char          *sql,
                                  gint64              *out,
                                  GError             **error)
{
  g_autoptr(PpSqliteStatement) statement = pp_sqlite_connection_prepare (self, sql, error);
  gboolean row;

  if (statement == NULL || !pp_sqlite_statement_step (statement, &row, error))
    return FALSE;
  *out = row ? pp_sqlite_statement_get_int64 (statement, 0) : 0;
  return TRUE;
}

char *
pp_sqlite_connection_query_text (PpSqliteConnection  *self,
                                 const char          *sql,
                                 GError             **error)
{
  g_autoptr(PpSqliteStatement) statement = pp_sqlite_connection_prepare (self, sql, error);
  gboolean row;

  if (statement == NULL || !pp_sqlite_statement_step (statement, &row, error))
    return NULL;
  return g_strdup (row ? pp_sqlite_statement_get_text (statement, 0) : "");
}

gboolean
pp_sqlite_connection_begin (PpSqliteConnection  *self,
                            GError             **error)
{
  /* IMMEDIATE takes the write lock now, so a writer never fails half-way
   * through its transaction for want of it. */
  return pp_sqlite_connection_execute (self, "BEGIN IMMEDIATE", error);
}

gboolean
pp_sqlite_connection_commit (PpSqliteConnection  *self,
                             GError             **error)
{
  return pp_sqlite_connection_execute (self, "COMMIT", error);
}

void
pp_sqlite_connection_rollback (PpSqliteConnection *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

gint64
pp_sqlite_connection_last_insert_id (PpSqliteConnection *self)
{
  return sqlite3_last_insert_rowid (self->db);
}
