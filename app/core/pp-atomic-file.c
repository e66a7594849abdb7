/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-atomic-file.c: a temporary file renamed into place after fsync, so
 * that an error never leaves a partial file behind. */

#define G_LOG_DOMAIN "pp-atomic-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pp-atomic-file.h"

struct _PpAtomicFile
{
  char *filename;
  char *temp_path;
  FILE *stream;
};

PpAtomicFile *
pp_atomic_file_new (const char  *filename,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (filename);
  g_autofree char *base = g_path_get_basename (filename);
  g_autofree char *template = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  PpAtomicFile *file;
  int fd;

  fd = g_mkstemp_full (template, O_WRONLY, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write to %s: %s. Choose a folder you can write to."),
                   dir, g_strerror (saved_errno));
      return NULL;
    }

  file = g_new0 (PpAtomicFile, 1);
  file->filename = g_strdup (filename);
  file->temp_path = g_steal_pointer (&template);
  file->stream = fdopen (fd, "w");
  return file;
}

FILE *
pp_atomic_file_get_stream (PpAtomicFile *file)
{
  return file->stream;
}

const char *
pp_atomic_file_get_temp_path (PpAtomicFile *file)
{
  return file->temp_path;
}

void
pp_atomic_file_close_stream (PpAtomicFile *file)
{
  g_clear_pointer (&file->stream, fclose);
}

/* The data must be on disk before the rename makes it the file. */
static int
sync_and_close (PpAtomicFile *file)
{
  int fd;

  if (file->stream != NULL)
    {
      FILE *stream = g_steal_pointer (&file->stream);

      if (fflush (stream) != 0 || ferror (stream) || fsync (fileno (stream)) != 0)
        {
          int saved_errno = errno ? errno : EIO;
          fclose (stream);
          return saved_errno;
        }
      return fclose (stream) != 0 ? errno : 0;
    }

  /* Written by name by someone else: sync what they wrote. */
  fd = g_open (file->temp_path, O_RDONLY, 0);
  if (fd < 0 || fsync (fd) != 0)
    {
      int saved_errno = errno ? errno : EIO;
      if (fd >= 0)
        close (fd);
      return saved_errno;
    }
  return close (fd) != 0 ? errno : 0;
}

gboolean
pp_atomic_file_commit (PpAtomicFile  *file,
                       GError       **error)
{
  int saved_errno = sync_and_close (file);

  if (saved_errno == 0 && g_rename (file->temp_path, file->filename) != 0)
    saved_errno = errno;

  if (saved_errno != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write %s: %s. Nothing was written; check the disk space and try again."),
                   file->filename, g_strerror (saved_errno));
      pp_atomic_file_abort (file);
      return FALSE;
    }

  g_free (file->filename);
  g_free (file->temp_path);
  g_free (file);
  return TRUE;
}

void
pp_atomic_file_abort (PpAtomicFile *file)
{
  if (file == NULL)
    return;
  g_clear_pointer (&file->stream, fclose);
  g_unlink (file->temp_path);
  g_free (file->filename);
  g_free (file->temp_path);
  g_free (file);
}
