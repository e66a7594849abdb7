/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "pp-editor.h"

G_BEGIN_DECLS

typedef enum
{
  PP_COMMAND_SET_PLAN_TITLE,
  PP_COMMAND_SET_UNIT,
  PP_COMMAND_SET_POST,
  PP_COMMAND_ADD_POST,
  PP_COMMAND_REMOVE_POST,
  PP_COMMAND_ADD_UNIT,
  PP_COMMAND_DELETE_UNIT,
  PP_COMMAND_MOVE_UNIT,
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
};

/* Changes the model one way or the other; on failure it is unchanged. */
gboolean pp_command_apply_to_plan (PpCommand  *command,
                                   PpPlan     *plan,
                                   gboolean    forward,
                                   GError    **error);
/* The unit whose own results change, or NULL when the tree changed. */
PpUnit  *pp_command_get_unit      (PpCommand  *command,
                                   PpPlan     *plan);

G_END_DECLS
