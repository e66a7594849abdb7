/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-atomic-file.h: writing a file whole or not at all — a temporary file
 * beside the target, synced to disk, then renamed over it. */

#pragma once

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

typedef struct _PpAtomicFile PpAtomicFile;

/* Creates the temporary file (".NAME.XXXXXX" in the target's folder). */
PpAtomicFile *pp_atomic_file_new           (const char    *filename,
                                            GError       **error);
/* A stream on the temporary file, for writers that take one. */
FILE         *pp_atomic_file_get_stream    (PpAtomicFile  *file);
/* Its path, for writers that open the file by name themselves; call
 * pp_atomic_file_close_stream () before they do. */
const char   *pp_atomic_file_get_temp_path (PpAtomicFile  *file);
void          pp_atomic_file_close_stream  (PpAtomicFile  *file);
/* Syncs the data to disk and renames the temporary file into place, then
 * frees file; on failure the temporary file is removed and nothing
 * changes at filename. */
gboolean      pp_atomic_file_commit        (PpAtomicFile  *file,
                                            GError       **error);
/* Removes the temporary file and frees file. */
void          pp_atomic_file_abort         (PpAtomicFile  *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpAtomicFile, pp_atomic_file_abort)

G_END_DECLS
