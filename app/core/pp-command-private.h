/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "pp-editor.h"

G_BEGIN_DECLS

typedef enum
{
  PP_COMMAND_SET_PLAN,
  PP_COMMAND_ADD_OVERRIDE,
  PP_COMMAND_REMOVE_OVERRIDE,
  PP_COMMAND_ADD_STAFF,
  PP_COMMAND_REMOVE_STAFF,
  PP_COMMAND_SET_STAFF,
  PP_COMMAND_SET_TRAINING,
  PP_COMMAND_SET_PROJECT,
  PP_COMMAND_SET_UNIT,
  PP_COMMAND_SET_POST,
  PP_COMMAND_ADD_POST,
  PP_COMMAND_REMOVE_POST,
  PP_COMMAND_ADD_UNIT,
  PP_COMMAND_DELETE_UNIT,
  PP_COMMAND_MOVE_UNIT,
  PP_COMMAND_POST_GROUP,
} PpCommandKind;

struct _PpCommand
{
  PpCommandKind kind;
  char         *unit_id;
  guint         field;
  char         *value;
  char         *old_value;     /* set when applied */
  guint         index;         /* post index, or place among siblings */
  PpPost        post;          /* add/remove post: the line */
  char         *post_id;
  char         *post_title;
  char         *parent_id;     /* add/move: where to; NULL: a root */
  char         *old_parent_id; /* move/delete: where from */
  guint         old_place;
  PpUnitType    type;
  PpRegionLevel level;
  char         *name;
  GPtrArray    *subtree;       /* delete: the units taken out */
  char         *rule;          /* overrides */
  char         *param;
  PpStaff       staff;         /* add/remove staff: the record (its strings below) */
  char         *staff_id;
  char         *staff_post;
  char         *staff_city;
  char         *staff_name;
  int           year;
  GArray       *old_training;  /* set training, remove staff: what was there */
  gboolean      had_project;
  PpProject     old_project;
  GPtrArray    *children;      /* post group: the edits, in order */
};

/* What the library must rewrite after a command. */
typedef enum
{
  PP_REWRITE_PLAN,       /* the plan row */
  PP_REWRITE_OVERRIDES,
  PP_REWRITE_UNIT,       /* the unit row */
  PP_REWRITE_POST,       /* one post line (command->index) */
  PP_REWRITE_STAFF,      /* the unit's staff and their training */
  PP_REWRITE_PROJECT,
  PP_REWRITE_POSTS,      /* every post line of the unit */
  PP_REWRITE_TREE,       /* handled case by case */
} PpRewrite;

PpRewrite pp_command_get_rewrite  (PpCommand  *command);

/* Changes the model one way or the other; on failure it is unchanged. */
gboolean pp_command_apply_to_plan (PpCommand  *command,
                                   PpPlan     *plan,
                                   gboolean    forward,
                                   GError    **error);
/* The unit whose own results change, or NULL when the tree changed. */
PpUnit  *pp_command_get_unit      (PpCommand  *command,
                                   PpPlan     *plan);

G_END_DECLS
