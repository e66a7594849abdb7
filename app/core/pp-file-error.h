/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-file-error.h: a file that could not be read or written, in
 * PostPlan's own words.
 *
 * GLib's and GIO's messages come from their catalogs; under
 * LANGUAGE=mn_CN, gettext falls back from mn_CN to mn, where Debian ships
 * GLib's messages in Cyrillic Mongolian. They never reach the planner:
 * the error's code is put into a sentence of ours, which says what to
 * do. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PP_FILE_READING,
  PP_FILE_WRITING,
} PpFileAccess;

/* A sentence naming the file for a G_FILE_ERROR or G_IO_ERROR (any other
 * error gets the general sentence: the error's own text is never used). */
char *pp_file_error_describe (const char   *filename,
                              PpFileAccess  access,
                              const GError *error);

G_END_DECLS
