/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-editor.h: edits of a plan in the library as reversible commands.
 *
 * Every command is applied to the model and to the library in one
 * transaction, or not at all; the editor keeps the undo and redo stacks
 * and, when given a check, keeps it up to date (one unit re-checked after
 * an edit of its fields or lines, the whole plan after the tree changed).
 * This is the API the application calls. */

#pragma once

#include "pp-check.h"
#include "pp-library.h"

G_BEGIN_DECLS

typedef enum
{
  PP_UNIT_FIELD_NAME,
  PP_UNIT_FIELD_TYPE,
  PP_UNIT_FIELD_LEVEL,
  PP_UNIT_FIELD_PUBLIC_INSTITUTION,
  PP_UNIT_FIELD_PILOT,
  PP_UNIT_FIELD_COUNTY_SEAT,
  PP_UNIT_FIELD_WORKERS,
  PP_UNIT_FIELD_POPULATION,
  PP_UNIT_FIELD_STUDENTS,
  PP_UNIT_FIELD_RECIPIENTS,
  PP_N_UNIT_FIELDS
} PpUnitField;

typedef enum
{
  PP_POST_FIELD_TITLE,
  PP_POST_FIELD_CATEGORY,
  PP_POST_FIELD_LEVEL,
  PP_POST_FIELD_SOCIAL_WORK,
  PP_POST_FIELD_COUNT,
  PP_POST_FIELD_FILLED,
  PP_POST_FIELD_SPECIAL,
  PP_POST_FIELD_NEW,
  PP_POST_FIELD_GRADUATE_RESERVED,
  PP_N_POST_FIELDS
} PpPostField;

typedef enum
{
  PP_PLAN_FIELD_TITLE,
  PP_PLAN_FIELD_POLICY,
  PP_PLAN_FIELD_DATE,
  PP_N_PLAN_FIELDS
} PpPlanField;

typedef enum
{
  PP_STAFF_FIELD_POST,           /* the id of a post of the same unit */
  PP_STAFF_FIELD_CERTIFICATE,
  PP_STAFF_FIELD_DIRECTED_CITY,
  PP_STAFF_FIELD_NAME,           /* personal data: kept in the library only */
  PP_N_STAFF_FIELDS
} PpStaffField;

typedef enum
{
  PP_PROJECT_FIELD_FUNDS,
  PP_PROJECT_FIELD_LABOUR,
  PP_PROJECT_FIELD_OVERHEAD,
  PP_PROJECT_FIELD_SUPERVISION,
  PP_PROJECT_FIELD_FIELD,
  PP_PROJECT_FIELD_CYCLE_YEARS,
  PP_N_PROJECT_FIELDS
} PpProjectField;

typedef struct _PpCommand PpCommand;

/* Values are written as in plan XML: "true"/"false", "professional",
 * "12"; "" leaves a level or category unset. */
/* The date as YYYY-MM-DD, "" for none. */
PpCommand *pp_command_set_plan_field (PpPlanField   field,
                                      const char   *value);
PpCommand *pp_command_add_override   (guint         index,
                                      const char   *rule,
                                      const char   *param,
                                      const char   *value);
PpCommand *pp_command_remove_override (guint        index);
PpCommand *pp_command_set_unit_field (const char   *unit_id,
                                      PpUnitField   field,
                                      const char   *value);
PpCommand *pp_command_set_post_field (const char   *unit_id,
                                      guint         post,
                                      PpPostField   field,
                                      const char   *value);
/* A new post line at index, a copy of post (its id and title included). */
PpCommand *pp_command_add_post       (const char   *unit_id,
                                      guint         index,
                                      const PpPost *post);
PpCommand *pp_command_remove_post    (const char   *unit_id,
                                      guint         index);
/* parent_id NULL adds a root unit; level only for regions. */
PpCommand *pp_command_add_unit       (const char   *parent_id,
                                      guint         place,
                                      const char   *unit_id,
                                      PpUnitType    type,
                                      PpRegionLevel level,
                                      const char   *name);
PpCommand *pp_command_delete_unit    (const char   *unit_id);
PpCommand *pp_command_move_unit      (const char   *unit_id,
                                      const char   *parent_id,
                                      guint         place);
PpCommand *pp_command_add_staff      (const char   *unit_id,
                                      guint         index,
                                      const char   *staff_id,
                                      const char   *post_id);
PpCommand *pp_command_remove_staff   (const char   *unit_id,
                                      guint         index);
PpCommand *pp_command_set_staff_field (const char  *unit_id,
                                      guint         staff,
                                      PpStaffField  field,
                                      const char   *value);
/* Sets a year's training hours of a staff record; "" removes the year. */
PpCommand *pp_command_set_training   (const char   *unit_id,
                                      guint         staff,
                                      int           year,
                                      const char   *hours);
/* A purchased project's budget; the budget is created when missing. */
PpCommand *pp_command_set_project_field (const char    *unit_id,
                                         PpProjectField field,
                                         const char    *value);
/* Several edits of one unit's post lines (set a field, add or remove a
 * line) as one step, undone as one; they apply in the order added. */
PpCommand *pp_command_post_group_new (const char   *unit_id);
/* Takes the command; FALSE (and frees it) when it edits no post line of
 * the group's unit. */
gboolean   pp_command_post_group_add (PpCommand    *group,
                                      PpCommand    *command);
guint      pp_command_post_group_get_size (PpCommand *group);
void       pp_command_free           (PpCommand    *command);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpCommand, pp_command_free)

#define PP_TYPE_EDITOR (pp_editor_get_type ())
G_DECLARE_FINAL_TYPE (PpEditor, pp_editor, PP, EDITOR, GObject)

/* Loads plan id from the library for editing. */
PpEditor  *pp_editor_new             (PpLibrary    *library,
                                      gint64        plan_id,
                                      GError      **error);
PpPlan    *pp_editor_get_plan        (PpEditor     *self);
gint64     pp_editor_get_plan_id     (PpEditor     *self);
/* A check the editor keeps up to date after every change (NULL: none).
 * A change of the plan's policy, date or overrides replaces it with a new
 * check of the plan as it now reads; pp_editor_get_check () gives it. */
void       pp_editor_set_check       (PpEditor     *self,
                                      PpCheck      *check);
PpCheck   *pp_editor_get_check       (PpEditor     *self);

/* Applies and records the command (taking it); on failure nothing
 * changed, in the model or in the library. */
gboolean   pp_editor_apply           (PpEditor     *self,
                                      PpCommand    *command,
                                      GError      **error);
gboolean   pp_editor_can_undo        (PpEditor     *self);
gboolean   pp_editor_can_redo        (PpEditor     *self);
gboolean   pp_editor_undo            (PpEditor     *self,
                                      GError      **error);
gboolean   pp_editor_redo            (PpEditor     *self,
                                      GError      **error);

G_END_DECLS
