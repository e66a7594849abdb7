/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-library.h: the plan library, one SQLite database holding every plan
 * (interfaces.md §4). Every write is one transaction; a library that is
 * locked, corrupt or newer than this program is never written to. */

#pragma once

#include "pp-plan.h"
#include "pp-sqlite.h"

G_BEGIN_DECLS

#define PP_LIBRARY_ERROR (pp_library_error_quark ())

typedef enum
{
  PP_LIBRARY_ERROR_CORRUPT,    /* not a PostPlan library, or damaged */
  PP_LIBRARY_ERROR_NEWER,      /* written by a newer PostPlan */
  PP_LIBRARY_ERROR_READ_ONLY,  /* opened read-only: locked, newer or not writable */
  PP_LIBRARY_ERROR_NOT_FOUND,  /* no such plan */
  PP_LIBRARY_ERROR_IO,         /* disk full, I/O error: the change was rolled back */
  PP_LIBRARY_ERROR_OPEN,       /* cannot be opened at all */
} PpLibraryError;

/* 'PPLN': marks the file as a PostPlan library. */
#define PP_LIBRARY_APPLICATION_ID 0x50504C4E
#define PP_LIBRARY_VERSION 2

typedef struct
{
  gint64  id;
  char   *title;
  char   *policy;
  char   *date;       /* YYYY-MM-DD or "" */
  char   *modified;   /* ISO 8601, UTC */
  char   *deleted;    /* when moved to the trash, or NULL */
  gint64  n_units;
  gint64  n_posts;
  /* The counts of the plan's last check; checked is FALSE when it was
   * never checked since it was stored. */
  gboolean checked;
  gint64  n_fail;
  gint64  n_warn;
} PpPlanInfo;

void        pp_plan_info_free             (PpPlanInfo  *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpPlanInfo, pp_plan_info_free)

#define PP_TYPE_LIBRARY (pp_library_get_type ())
G_DECLARE_FINAL_TYPE (PpLibrary, pp_library, PP, LIBRARY, GObject)

GQuark      pp_library_error_quark        (void);

/* --library, else $POSTPLAN_LIBRARY, else $XDG_DATA_HOME/postplan/library.sqlite. */
char       *pp_library_get_default_path   (void);

/* Opens (creating when missing) a library. A corrupt file is refused and
 * left untouched. A library locked by another process beyond the busy
 * timeout, newer than this program, or on a read-only medium opens
 * read-only; pp_library_get_read_only_reason () says why. */
PpLibrary  *pp_library_open               (const char  *path,
                                           GError     **error);
const char *pp_library_get_path           (PpLibrary   *self);
gboolean    pp_library_is_read_only       (PpLibrary   *self);
/* A sentence for the user, or NULL when the library is writable. */
const char *pp_library_get_read_only_reason (PpLibrary *self);
PpSqliteConnection *pp_library_get_connection (PpLibrary *self);
/* "wal", or "delete" where WAL cannot work (network filesystems). */
const char *pp_library_get_journal_mode   (PpLibrary   *self);

/* Plans (pp-library-plans.c). */
gint64      pp_library_add_plan           (PpLibrary   *self,
                                           PpPlan      *plan,
                                           GError     **error);
PpPlan     *pp_library_load_plan          (PpLibrary   *self,
                                           gint64       id,
                                           GError     **error);
PpPlanInfo *pp_library_get_plan_info      (PpLibrary   *self,
                                           gint64       id,
                                           GError     **error);
/* Plans by last change, newest first; the trash only with include_deleted. */
GPtrArray  *pp_library_list_plans         (PpLibrary   *self,
                                           gboolean     include_deleted,
                                           GError     **error);
gboolean    pp_library_rename_plan        (PpLibrary   *self,
                                           gint64       id,
                                           const char  *title,
                                           GError     **error);
gint64      pp_library_duplicate_plan     (PpLibrary   *self,
                                           gint64       id,
                                           GError     **error);
/* Moves a plan to the trash, from where it can be restored. */
gboolean    pp_library_delete_plan        (PpLibrary   *self,
                                           gint64       id,
                                           GError     **error);
gboolean    pp_library_restore_plan       (PpLibrary   *self,
                                           gint64       id,
                                           GError     **error);
/* Removes a plan in the trash for good. */
gboolean    pp_library_purge_plan         (PpLibrary   *self,
                                           gint64       id,
                                           GError     **error);

/* Stores the counts of a check of the plan as it now reads. */
gboolean    pp_library_set_plan_summary   (PpLibrary   *self,
                                           gint64       id,
                                           guint        n_fail,
                                           guint        n_warn,
                                           GError     **error);

/* Parses "@12" (or "12"); FALSE for anything else. */
gboolean    pp_library_parse_reference    (const char  *text,
                                           gint64      *id);

G_END_DECLS
