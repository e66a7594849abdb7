/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-library-schema.c: the library's schema and its migrations. Each
 * migration runs in one BEGIN IMMEDIATE transaction with the version bump,
 * so a library is always at one version or the next, never between. */

#define G_LOG_DOMAIN "pp-library"

#include "config.h"

#include "pp-library-private.h"

/* Version 1. A unit's `position` is its place among its siblings; posts,
 * staff and training are keyed by their unit and place, so that a plan is
 * read back in the order of its file and an edit touches only its own
 * rows. Staff name their post by its id, which survives posts being added
 * or removed around it. Staff names are personal data: they stay here and
 * are never exported. */
static const char schema_1[] =
  "CREATE TABLE plans ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL,"
  "  policy TEXT NOT NULL,"
  "  date TEXT,"
  "  created TEXT NOT NULL,"
  "  modified TEXT NOT NULL,"
  "  deleted TEXT"
  ");"
  "CREATE TABLE overrides ("
  "  plan INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  rule TEXT NOT NULL,"
  "  param TEXT NOT NULL,"
  "  value TEXT NOT NULL,"
  "  PRIMARY KEY (plan, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE units ("
  "  id INTEGER PRIMARY KEY,"
  "  plan INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
  "  parent INTEGER REFERENCES units (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  xml_id TEXT NOT NULL,"
  "  type TEXT NOT NULL,"
  "  level TEXT,"
  "  name TEXT NOT NULL,"
  "  flags INTEGER NOT NULL,"
  "  workers INTEGER NOT NULL,"
  "  population INTEGER NOT NULL,"
  "  students INTEGER NOT NULL,"
  "  recipients INTEGER NOT NULL"
  ");"
  "CREATE UNIQUE INDEX units_by_id ON units (plan, xml_id);"
  "CREATE INDEX units_by_parent ON units (parent);"
  "CREATE TABLE posts ("
  "  unit INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  xml_id TEXT NOT NULL,"
  "  title TEXT NOT NULL,"
  "  category TEXT,"
  "  level INTEGER,"
  "  flags INTEGER NOT NULL,"
  "  count INTEGER NOT NULL,"
  "  filled INTEGER NOT NULL,"
  "  graduate_reserved INTEGER NOT NULL,"
  "  PRIMARY KEY (unit, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE staff ("
  "  unit INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  xml_id TEXT NOT NULL,"
  "  post TEXT NOT NULL,"
  "  certificate TEXT NOT NULL,"
  "  directed_city TEXT,"
  "  name TEXT,"
  "  PRIMARY KEY (unit, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE training ("
  "  unit INTEGER NOT NULL,"
  "  staff INTEGER NOT NULL,"
  "  position INTEGER NOT NULL,"
  "  year INTEGER NOT NULL,"
  "  hours INTEGER NOT NULL,"
  "  PRIMARY KEY (unit, staff, position),"
  "  FOREIGN KEY (unit, staff) REFERENCES staff (unit, position) ON DELETE CASCADE"
  ") WITHOUT ROWID;"
  "CREATE TABLE projects ("
  "  unit INTEGER PRIMARY KEY REFERENCES units (id) ON DELETE CASCADE,"
  "  funds INTEGER NOT NULL,"
  "  labour INTEGER NOT NULL,"
  "  overhead INTEGER NOT NULL,"
  "  supervision INTEGER NOT NULL,"
  "  field TEXT,"
  "  cycle_years INTEGER NOT NULL"
  ");";

/* Version 2. Each plan keeps the counts of its last check, so that the
 * library view can say "2 fail · 5 warn" without loading and checking
 * every plan. NULL: not checked since it was stored. */
static const char schema_2[] =
  "ALTER TABLE plans ADD COLUMN check_fails INTEGER;"
  "ALTER TABLE plans ADD COLUMN check_warns INTEGER;";

static const char * const migrations[] = {
  NULL,       /* version 0: an empty file */
  schema_1,
  schema_2,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == PP_LIBRARY_VERSION + 1);

gboolean
pp_library_migrate (PpLibrary  *self,
                    GError    **error)
{
  PpSqliteConnection *connection = pp_library_get_connection (self);

  /* The first BEGIN IMMEDIATE doubles as the test of the write lock: a
   * library another process keeps locked past the timeout fails here and
   * opens read-only. */
  for (;;)
    {
      g_autofree char *bump = NULL;
      gint64 version;

      if (!pp_sqlite_connection_begin (connection, error))
        return FALSE;

      /* Read inside the transaction: another process may have migrated. */
      if (!pp_sqlite_connection_query_int64 (connection, "PRAGMA user_version", &version, error))
        goto fail;

      if (version >= PP_LIBRARY_VERSION)
        {
          pp_sqlite_connection_rollback (connection);
          return TRUE;
        }

      bump = g_strdup_printf ("PRAGMA user_version=%" G_GINT64_FORMAT ";"
                              "PRAGMA application_id=%d;",
                              version + 1, PP_LIBRARY_APPLICATION_ID);
      if (!pp_sqlite_connection_execute (connection, migrations[version + 1], error) ||
          !pp_sqlite_connection_execute (connection, bump, error) ||
          !pp_sqlite_connection_commit (connection, error))
        goto fail;
    }

fail:
  pp_sqlite_connection_rollback (connection);
  return FALSE;
}
