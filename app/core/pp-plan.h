/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan.h: the planning model — a plan holds a tree of units, each with
 * its post lines, staff and (for purchased projects) a budget. */

#pragma once

#include <gio/gio.h>

#include "pp-types.h"

G_BEGIN_DECLS

/* Counts are non-negative and below 2^31 (interfaces.md §1). Money is
 * capped well below what 64-bit cross-multiplication by a threshold's
 * denominator can hold. */
#define PP_COUNT_MAX G_MAXINT32
#define PP_MONEY_MAX G_GINT64_CONSTANT (1000000000000)
#define PP_YEAR_MIN 1949
#define PP_YEAR_MAX 2999

#define PP_PLAN_ERROR (pp_plan_error_quark ())

typedef enum
{
  PP_PLAN_ERROR_DUPLICATE_ID,
  PP_PLAN_ERROR_INVALID_VALUE,
  PP_PLAN_ERROR_INVALID_REFERENCE,
} PpPlanError;

typedef enum
{
  PP_POST_SOCIAL_WORK = 1 << 0,
  PP_POST_SPECIAL     = 1 << 1,
  PP_POST_NEW         = 1 << 2,
} PpPostFlags;

typedef enum
{
  PP_UNIT_PUBLIC_INSTITUTION = 1 << 0,
  PP_UNIT_PILOT              = 1 << 1,
  PP_UNIT_COUNTY_SEAT        = 1 << 2,
} PpUnitFlags;

/* Kept small: a plan may hold a million of these. Strings live in the
 * plan's string chunk. */
typedef struct
{
  const char *id;
  const char *title;
  guint32     count;
  guint32     filled;
  guint32     graduate_reserved;
  gint8       level;     /* -1: not given */
  guint8      category;  /* PpCategory */
  guint8      flags;     /* PpPostFlags */
} PpPost;

typedef struct
{
  gint32 year;
  gint32 hours;
} PpTraining;

typedef struct
{
  const char *id;
  const char *directed_city;  /* NULL when not a directed certificate */
  const char *name;           /* personal data: kept in the library, never exported */
  guint32     post;           /* index into the unit's posts */
  guint8      certificate;    /* PpCertificate */
  guint16     n_training;
  PpTraining *training;
} PpStaff;

typedef struct
{
  gint64  funds;
  gint64  labour;
  gint64  overhead;     /* activities, management, insurance and tax, training */
  gint64  supervision;
  PpField field;
  guint32 cycle_years;  /* 0: not given */
} PpProject;

typedef struct _PpUnit PpUnit;

struct _PpUnit
{
  const char    *id;
  const char    *name;
  PpUnit        *parent;
  PpUnitType     type;
  PpRegionLevel  level;
  guint          flags;            /* PpUnitFlags */
  guint32        drivers[PP_N_DRIVERS];
  guint          index;            /* position in pp_plan_get_units () */
  guint          depth;

  PpPost        *posts;
  guint          n_posts;
  guint          posts_allocated;

  PpStaff       *staff;
  guint          n_staff;
  guint          staff_allocated;

  PpProject     *project;

  PpUnit       **children;
  guint          n_children;
  guint          children_allocated;
};

typedef struct
{
  char *rule;
  char *param;
  char *value;
  int   line;     /* where the file gave it, for messages; 0 when unknown */
  int   column;
} PpOverride;

#define PP_TYPE_PLAN (pp_plan_get_type ())
G_DECLARE_FINAL_TYPE (PpPlan, pp_plan, PP, PLAN, GObject)

GQuark       pp_plan_error_quark        (void);

PpPlan      *pp_plan_new                (void);

const char  *pp_plan_get_title          (PpPlan       *self);
void         pp_plan_set_title          (PpPlan       *self,
                                         const char   *title);
const char  *pp_plan_get_policy         (PpPlan       *self);
void         pp_plan_set_policy         (PpPlan       *self,
                                         const char   *policy);
/* The plan date; an invalid GDate when the plan has none. */
const GDate *pp_plan_get_date           (PpPlan       *self);
void         pp_plan_set_date           (PpPlan       *self,
                                         const GDate  *date);

/* The file the plan was read from, for messages; NULL when none. */
const char  *pp_plan_get_filename       (PpPlan       *self);
void         pp_plan_set_filename       (PpPlan       *self,
                                         const char   *filename);

GPtrArray   *pp_plan_get_overrides      (PpPlan       *self);
PpOverride  *pp_plan_add_override       (PpPlan       *self,
                                         const char   *rule,
                                         const char   *param,
                                         const char   *value);

/* Units in document order (a parent before its children). */
GPtrArray   *pp_plan_get_units          (PpPlan       *self);
guint        pp_plan_get_n_roots        (PpPlan       *self);
PpUnit      *pp_plan_get_root           (PpPlan       *self,
                                         guint         i);
PpUnit      *pp_plan_find_unit          (PpPlan       *self,
                                         const char   *id);
guint64      pp_plan_get_n_posts        (PpPlan       *self);
/* Whether a unit, post or staff record has this id. */
gboolean     pp_plan_has_id             (PpPlan       *self,
                                         const char   *id);
/* A new id starting with prefix that nothing in the plan has. */
char        *pp_plan_make_id            (PpPlan       *self,
                                         const char   *prefix);

/* Building a plan. Each id must be unique across units, posts and staff.
 * parent NULL adds a root unit. */
PpUnit      *pp_plan_add_unit           (PpPlan       *self,
                                         PpUnit       *parent,
                                         const char   *id,
                                         PpUnitType    type,
                                         const char   *name,
                                         GError      **error);
PpPost      *pp_plan_add_post           (PpPlan       *self,
                                         PpUnit       *unit,
                                         const char   *id,
                                         const char   *title,
                                         GError      **error);
PpStaff     *pp_plan_add_staff          (PpPlan       *self,
                                         PpUnit       *unit,
                                         const char   *id,
                                         const char   *post_id,
                                         GError      **error);
void         pp_plan_set_unit_name      (PpPlan       *self,
                                         PpUnit       *unit,
                                         const char   *name);
void         pp_plan_set_post_title     (PpPlan       *self,
                                         PpPost       *post,
                                         const char   *title);
void         pp_staff_set_directed_city (PpPlan       *self,
                                         PpStaff      *staff,
                                         const char   *city);
void         pp_staff_set_name          (PpPlan       *self,
                                         PpStaff      *staff,
                                         const char   *name);
gboolean     pp_staff_add_training      (PpStaff      *staff,
                                         gint32        year,
                                         gint32        hours,
                                         GError      **error);
PpProject   *pp_unit_ensure_project     (PpUnit       *unit);

/* Releases the slack left by building a unit one line at a time. */
void         pp_unit_trim               (PpUnit       *unit);

PpPost      *pp_unit_find_post          (PpUnit       *unit,
                                         const char   *id);
/* The certificate as it counts in this unit: a directed (定向) one only
 * in the city it names. */
PpCertificate pp_staff_get_effective_certificate (PpUnit        *unit,
                                                  const PpStaff *staff);

/* The name of the nearest ancestor region of level city, or NULL. */
const char  *pp_unit_get_city           (PpUnit       *unit);
PpUnit      *pp_unit_get_city_unit      (PpUnit       *unit);

gboolean     pp_post_validate           (const PpPost *post,
                                         GError      **error);

/* Edits of the tree. They keep pp_plan_get_units () in document order and
 * every unit's index and depth right. */

/* Takes a unit and its subtree out of the plan and frees their ids; the
 * units, in document order, belong to the returned array until they are
 * put back with pp_plan_insert_subtree () or the array is freed. */
GPtrArray   *pp_plan_remove_subtree     (PpPlan       *self,
                                         PpUnit       *unit);
/* Puts back a subtree taken out by pp_plan_remove_subtree () under parent
 * (NULL: a root) at place among its siblings. Fails when an id is taken. */
gboolean     pp_plan_insert_subtree     (PpPlan       *self,
                                         PpUnit       *parent,
                                         guint         place,
                                         GPtrArray    *subtree,
                                         GError      **error);
/* Moves a unit (with its subtree) under parent at place. Fails when the
 * parent lies inside the unit's own subtree. */
gboolean     pp_plan_move_unit          (PpPlan       *self,
                                         PpUnit       *unit,
                                         PpUnit       *parent,
                                         guint         place,
                                         GError      **error);
/* A unit's place among its siblings. */
guint        pp_unit_get_place          (PpPlan       *self,
                                         PpUnit       *unit);

/* Inserts a post line at index, a copy of post with its own id. Staff keep
 * pointing at their posts. */
PpPost      *pp_unit_insert_post        (PpPlan       *self,
                                         PpUnit       *unit,
                                         guint         index,
                                         const PpPost *post,
                                         GError      **error);
/* Inserts a staff record at index holding post post_id; its certificate,
 * city, name and training are left empty. */
PpStaff     *pp_unit_insert_staff       (PpPlan       *self,
                                         PpUnit       *unit,
                                         guint         index,
                                         const char   *id,
                                         const char   *post_id,
                                         GError      **error);
void         pp_unit_remove_staff       (PpPlan       *self,
                                         PpUnit       *unit,
                                         guint         index);

/* Removes the post line at index; a line that staff hold cannot be
 * removed (move or remove the staff first). */
gboolean     pp_unit_remove_post        (PpPlan       *self,
                                         PpUnit       *unit,
                                         guint         index,
                                         GError      **error);

G_END_DECLS
