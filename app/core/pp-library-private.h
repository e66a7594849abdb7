/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "pp-library.h"

G_BEGIN_DECLS

/* Rolls back and turns an SQLite error into one the user can act on. */
gboolean pp_library_fail           (PpLibrary  *self,
                                    GError     *sqlite_error,
                                    GError    **error);
/* Whether the file has the check counts of version 2. */
gboolean pp_library_has_summaries (PpLibrary  *self);
gboolean pp_library_check_writable (PpLibrary  *self,
                                    GError    **error);
/* Brings the schema to PP_LIBRARY_VERSION, each step in one transaction. */
gboolean pp_library_migrate        (PpLibrary  *self,
                                    GError    **error);

/* Stores units (document order) under parent_uid (0: a root) at place,
 * inside the caller's transaction. */
gboolean pp_library_insert_units   (PpLibrary  *self,
                                    PpPlan     *plan,
                                    gint64      plan_id,
                                    GPtrArray  *units,
                                    gint64      parent_uid,
                                    guint       place,
                                    GError    **error);

/* A unit's staff (with training) and budget rows, inside the caller's
 * transaction, after the caller removed the old ones. */
gboolean pp_library_write_staff    (PpLibrary  *self,
                                    PpUnit     *unit,
                                    gint64      uid,
                                    GError    **error);
gboolean pp_library_write_project  (PpLibrary  *self,
                                    PpUnit     *unit,
                                    gint64      uid,
                                    GError    **error);

G_END_DECLS
