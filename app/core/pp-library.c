/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-library.c: opening the library safely.
 *
 * A file is looked at before SQLite writes a byte to it: its header must
 * say SQLite and PostPlan, and a read-only connection must pass
 * quick_check and carry a schema version this program knows. Only then is
 * it opened for writing, with WAL (or a rollback journal where WAL cannot
 * work), synchronous=FULL, foreign keys and a busy timeout. */

#define G_LOG_DOMAIN "pp-library"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pp-library-private.h"

struct _PpLibrary
{
  GObject             parent_instance;
  char               *path;
  PpSqliteConnection *connection;
  char               *read_only_reason;
  char               *journal_mode;
  /* Read-only connections open this: the path, or an immutable URI where
   * the folder cannot hold SQLite's shared-memory file. */
  char               *read_path;
  int                 read_flags;
  /* The schema version of the file as it now reads: a library opened
   * read-only keeps the version it was written with. */
  gint64              version;
};

G_DEFINE_FINAL_TYPE (PpLibrary, pp_library, G_TYPE_OBJECT)

G_DEFINE_QUARK (pp-library-error-quark, pp_library_error)

static void
pp_library_finalize (GObject *object)
{
  PpLibrary *self = (PpLibrary *) object;

  g_clear_object (&self->connection);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);
  g_clear_pointer (&self->journal_mode, g_free);
  g_clear_pointer (&self->read_path, g_free);

  G_OBJECT_CLASS (pp_library_parent_class)->finalize (object);
}

static void
pp_library_class_init (PpLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pp_library_finalize;
}

static void
pp_library_init (PpLibrary *self)
{
}

void
pp_plan_info_free (PpPlanInfo *info)
{
  g_free (info->title);
  g_free (info->policy);
  g_free (info->date);
  g_free (info->modified);
  g_free (info->deleted);
  g_free (info);
}

char *
pp_library_get_default_path (void)
{
  const char *env = g_getenv ("POSTPLAN_LIBRARY");

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "postplan", "library.sqlite", NULL);
}

const char *
pp_library_get_path (PpLibrary *self)
{
  g_return_val_if_fail (PP_IS_LIBRARY (self), NULL);
  return self->path;
}

gboolean
pp_library_is_read_only (PpLibrary *self)
{
  g_return_val_if_fail (PP_IS_LIBRARY (self), TRUE);
  return self->read_only_reason != NULL;
}

const char *
pp_library_get_read_only_reason (PpLibrary *self)
{
  g_return_val_if_fail (PP_IS_LIBRARY (self), NULL);
  return self->read_only_reason;
}

PpSqliteConnection *
pp_library_get_connection (PpLibrary *self)
{
  g_return_val_if_fail (PP_IS_LIBRARY (self), NULL);
  return self->connection;
}

const char *
pp_library_get_journal_mode (PpLibrary *self)
{
  g_return_val_if_fail (PP_IS_LIBRARY (self), NULL);
  return self->journal_mode;
}

static int
busy_timeout_ms (void)
{
  const char *env = g_getenv ("POSTPLAN_BUSY_TIMEOUT_MS");

  return env ? (int) g_ascii_strtoll (env, NULL, 10) : 5000;
}

/* SQLite's own busy timeout backs off to sleeps of 100 ms, which lets a
 * busy writer in another window take the lock again and again before a
 * waiter looks; polling every millisecond gives both their turn. */
static int
on_busy (void *data,
         int   attempts)
{
  if (attempts >= GPOINTER_TO_INT (data))
    return 0;
  g_usleep (1000);
  return 1;
}

static void
set_busy_handler (PpSqliteConnection *connection)
{
  sqlite3_busy_handler (pp_sqlite_connection_get_db (connection), on_busy, GINT_TO_POINTER (busy_timeout_ms ()));
}

/* What went wrong, said so that the user knows what to do. */
gboolean
pp_library_fail (PpLibrary  *self,
                 GError     *sqlite_error,
                 GError    **error)
{
  int code = sqlite_error ? sqlite_error->code : SQLITE_ERROR;

  pp_sqlite_connection_rollback (self->connection);

  switch (code)
    {
    case SQLITE_FULL:
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_IO,
                   _("The disk is full, so the change was not saved and nothing was lost: "
                     "free some space and try again"));
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_IO,
                   _("The disk reported an error, so the change was not saved and nothing was lost: "
                     "check the disk and try again (%s)"), sqlite_error ? sqlite_error->message : "");
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_READ_ONLY,
                   _("Another program is using the plan library, so the change was not saved: "
                     "close the other PostPlan window and try again"));
      break;
    case SQLITE_READONLY:
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_READ_ONLY,
                   _("The plan library cannot be written here, so the change was not saved: "
                     "check that its folder is writable"));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_CORRUPT,
                   _("The plan library is damaged, so the change was not saved: "
                     "restore it from a backup, or move it away to start a new one"));
      break;
    default:
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_IO,
                   _("The change could not be saved (%s); nothing was lost"),
                   sqlite_error ? sqlite_error->message : "");
      break;
    }
  return FALSE;
}

gboolean
pp_library_check_writable (PpLibrary  *self,
                           GError    **error)
{
  if (self->read_only_reason == NULL)
    return TRUE;
  g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_READ_ONLY, "%s", self->read_only_reason);
  return FALSE;
}

/* The first 100 bytes of an SQLite file are its header; bytes 68–71 hold
 * the application id, big-endian. */
static gboolean
check_header (const char  *path,
              gboolean    *fresh,
              GError     **error)
{
  guchar header[100];
  gsize length;
  FILE *file;
  guint32 application_id;

  *fresh = FALSE;
  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      if (errno == ENOENT)
        {
          *fresh = TRUE;
          return TRUE;
        }
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_OPEN,
                   _("The plan library %s cannot be read (%s): check its permissions"),
                   path, g_strerror (errno));
      return FALSE;
    }
  length = fread (header, 1, sizeof header, file);
  fclose (file);

  if (length == 0)
    {
      *fresh = TRUE;
      return TRUE;
    }

  if (length < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_CORRUPT,
                   _("%s is not a plan library (it is not an SQLite database). It was left as it is: "
                     "move it away, or choose another library with --library"), path);
      return FALSE;
    }

  application_id = ((guint32) header[68] << 24) | ((guint32) header[69] << 16) |
                   ((guint32) header[70] << 8) | header[71];
  if (application_id != PP_LIBRARY_APPLICATION_ID && application_id != 0)
    {
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_CORRUPT,
                   _("%s belongs to another program, not PostPlan. It was left as it is: "
                     "choose another library with --library"), path);
      return FALSE;
    }
  return TRUE;
}

/* Looks at an existing library without writing to it. */
static gboolean
inspect (PpLibrary  *self,
         gint64     *version,
         GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PpSqliteConnection) probe = NULL;
  g_autofree char *check = NULL;
  gint64 application_id = 0, n_tables = 0;

  probe = pp_sqlite_connection_open (self->read_path, self->read_flags, &local_error);
  if (probe == NULL)
    goto damaged;
  set_busy_handler (probe);

  if (!(check = pp_sqlite_connection_query_text (probe, "PRAGMA quick_check", &local_error)))
    goto damaged;
  if (strcmp (check, "ok") != 0)
    {
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_CORRUPT,
                   _("The plan library %s is damaged: SQLite’s check of it failed. It was left as it is: "
                     "restore it from a backup, or move it away to start a new one"), self->path);
      return FALSE;
    }

  if (!pp_sqlite_connection_query_int64 (probe, "PRAGMA application_id", &application_id, &local_error) ||
      !pp_sqlite_connection_query_int64 (probe, "PRAGMA user_version", version, &local_error) ||
      !pp_sqlite_connection_query_int64 (probe, "SELECT count(*) FROM sqlite_master", &n_tables, &local_error))
    goto damaged;

  if (application_id != PP_LIBRARY_APPLICATION_ID && n_tables > 0)
    {
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_CORRUPT,
                   _("%s belongs to another program, not PostPlan. It was left as it is: "
                     "choose another library with --library"), self->path);
      return FALSE;
    }
  return TRUE;

damaged:
  if (local_error != NULL && local_error->code == SQLITE_CANTOPEN && !(self->read_flags & SQLITE_OPEN_URI))
    {
      /* A library in WAL mode needs a shared-memory file beside it; in a
       * folder that cannot take one, read it as immutable instead. */
      g_autofree char *uri = g_filename_to_uri (self->path, NULL, NULL);

      if (uri != NULL)
        {
          g_free (self->read_path);
          self->read_path = g_strconcat (uri, "?immutable=1", NULL);
          self->read_flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
          return inspect (self, version, error);
        }
    }
  if (local_error != NULL && local_error->code == SQLITE_BUSY)
    {
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_OPEN,
                   _("Another program holds the plan library %s locked: close it and try again"), self->path);
      return FALSE;
    }
  g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_CORRUPT,
               _("The plan library %s cannot be read (%s). It was left as it is: restore it from a backup, "
                 "or move it away to start a new one"),
               self->path, local_error ? local_error->message : "");
  return FALSE;
}

static gboolean
open_read_only (PpLibrary  *self,
                char       *reason,
                GError    **error)
{
  g_autoptr(GError) local_error = NULL;

  g_clear_object (&self->connection);
  self->read_only_reason = reason;
  self->connection = pp_sqlite_connection_open (self->read_path, self->read_flags, &local_error);
  if (self->connection == NULL)
    {
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_OPEN,
                   _("The plan library %s cannot be opened (%s)"), self->path, local_error->message);
      return FALSE;
    }
  set_busy_handler (self->connection);
  g_free (self->journal_mode);
  self->journal_mode = g_strdup ("");
  return TRUE;
}

static gboolean
configure (PpLibrary  *self,
           GError    **error)
{
  g_autofree char *mode = NULL;

  set_busy_handler (self->connection);

  if (!(mode = pp_sqlite_connection_query_text (self->connection, "PRAGMA journal_mode=WAL", error)))
    return FALSE;
  if (g_ascii_strcasecmp (mode, "wal") != 0)
    {
      /* WAL needs shared memory, which network filesystems do not give. */
      g_free (mode);
      if (!(mode = pp_sqlite_connection_query_text (self->connection, "PRAGMA journal_mode=DELETE", error)))
        return FALSE;
    }
  g_free (self->journal_mode);
  self->journal_mode = g_ascii_strdown (mode, -1);

  /* A cache of 32 MB keeps the indexes of a large plan in memory while
   * it is stored or read. */
  return pp_sqlite_connection_execute (self->connection,
                                       "PRAGMA synchronous=FULL;"
                                       "PRAGMA foreign_keys=ON;"
                                       "PRAGMA cache_size=-32768;",
                                       error);
}

PpLibrary *
pp_library_open (const char  *path,
                 GError     **error)
{
  g_autoptr(PpLibrary) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *directory = NULL;
  gboolean fresh;
  gint64 version = 0;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (PP_TYPE_LIBRARY, NULL);
  self->path = g_strdup (path);
  self->read_path = g_strdup (path);
  self->read_flags = SQLITE_OPEN_READONLY;

  if (!check_header (path, &fresh, error))
    return NULL;

  if (!fresh && !inspect (self, &version, error))
    return NULL;
  self->version = version;

  if (self->read_flags & SQLITE_OPEN_URI)
    {
      if (!open_read_only (self, g_strdup (_("The folder of the plan library cannot be written, so the library "
                                             "is open read-only: check the folder’s permissions to make changes")),
                           error))
        return NULL;
      return g_steal_pointer (&self);
    }

  if (version > PP_LIBRARY_VERSION)
    {
      if (!open_read_only (self, g_strdup_printf (_("The plan library was written by a newer PostPlan "
                                                     "(format %d), so it is open read-only: "
                                                     "update PostPlan to change it"), (int) version),
                           error))
        return NULL;
      return g_steal_pointer (&self);
    }

  directory = g_path_get_dirname (path);
  if (fresh && g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_OPEN,
                   _("The folder %s for the plan library cannot be created (%s): "
                     "choose another place with --library"), directory, g_strerror (saved));
      return NULL;
    }

  self->connection = pp_sqlite_connection_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &local_error);
  if (self->connection == NULL || !configure (self, &local_error) ||
      !pp_library_migrate (self, &local_error))
    {
      int code = local_error ? local_error->code : SQLITE_ERROR;

      if (fresh && self->connection == NULL)
        {
          g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_OPEN,
                       _("The plan library %s cannot be created (%s): choose another place with --library"),
                       path, local_error->message);
          return NULL;
        }

      if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        {
          if (!open_read_only (self, g_strdup (_("Another program is writing to the plan library, so it is "
                                                 "open read-only: close the other PostPlan window to make "
                                                 "changes")), error))
            return NULL;
          return g_steal_pointer (&self);
        }

      if (!fresh && (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM))
        {
          if (!open_read_only (self, g_strdup (_("The plan library cannot be written here, so it is open "
                                                 "read-only: check the permissions of its folder")), error))
            return NULL;
          return g_steal_pointer (&self);
        }

      g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_OPEN,
                   _("The plan library %s cannot be opened (%s)"), path,
                   local_error ? local_error->message : "");
      return NULL;
    }

  self->version = PP_LIBRARY_VERSION;
  return g_steal_pointer (&self);
}

gboolean
pp_library_has_summaries (PpLibrary *self)
{
  /* Version 2 added them; a library of version 1 open read-only cannot be
   * upgraded, and is read without them. */
  return self->version >= 2;
}

gboolean
pp_library_parse_reference (const char *text,
                            gint64     *id)
{
  char *end = NULL;
  gint64 value;

  if (text == NULL)
    return FALSE;
  if (text[0] == '@')
    text++;
  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  value = g_ascii_strtoll (text, &end, 10);
  if (*end != '\0' || value <= 0)
    return FALSE;
  *id = value;
  return TRUE;
}
