/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-sqlite"

#include "config.h"

#include "pp-sqlite-private.h"

struct _PpSqliteStatement
{
  GObject             parent_instance;
  PpSqliteConnection *connection;
  sqlite3_stmt       *stmt;
};

G_DEFINE_FINAL_TYPE (PpSqliteStatement, pp_sqlite_statement, G_TYPE_OBJECT)

static void
pp_sqlite_statement_finalize (GObject *object)
{
  PpSqliteStatement *self = (PpSqliteStatement *) object;

  g_clear_pointer (&self->stmt, sqlite3_finalize);
  g_clear_object (&self->connection);

  G_OBJECT_CLASS (pp_sqlite_statement_parent_class)->finalize (object);
}

static void
pp_sqlite_statement_class_init (PpSqliteStatementClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pp_sqlite_statement_finalize;
}

static void
pp_sqlite_statement_init (PpSqliteStatement *self)
{
}

PpSqliteStatement *
pp_sqlite_statement_new (PpSqliteConnection *connection,
                         sqlite3_stmt       *stmt)
{
  PpSqliteStatement *self = g_object_new (PP_TYPE_SQLITE_STATEMENT, NULL);

  self->connection = g_object_ref (connection);
  self->stmt = stmt;
  return self;
}

static gboolean
check (PpSqliteStatement  *self,
       int                 rc,
       GError            **error)
{
  if (rc == SQLITE_OK)
    return TRUE;
  pp_sqlite_set_error (error, sqlite3_db_handle (self->stmt), rc);
  return FALSE;
}

gboolean
pp_sqlite_statement_bind_int64 (PpSqliteStatement  *self,
                                int                 column,
                                gint64              value,
                                GError            **error)
{
  return check (self, sqlite3_bind_int64 (self->stmt, column, value), error);
}

gboolean
pp_sqlite_statement_bind_text (PpSqliteStatement  *self,
                               int                 column,
                               const char         *value,
                               GError            **error)
{
  if (value == NULL)
    return check (self, sqlite3_bind_null (self->stmt, column), error);
  /* SQLITE_STATIC: callers keep the text alive until the statement runs. */
  return check (self, sqlite3_bind_text (self->stmt, column, value, -1, SQLITE_STATIC), error);
}

gboolean
pp_sqlite_statement_step (PpSqliteStatement  *self,
                          gboolean           *row,
                          GError            **error)
{
  int rc = sqlite3_step (self->stmt);

  if (rc == SQLITE_ROW)
    {
      *row = TRUE;
      return TRUE;
    }
  *row = FALSE;
  if (rc == SQLITE_DONE)
    return TRUE;
  pp_sqlite_set_error (error, sqlite3_db_handle (self->stmt), rc);
  sqlite3_reset (self->stmt);
  return FALSE;
}

gboolean
pp_sqlite_statement_run (PpSqliteStatement  *self,
                         GError            **error)
{
  gboolean row;
  gboolean ok = pp_sqlite_statement_step (self, &row, error);

  sqlite3_reset (self->stmt);
  return ok;
}

void
pp_sqlite_statement_reset (PpSqliteStatement *self)
{
  sqlite3_reset (self->stmt);
  sqlite3_clear_bindings (self->stmt);
}

gint64
pp_sqlite_statement_get_int64 (PpSqliteStatement *self,
                               int                column)
{
  return sqlite3_column_int64 (self->stmt, column);
}

const char *
pp_sqlite_statement_get_text (PpSqliteStatement *self,
                              int                column)
{
  return (const char *) sqlite3_column_text (self->stmt, column);
}

gboolean
pp_sqlite_statement_is_null (PpSqliteStatement *self,
                             int                column)
{
  return sqlite3_column_type (self->stmt, column) == SQLITE_NULL;
}
