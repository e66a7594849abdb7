/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-command.c: the commands of pp-editor.h and their effect on the model.
 * A command records what it replaced when applied, so that applying it
 * backwards restores the exact previous state. */

#define G_LOG_DOMAIN "pp-command"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-command-private.h"
#include "pp-date.h"

static PpCommand *
command_new (PpCommandKind  kind,
             const char    *unit_id)
{
  PpCommand *command = g_new0 (PpCommand, 1);

  command->kind = kind;
  command->unit_id = g_strdup (unit_id);
  return command;
}

void
pp_command_free (PpCommand *command)
{
  g_free (command->unit_id);
  g_free (command->value);
  g_free (command->old_value);
  g_free (command->post_id);
  g_free (command->post_title);
  g_free (command->parent_id);
  g_free (command->old_parent_id);
  g_free (command->name);
  g_free (command->rule);
  g_free (command->param);
  g_free (command->staff_id);
  g_free (command->staff_post);
  g_free (command->staff_city);
  g_free (command->staff_name);
  g_clear_pointer (&command->old_training, g_array_unref);
  g_clear_pointer (&command->subtree, g_ptr_array_unref);
  g_clear_pointer (&command->children, g_ptr_array_unref);
  g_free (command);
}

PpCommand *
pp_command_post_group_new (const char *unit_id)
{
  PpCommand *command;

  g_return_val_if_fail (unit_id != NULL, NULL);
  command = command_new (PP_COMMAND_POST_GROUP, unit_id);
  command->children = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_command_free);
  return command;
}

gboolean
pp_command_post_group_add (PpCommand *group,
                           PpCommand *command)
{
  g_return_val_if_fail (group != NULL && group->kind == PP_COMMAND_POST_GROUP, FALSE);
  g_return_val_if_fail (command != NULL, FALSE);

  /* The library rewrites the unit's lines after a group: edits of
   * anything else would not be saved. */
  if ((command->kind != PP_COMMAND_SET_POST && command->kind != PP_COMMAND_ADD_POST &&
       command->kind != PP_COMMAND_REMOVE_POST) ||
      g_strcmp0 (command->unit_id, group->unit_id) != 0)
    {
      g_critical ("A post group holds edits of its own unit's post lines only");
      pp_command_free (command);
      return FALSE;
    }
  g_ptr_array_add (group->children, command);
  return TRUE;
}

guint
pp_command_post_group_get_size (PpCommand *group)
{
  g_return_val_if_fail (group != NULL && group->kind == PP_COMMAND_POST_GROUP, 0);
  return group->children->len;
}

/* Forward: each edit in turn; backward: each undone, last first. One
 * that fails puts back those already done, so the model is as before. */
static gboolean
apply_group (PpCommand  *group,
             PpPlan     *plan,
             gboolean    forward,
             GError    **error)
{
  guint n = group->children->len;

  for (guint done = 0; done < n; done++)
    {
      PpCommand *child = g_ptr_array_index (group->children, forward ? done : n - 1 - done);

      if (!pp_command_apply_to_plan (child, plan, forward, error))
        {
          while (done-- > 0)
            {
              g_autoptr(GError) undo_error = NULL;
              PpCommand *back = g_ptr_array_index (group->children, forward ? done : n - 1 - done);

              if (!pp_command_apply_to_plan (back, plan, !forward, &undo_error))
                g_critical ("Could not restore a post line: %s", undo_error->message);
            }
          return FALSE;
        }
    }
  return TRUE;
}

PpCommand *
pp_command_set_plan_field (PpPlanField  field,
                           const char  *value)
{
  PpCommand *command = command_new (PP_COMMAND_SET_PLAN, NULL);

  command->field = field;
  command->value = g_strdup (value);
  return command;
}

PpCommand *
pp_command_add_override (guint       index,
                         const char *rule,
                         const char *param,
                         const char *value)
{
  PpCommand *command = command_new (PP_COMMAND_ADD_OVERRIDE, NULL);

  command->index = index;
  command->rule = g_strdup (rule);
  command->param = g_strdup (param);
  command->value = g_strdup (value);
  return command;
}

PpCommand *
pp_command_remove_override (guint index)
{
  PpCommand *command = command_new (PP_COMMAND_REMOVE_OVERRIDE, NULL);

  command->index = index;
  return command;
}

PpCommand *
pp_command_add_staff (const char *unit_id,
                      guint       index,
                      const char *staff_id,
                      const char *post_id)
{
  PpCommand *command = command_new (PP_COMMAND_ADD_STAFF, unit_id);

  command->index = index;
  command->staff_id = g_strdup (staff_id);
  command->staff_post = g_strdup (post_id);
  return command;
}

PpCommand *
pp_command_remove_staff (const char *unit_id,
                         guint       index)
{
  PpCommand *command = command_new (PP_COMMAND_REMOVE_STAFF, unit_id);

  command->index = index;
  return command;
}

PpCommand *
pp_command_set_staff_field (const char   *unit_id,
                            guint         staff,
                            PpStaffField  field,
                            const char   *value)
{
  PpCommand *command = command_new (PP_COMMAND_SET_STAFF, unit_id);

  command->index = staff;
  command->field = field;
  command->value = g_strdup (value);
  return command;
}

PpCommand *
pp_command_set_training (const char *unit_id,
                         guint       staff,
                         int         year,
                         const char *hours)
{
  PpCommand *command = command_new (PP_COMMAND_SET_TRAINING, unit_id);

  command->index = staff;
  command->year = year;
  command->value = g_strdup (hours);
  return command;
}

PpCommand *
pp_command_set_project_field (const char     *unit_id,
                              PpProjectField  field,
                              const char     *value)
{
  PpCommand *command = command_new (PP_COMMAND_SET_PROJECT, unit_id);

  command->field = field;
  command->value = g_strdup (value);
  return command;
}

PpCommand *
pp_command_set_unit_field (const char  *unit_id,
                           PpUnitField  field,
                           const char  *value)
{
  PpCommand *command = command_new (PP_COMMAND_SET_UNIT, unit_id);

  command->field = field;
  command->value = g_strdup (value);
  return command;
}

PpCommand *
pp_command_set_post_field (const char  *unit_id,
                           guint        post,
                           PpPostField  field,
                           const char  *value)
{
  PpCommand *command = command_new (PP_COMMAND_SET_POST, unit_id);

  command->index = post;
  command->field = field;
  command->value = g_strdup (value);
  return command;
}

PpCommand *
pp_command_add_post (const char   *unit_id,
                     guint         index,
                     const PpPost *post)
{
  PpCommand *command = command_new (PP_COMMAND_ADD_POST, unit_id);

  command->index = index;
  command->post = *post;
  command->post_id = g_strdup (post->id);
  command->post_title = g_strdup (post->title);
  return command;
}

PpCommand *
pp_command_remove_post (const char *unit_id,
                        guint       index)
{
  PpCommand *command = command_new (PP_COMMAND_REMOVE_POST, unit_id);

  command->index = index;
  return command;
}

PpCommand *
pp_command_add_unit (const char    *parent_id,
                     guint          place,
                     const char    *unit_id,
                     PpUnitType     type,
                     PpRegionLevel  level,
                     const char    *name)
{
  PpCommand *command = command_new (PP_COMMAND_ADD_UNIT, unit_id);

  command->parent_id = g_strdup (parent_id);
  command->index = place;
  command->type = type;
  command->level = type == PP_UNIT_REGION ? level : PP_REGION_NONE;
  command->name = g_strdup (name);
  return command;
}

PpCommand *
pp_command_delete_unit (const char *unit_id)
{
  return command_new (PP_COMMAND_DELETE_UNIT, unit_id);
}

PpCommand *
pp_command_move_unit (const char *unit_id,
                      const char *parent_id,
                      guint       place)
{
  PpCommand *command = command_new (PP_COMMAND_MOVE_UNIT, unit_id);

  command->parent_id = g_strdup (parent_id);
  command->index = place;
  return command;
}

/* Values ---------------------------------------------------------------- */

static gboolean
bad_value (GError     **error,
           const char  *value,
           const char  *expected)
{
  g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE,
               _("“%s” is not a valid value: %s"), value, expected);
  return FALSE;
}

static gboolean
parse_count (const char  *value,
             guint32     *out,
             GError     **error)
{
  guint64 number = 0;

  if (value == NULL || value[0] == '\0')
    return bad_value (error, value ? value : "", _("enter a whole number of 0 or more"));
  for (const char *s = value; *s; s++)
    {
      if (!g_ascii_isdigit (*s) || (number = number * 10 + (guint64) (*s - '0')) > PP_COUNT_MAX)
        return bad_value (error, value, _("enter a whole number from 0 to 2147483647"));
    }
  *out = (guint32) number;
  return TRUE;
}

static gboolean
parse_money (const char  *value,
             gint64      *out,
             GError     **error)
{
  gint64 number = 0;

  if (value == NULL || value[0] == '\0')
    return bad_value (error, value ? value : "", _("enter an amount in yuan"));
  for (const char *s = value; *s; s++)
    {
      if (!g_ascii_isdigit (*s) || (number = number * 10 + (*s - '0')) >= PP_MONEY_MAX)
        return bad_value (error, value, _("enter a whole number of yuan below 10^12"));
    }
  *out = number;
  return TRUE;
}

static gboolean
parse_flag (const char  *value,
            guint       *flags,
            guint        bit,
            GError     **error)
{
  if (g_strcmp0 (value, "true") == 0)
    *flags |= bit;
  else if (g_strcmp0 (value, "false") == 0)
    *flags &= ~bit;
  else
    return bad_value (error, value ? value : "", _("use true or false"));
  return TRUE;
}

static char *
flag_text (guint flags,
           guint bit)
{
  return g_strdup ((flags & bit) ? "true" : "false");
}

static const guint unit_flag_bits[] = {
  [PP_UNIT_FIELD_PUBLIC_INSTITUTION] = PP_UNIT_PUBLIC_INSTITUTION,
  [PP_UNIT_FIELD_PILOT] = PP_UNIT_PILOT,
  [PP_UNIT_FIELD_COUNTY_SEAT] = PP_UNIT_COUNTY_SEAT,
};

static char *
unit_field_text (PpUnit      *unit,
                 PpUnitField  field)
{
  switch (field)
    {
    case PP_UNIT_FIELD_NAME:
      return g_strdup (unit->name);
    case PP_UNIT_FIELD_TYPE:
      return g_strdup (pp_unit_type_to_string (unit->type));
    case PP_UNIT_FIELD_LEVEL:
      return g_strdup (pp_region_level_to_string (unit->level));
    case PP_UNIT_FIELD_PUBLIC_INSTITUTION:
    case PP_UNIT_FIELD_PILOT:
    case PP_UNIT_FIELD_COUNTY_SEAT:
      return flag_text (unit->flags, unit_flag_bits[field]);
    case PP_UNIT_FIELD_WORKERS:
    case PP_UNIT_FIELD_POPULATION:
    case PP_UNIT_FIELD_STUDENTS:
    case PP_UNIT_FIELD_RECIPIENTS:
      return g_strdup_printf ("%u", unit->drivers[field - PP_UNIT_FIELD_WORKERS]);
    case PP_N_UNIT_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
set_unit_field (PpPlan       *plan,
                PpUnit       *unit,
                PpUnitField   field,
                const char   *value,
                GError      **error)
{
  PpUnitType type;
  PpRegionLevel level = PP_REGION_NONE;
  guint flags = unit->flags;
  guint32 count;

  switch (field)
    {
    case PP_UNIT_FIELD_NAME:
      pp_plan_set_unit_name (plan, unit, value);
      return TRUE;
    case PP_UNIT_FIELD_TYPE:
      if (!pp_unit_type_from_string (value, &type))
        return bad_value (error, value ? value : "", _("choose one of the unit types"));
      if ((type == PP_UNIT_REGION) != (unit->level != PP_REGION_NONE))
        return bad_value (error, value, _("a region needs a level, and only a region has one: set the level too"));
      unit->type = type;
      return TRUE;
    case PP_UNIT_FIELD_LEVEL:
      if (value != NULL && value[0] != '\0' && !pp_region_level_from_string (value, &level))
        return bad_value (error, value, _("use province, city or county"));
      unit->level = level;
      return TRUE;
    case PP_UNIT_FIELD_PUBLIC_INSTITUTION:
    case PP_UNIT_FIELD_PILOT:
    case PP_UNIT_FIELD_COUNTY_SEAT:
      if (!parse_flag (value, &flags, unit_flag_bits[field], error))
        return FALSE;
      unit->flags = flags;
      return TRUE;
    case PP_UNIT_FIELD_WORKERS:
    case PP_UNIT_FIELD_POPULATION:
    case PP_UNIT_FIELD_STUDENTS:
    case PP_UNIT_FIELD_RECIPIENTS:
      if (!parse_count (value, &count, error))
        return FALSE;
      unit->drivers[field - PP_UNIT_FIELD_WORKERS] = count;
      return TRUE;
    case PP_N_UNIT_FIELDS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

static const guint post_flag_bits[] = {
  [PP_POST_FIELD_SOCIAL_WORK] = PP_POST_SOCIAL_WORK,
  [PP_POST_FIELD_SPECIAL] = PP_POST_SPECIAL,
  [PP_POST_FIELD_NEW] = PP_POST_NEW,
};

static char *
post_field_text (const PpPost *post,
                 PpPostField   field)
{
  switch (field)
    {
    case PP_POST_FIELD_TITLE:
      return g_strdup (post->title);
    case PP_POST_FIELD_CATEGORY:
      return g_strdup (pp_category_to_string (post->category));
    case PP_POST_FIELD_LEVEL:
      return post->level < 0 ? g_strdup ("") : g_strdup_printf ("%d", post->level);
    case PP_POST_FIELD_SOCIAL_WORK:
    case PP_POST_FIELD_SPECIAL:
    case PP_POST_FIELD_NEW:
      return flag_text (post->flags, post_flag_bits[field]);
    case PP_POST_FIELD_COUNT:
      return g_strdup_printf ("%u", post->count);
    case PP_POST_FIELD_FILLED:
      return g_strdup_printf ("%u", post->filled);
    case PP_POST_FIELD_GRADUATE_RESERVED:
      return g_strdup_printf ("%u", post->graduate_reserved);
    case PP_N_POST_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
set_post_field (PpPlan       *plan,
                PpPost       *post,
                PpPostField   field,
                const char   *value,
                GError      **error)
{
  PpPost changed = *post;
  PpCategory category = PP_CATEGORY_NONE;
  guint flags = post->flags;
  guint32 number;

  switch (field)
    {
    case PP_POST_FIELD_TITLE:
      pp_plan_set_post_title (plan, post, value);
      return TRUE;
    case PP_POST_FIELD_CATEGORY:
      if (value != NULL && value[0] != '\0' && !pp_category_from_string (value, &category))
        return bad_value (error, value, _("use management, professional or skilled"));
      changed.category = category;
      break;
    case PP_POST_FIELD_LEVEL:
      if (value == NULL || value[0] == '\0')
        changed.level = -1;
      else if (!parse_count (value, &number, error) || number > 13)
        return bad_value (error, value, _("levels run from 0 to 13"));
      else
        changed.level = number;
      break;
    case PP_POST_FIELD_SOCIAL_WORK:
    case PP_POST_FIELD_SPECIAL:
    case PP_POST_FIELD_NEW:
      if (!parse_flag (value, &flags, post_flag_bits[field], error))
        return FALSE;
      changed.flags = flags;
      break;
    case PP_POST_FIELD_COUNT:
    case PP_POST_FIELD_FILLED:
    case PP_POST_FIELD_GRADUATE_RESERVED:
      if (!parse_count (value, &number, error))
        return FALSE;
      if (field == PP_POST_FIELD_COUNT)
        changed.count = number;
      else if (field == PP_POST_FIELD_FILLED)
        changed.filled = number;
      else
        changed.graduate_reserved = number;
      break;
    case PP_N_POST_FIELDS:
    default:
      g_return_val_if_reached (FALSE);
    }

  if (!pp_post_validate (&changed, error))
    return FALSE;
  *post = changed;
  return TRUE;
}

static char *
plan_field_text (PpPlan      *plan,
                 PpPlanField  field)
{
  char date[11];

  switch (field)
    {
    case PP_PLAN_FIELD_TITLE:
      return g_strdup (pp_plan_get_title (plan));
    case PP_PLAN_FIELD_POLICY:
      return g_strdup (pp_plan_get_policy (plan));
    case PP_PLAN_FIELD_DATE:
      pp_date_format (pp_plan_get_date (plan), date);
      return g_strdup (date);
    case PP_N_PLAN_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
set_plan_field (PpPlan       *plan,
                PpPlanField   field,
                const char   *value,
                GError      **error)
{
  GDate date;

  switch (field)
    {
    case PP_PLAN_FIELD_TITLE:
      pp_plan_set_title (plan, value);
      return TRUE;
    case PP_PLAN_FIELD_POLICY:
      pp_plan_set_policy (plan, value);
      return TRUE;
    case PP_PLAN_FIELD_DATE:
      g_date_clear (&date, 1);
      if (value != NULL && value[0] != '\0' && !pp_date_parse (value, &date))
        return bad_value (error, value, _("write the date as YYYY-MM-DD"));
      pp_plan_set_date (plan, &date);
      return TRUE;
    case PP_N_PLAN_FIELDS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

static char *
staff_field_text (PpUnit        *unit,
                  const PpStaff *staff,
                  PpStaffField   field)
{
  switch (field)
    {
    case PP_STAFF_FIELD_POST:
      return g_strdup (unit->posts[staff->post].id);
    case PP_STAFF_FIELD_CERTIFICATE:
      return g_strdup (pp_certificate_to_string (staff->certificate));
    case PP_STAFF_FIELD_DIRECTED_CITY:
      return g_strdup (staff->directed_city ? staff->directed_city : "");
    case PP_STAFF_FIELD_NAME:
      return g_strdup (staff->name ? staff->name : "");
    case PP_N_STAFF_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
set_staff_field (PpPlan       *plan,
                 PpUnit       *unit,
                 PpStaff      *staff,
                 PpStaffField  field,
                 const char   *value,
                 GError      **error)
{
  PpCertificate certificate;
  PpPost *post;

  switch (field)
    {
    case PP_STAFF_FIELD_POST:
      if (value == NULL || !(post = pp_unit_find_post (unit, value)))
        return bad_value (error, value ? value : "", _("choose one of the unit’s own posts"));
      staff->post = post - unit->posts;
      return TRUE;
    case PP_STAFF_FIELD_CERTIFICATE:
      if (!pp_certificate_from_string (value, &certificate))
        return bad_value (error, value ? value : "", _("use none, worker, assistant, intermediate or senior"));
      staff->certificate = certificate;
      return TRUE;
    case PP_STAFF_FIELD_DIRECTED_CITY:
      pp_staff_set_directed_city (plan, staff, value);
      return TRUE;
    case PP_STAFF_FIELD_NAME:
      pp_staff_set_name (plan, staff, value);
      return TRUE;
    case PP_N_STAFF_FIELDS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

static gint64 *
project_amount (PpProject      *project,
                PpProjectField  field)
{
  switch (field)
    {
    case PP_PROJECT_FIELD_FUNDS:
      return &project->funds;
    case PP_PROJECT_FIELD_LABOUR:
      return &project->labour;
    case PP_PROJECT_FIELD_OVERHEAD:
      return &project->overhead;
    case PP_PROJECT_FIELD_SUPERVISION:
      return &project->supervision;
    default:
      return NULL;
    }
}

static gboolean
set_project_field (PpProject      *project,
                   PpProjectField  field,
                   const char     *value,
                   GError        **error)
{
  PpField service = PP_FIELD_NONE;
  guint32 years;

  if (project_amount (project, field) != NULL)
    return parse_money (value, project_amount (project, field), error);
  if (field == PP_PROJECT_FIELD_FIELD)
    {
      if (value != NULL && value[0] != '\0' && !pp_field_from_string (value, &service))
        return bad_value (error, value, _("choose one of the service fields"));
      project->field = service;
      return TRUE;
    }
  if (!parse_count (value, &years, error))
    return FALSE;
  project->cycle_years = years;
  return TRUE;
}

/* Keeps a copy of a value being replaced, for going back. */
static void
remember (PpCommand *command,
          char      *old)
{
  g_free (command->old_value);
  command->old_value = old;
}

static gboolean
apply_staff (PpCommand  *command,
             PpPlan     *plan,
             PpUnit     *unit,
             gboolean    forward,
             GError    **error)
{
  PpStaff *staff;

  if ((command->kind == PP_COMMAND_ADD_STAFF) == forward)
    {
      if (command->index > unit->n_staff)
        return bad_value (error, "", _("the place for the staff record no longer exists"));
      if (!(staff = pp_unit_insert_staff (plan, unit, command->index, command->staff_id, command->staff_post, error)))
        return FALSE;
      if (command->kind == PP_COMMAND_REMOVE_STAFF)
        {
          /* Back as it was, training included. */
          staff->certificate = command->staff.certificate;
          pp_staff_set_directed_city (plan, staff, command->staff_city);
          pp_staff_set_name (plan, staff, command->staff_name);
          for (guint t = 0; command->old_training && t < command->old_training->len; t++)
            {
              PpTraining *entry = &g_array_index (command->old_training, PpTraining, t);
              pp_staff_add_training (staff, entry->year, entry->hours, NULL);
            }
        }
      return TRUE;
    }

  if (command->index >= unit->n_staff)
    return bad_value (error, "", _("the staff record no longer exists"));
  staff = &unit->staff[command->index];
  if (command->kind == PP_COMMAND_REMOVE_STAFF)
    {
      command->staff = *staff;
      g_free (command->staff_id);
      g_free (command->staff_post);
      g_free (command->staff_city);
      g_free (command->staff_name);
      command->staff_id = g_strdup (staff->id);
      command->staff_post = g_strdup (unit->posts[staff->post].id);
      command->staff_city = g_strdup (staff->directed_city);
      command->staff_name = g_strdup (staff->name);
      g_clear_pointer (&command->old_training, g_array_unref);
      command->old_training = g_array_new (FALSE, FALSE, sizeof (PpTraining));
      g_array_append_vals (command->old_training, staff->training, staff->n_training);
    }
  pp_unit_remove_staff (plan, unit, command->index);
  return TRUE;
}

static gboolean
apply_training (PpCommand  *command,
                PpPlan     *plan,
                PpUnit     *unit,
                gboolean    forward,
                GError    **error)
{
  PpStaff *staff;
  guint32 hours = 0;
  gboolean remove;
  guint i;

  if (command->index >= unit->n_staff)
    return bad_value (error, "", _("the staff record no longer exists"));
  staff = &unit->staff[command->index];

  if (!forward)
    {
      g_free (staff->training);
      staff->n_training = command->old_training->len;
      staff->training = g_memdup2 (command->old_training->data, staff->n_training * sizeof (PpTraining));
      return TRUE;
    }

  remove = command->value == NULL || command->value[0] == '\0';
  if (!remove && !parse_count (command->value, &hours, error))
    return FALSE;
  if (command->year < PP_YEAR_MIN || command->year > PP_YEAR_MAX)
    return bad_value (error, "", _("give a year between 1949 and 2999"));

  g_clear_pointer (&command->old_training, g_array_unref);
  command->old_training = g_array_new (FALSE, FALSE, sizeof (PpTraining));
  g_array_append_vals (command->old_training, staff->training, staff->n_training);

  for (i = 0; i < staff->n_training; i++)
    if (staff->training[i].year == command->year)
      break;
  if (i < staff->n_training && remove)
    {
      memmove (&staff->training[i], &staff->training[i + 1], (staff->n_training - i - 1) * sizeof (PpTraining));
      staff->n_training--;
    }
  else if (i < staff->n_training)
    staff->training[i].hours = hours;
  else if (!remove)
    return pp_staff_add_training (staff, command->year, hours, error);
  return TRUE;
}

/* Applying -------------------------------------------------------------- */

static gboolean
no_unit (const char  *id,
         GError     **error)
{
  g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_REFERENCE,
               _("The plan has no unit “%s”: it may have been deleted"), id ? id : "");
  return FALSE;
}

static gboolean
find_parent (PpPlan      *plan,
             const char  *id,
             PpUnit     **parent,
             GError     **error)
{
  *parent = NULL;
  if (id == NULL)
    return TRUE;
  *parent = pp_plan_find_unit (plan, id);
  return *parent != NULL || no_unit (id, error);
}

PpUnit *
pp_command_get_unit (PpCommand *command,
                     PpPlan    *plan)
{
  switch (command->kind)
    {
    case PP_COMMAND_SET_UNIT:
      /* A renamed city changes what its descendants' certificates say;
       * the check re-checks a unit's subtree after an edit. */
    case PP_COMMAND_SET_POST:
    case PP_COMMAND_ADD_POST:
    case PP_COMMAND_REMOVE_POST:
    case PP_COMMAND_POST_GROUP:
      return pp_plan_find_unit (plan, command->unit_id);
    case PP_COMMAND_ADD_STAFF:
    case PP_COMMAND_REMOVE_STAFF:
    case PP_COMMAND_SET_STAFF:
    case PP_COMMAND_SET_TRAINING:
    case PP_COMMAND_SET_PROJECT:
      return pp_plan_find_unit (plan, command->unit_id);
    case PP_COMMAND_SET_PLAN:
    case PP_COMMAND_ADD_OVERRIDE:
    case PP_COMMAND_REMOVE_OVERRIDE:
    case PP_COMMAND_ADD_UNIT:
    case PP_COMMAND_DELETE_UNIT:
    case PP_COMMAND_MOVE_UNIT:
    default:
      return NULL;
    }
}

PpRewrite
pp_command_get_rewrite (PpCommand *command)
{
  switch (command->kind)
    {
    case PP_COMMAND_SET_PLAN:
      return PP_REWRITE_PLAN;
    case PP_COMMAND_ADD_OVERRIDE:
    case PP_COMMAND_REMOVE_OVERRIDE:
      return PP_REWRITE_OVERRIDES;
    case PP_COMMAND_SET_UNIT:
      return PP_REWRITE_UNIT;
    case PP_COMMAND_SET_POST:
      return PP_REWRITE_POST;
    case PP_COMMAND_ADD_STAFF:
    case PP_COMMAND_REMOVE_STAFF:
    case PP_COMMAND_SET_STAFF:
    case PP_COMMAND_SET_TRAINING:
      return PP_REWRITE_STAFF;
    case PP_COMMAND_SET_PROJECT:
      return PP_REWRITE_PROJECT;
    case PP_COMMAND_POST_GROUP:
      return PP_REWRITE_POSTS;
    case PP_COMMAND_ADD_POST:
    case PP_COMMAND_REMOVE_POST:
    case PP_COMMAND_ADD_UNIT:
    case PP_COMMAND_DELETE_UNIT:
    case PP_COMMAND_MOVE_UNIT:
    default:
      return PP_REWRITE_TREE;
    }
}

gboolean
pp_command_apply_to_plan (PpCommand  *command,
                          PpPlan     *plan,
                          gboolean    forward,
                          GError    **error)
{
  PpUnit *unit = command->unit_id ? pp_plan_find_unit (plan, command->unit_id) : NULL;
  PpUnit *parent;
  char *old;

  switch (command->kind)
    {
    case PP_COMMAND_POST_GROUP:
      return apply_group (command, plan, forward, error);

    case PP_COMMAND_SET_PLAN:
      old = plan_field_text (plan, command->field);
      if (!set_plan_field (plan, command->field, forward ? command->value : command->old_value, error))
        {
          g_free (old);
          return FALSE;
        }
      if (forward)
        remember (command, old);
      else
        g_free (old);
      return TRUE;

    case PP_COMMAND_ADD_OVERRIDE:
    case PP_COMMAND_REMOVE_OVERRIDE:
      {
        GPtrArray *overrides = pp_plan_get_overrides (plan);

        if ((command->kind == PP_COMMAND_ADD_OVERRIDE) == forward)
          {
            if (command->index > overrides->len)
              return bad_value (error, "", _("the place for the override no longer exists"));
            pp_plan_add_override (plan, command->rule, command->param, command->value);
            g_ptr_array_insert (overrides, command->index,
                                g_ptr_array_steal_index (overrides, overrides->len - 1));
            return TRUE;
          }
        if (command->index >= overrides->len)
          return bad_value (error, "", _("the override no longer exists"));
        if (command->kind == PP_COMMAND_REMOVE_OVERRIDE)
          {
            PpOverride *override = g_ptr_array_index (overrides, command->index);
            g_free (command->rule);
            g_free (command->param);
            g_free (command->value);
            command->rule = g_strdup (override->rule);
            command->param = g_strdup (override->param);
            command->value = g_strdup (override->value);
          }
        g_ptr_array_remove_index (overrides, command->index);
        return TRUE;
      }

    case PP_COMMAND_ADD_STAFF:
    case PP_COMMAND_REMOVE_STAFF:
      if (unit == NULL)
        return no_unit (command->unit_id, error);
      return apply_staff (command, plan, unit, forward, error);

    case PP_COMMAND_SET_STAFF:
      if (unit == NULL)
        return no_unit (command->unit_id, error);
      if (command->index >= unit->n_staff)
        return bad_value (error, "", _("the staff record no longer exists"));
      old = staff_field_text (unit, &unit->staff[command->index], command->field);
      if (!set_staff_field (plan, unit, &unit->staff[command->index], command->field,
                            forward ? command->value : command->old_value, error))
        {
          g_free (old);
          return FALSE;
        }
      if (forward)
        remember (command, old);
      else
        g_free (old);
      return TRUE;

    case PP_COMMAND_SET_TRAINING:
      if (unit == NULL)
        return no_unit (command->unit_id, error);
      return apply_training (command, plan, unit, forward, error);

    case PP_COMMAND_SET_PROJECT:
      if (unit == NULL)
        return no_unit (command->unit_id, error);
      if (unit->type != PP_UNIT_PURCHASED_PROJECT)
        return bad_value (error, "", _("only a purchased-project unit has a budget"));
      if (!forward)
        {
          if (command->had_project)
            *unit->project = command->old_project;
          else
            g_clear_pointer (&unit->project, g_free);
          return TRUE;
        }
      {
        PpProject changed = unit->project ? *unit->project : (PpProject) { 0 };

        if (!set_project_field (&changed, command->field, command->value, error))
          return FALSE;
        command->had_project = unit->project != NULL;
        if (unit->project != NULL)
          command->old_project = *unit->project;
        *pp_unit_ensure_project (unit) = changed;
      }
      return TRUE;

    case PP_COMMAND_SET_UNIT:
      if (unit == NULL)
        return no_unit (command->unit_id, error);
      old = unit_field_text (unit, command->field);
      if (!set_unit_field (plan, unit, command->field, forward ? command->value : command->old_value, error))
        {
          g_free (old);
          return FALSE;
        }
      if (forward)
        g_free (command->old_value), command->old_value = old;
      else
        g_free (old);
      return TRUE;

    case PP_COMMAND_SET_POST:
      if (unit == NULL)
        return no_unit (command->unit_id, error);
      if (command->index >= unit->n_posts)
        return bad_value (error, "", _("the post line no longer exists"));
      old = post_field_text (&unit->posts[command->index], command->field);
      if (!set_post_field (plan, &unit->posts[command->index], command->field,
                           forward ? command->value : command->old_value, error))
        {
          g_free (old);
          return FALSE;
        }
      if (forward)
        g_free (command->old_value), command->old_value = old;
      else
        g_free (old);
      return TRUE;

    case PP_COMMAND_ADD_POST:
    case PP_COMMAND_REMOVE_POST:
      if (unit == NULL)
        return no_unit (command->unit_id, error);
      if ((command->kind == PP_COMMAND_ADD_POST) == forward)
        {
          PpPost post = command->post;

          post.id = command->post_id;
          post.title = command->post_title;
          if (command->index > unit->n_posts)
            return bad_value (error, "", _("the place for the post line no longer exists"));
          return pp_unit_insert_post (plan, unit, command->index, &post, error) != NULL;
        }
      if (command->index >= unit->n_posts)
        return bad_value (error, "", _("the post line no longer exists"));
      /* Keep the line so that it can come back exactly. */
      command->post = unit->posts[command->index];
      g_free (command->post_id);
      g_free (command->post_title);
      command->post_id = g_strdup (unit->posts[command->index].id);
      command->post_title = g_strdup (unit->posts[command->index].title);
      return pp_unit_remove_post (plan, unit, command->index, error);

    case PP_COMMAND_ADD_UNIT:
      if (!forward)
        {
          if (unit == NULL)
            return no_unit (command->unit_id, error);
          g_ptr_array_unref (pp_plan_remove_subtree (plan, unit));
          return TRUE;
        }
      if (!find_parent (plan, command->parent_id, &parent, error))
        return FALSE;
      if (!(unit = pp_plan_add_unit (plan, parent, command->unit_id, command->type, command->name, error)))
        return FALSE;
      unit->level = command->level;
      if (!pp_plan_move_unit (plan, unit, parent, command->index, error))
        return FALSE;
      /* The place it really took, if the one asked for was past the end. */
      command->index = pp_unit_get_place (plan, unit);
      return TRUE;

    case PP_COMMAND_DELETE_UNIT:
      if (forward)
        {
          if (unit == NULL)
            return no_unit (command->unit_id, error);
          g_free (command->old_parent_id);
          command->old_parent_id = g_strdup (unit->parent ? unit->parent->id : NULL);
          command->old_place = pp_unit_get_place (plan, unit);
          g_clear_pointer (&command->subtree, g_ptr_array_unref);
          command->subtree = pp_plan_remove_subtree (plan, unit);
          return TRUE;
        }
      if (!find_parent (plan, command->old_parent_id, &parent, error) ||
          !pp_plan_insert_subtree (plan, parent, command->old_place, command->subtree, error))
        return FALSE;
      g_clear_pointer (&command->subtree, g_ptr_array_unref);
      return TRUE;

    case PP_COMMAND_MOVE_UNIT:
      if (unit == NULL)
        return no_unit (command->unit_id, error);
      if (forward)
        {
          g_free (command->old_parent_id);
          command->old_parent_id = g_strdup (unit->parent ? unit->parent->id : NULL);
          command->old_place = pp_unit_get_place (plan, unit);
          if (!find_parent (plan, command->parent_id, &parent, error) ||
              !pp_plan_move_unit (plan, unit, parent, command->index, error))
            return FALSE;
          command->index = pp_unit_get_place (plan, unit);
          return TRUE;
        }
      return find_parent (plan, command->old_parent_id, &parent, error) &&
             pp_plan_move_unit (plan, unit, parent, command->old_place, error);

    default:
      g_return_val_if_reached (FALSE);
    }
}
