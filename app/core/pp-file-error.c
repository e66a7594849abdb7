/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-file-error.c: GLib and GIO file errors, in PostPlan's words. */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "pp-file-error.h"

typedef enum
{
  REASON_OTHER,
  REASON_MISSING,
  REASON_DENIED,
  REASON_FOLDER,
  REASON_NOT_FOLDER,
  REASON_FULL,
  REASON_READ_ONLY,
  REASON_NAME_TOO_LONG,
} Reason;

static Reason
reason_of (const GError *error)
{
  if (error == NULL)
    return REASON_OTHER;
  if (error->domain == G_FILE_ERROR)
    switch (error->code)
      {
      case G_FILE_ERROR_NOENT: return REASON_MISSING;
      case G_FILE_ERROR_ACCES:
      case G_FILE_ERROR_PERM: return REASON_DENIED;
      case G_FILE_ERROR_ISDIR: return REASON_FOLDER;
      case G_FILE_ERROR_NOTDIR: return REASON_NOT_FOLDER;
      case G_FILE_ERROR_NOSPC: return REASON_FULL;
      case G_FILE_ERROR_ROFS: return REASON_READ_ONLY;
      case G_FILE_ERROR_NAMETOOLONG: return REASON_NAME_TOO_LONG;
      default: return REASON_OTHER;
      }
  if (error->domain == G_IO_ERROR)
    switch (error->code)
      {
      case G_IO_ERROR_NOT_FOUND: return REASON_MISSING;
      case G_IO_ERROR_PERMISSION_DENIED: return REASON_DENIED;
      case G_IO_ERROR_IS_DIRECTORY: return REASON_FOLDER;
      case G_IO_ERROR_NOT_DIRECTORY: return REASON_NOT_FOLDER;
      case G_IO_ERROR_NO_SPACE: return REASON_FULL;
      case G_IO_ERROR_READ_ONLY: return REASON_READ_ONLY;
      case G_IO_ERROR_FILENAME_TOO_LONG: return REASON_NAME_TOO_LONG;
      default: return REASON_OTHER;
      }
  return REASON_OTHER;
}

char *
pp_file_error_describe (const char   *filename,
                        PpFileAccess  access,
                        const GError *error)
{
  g_return_val_if_fail (filename != NULL, NULL);

  switch (reason_of (error))
    {
    case REASON_MISSING:
      /* TRANSLATORS: %s is a file's path */
      return g_strdup_printf (_("%s does not exist: check the name and the folder it is in"), filename);
    case REASON_DENIED:
      return access == PP_FILE_READING
        /* TRANSLATORS: %s is a file's path */
        ? g_strdup_printf (_("%s may not be read: ask whoever looks after this computer for access"), filename)
        /* TRANSLATORS: %s is a file's path */
        : g_strdup_printf (_("%s may not be written: choose a folder of your own"), filename);
    case REASON_FOLDER:
      /* TRANSLATORS: %s is a path */
      return g_strdup_printf (_("%s is a folder, not a file: choose a file"), filename);
    case REASON_NOT_FOLDER:
      /* TRANSLATORS: %s is a file's path */
      return g_strdup_printf (_("%s: a part of this path is a file, not a folder: check the path"), filename);
    case REASON_FULL:
      /* TRANSLATORS: %s is a file's path */
      return g_strdup_printf (_("%s cannot be written: the disk is full. Free some space and try again"),
                              filename);
    case REASON_READ_ONLY:
      /* TRANSLATORS: %s is a file's path */
      return g_strdup_printf (_("%s is on a disk that cannot be written: choose another place"), filename);
    case REASON_NAME_TOO_LONG:
      /* TRANSLATORS: %s is a file's path */
      return g_strdup_printf (_("%s: the name is too long: choose a shorter one"), filename);
    case REASON_OTHER:
    default:
      return access == PP_FILE_READING
        /* TRANSLATORS: %s is a file's path */
        ? g_strdup_printf (_("%s cannot be read: check the disk or device it is on, and try again"), filename)
        /* TRANSLATORS: %s is a file's path */
        : g_strdup_printf (_("%s cannot be written: check the disk or device it is on, and try again"), filename);
    }
}
