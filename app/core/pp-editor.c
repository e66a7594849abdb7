/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-editor.c: applying commands to the model and the library together.
 *
 * Each apply is one BEGIN IMMEDIATE transaction: the model changes first
 * (which validates the command and records what it replaces), then the
 * rows it touched are written; if anything fails the transaction rolls
 * back and the command is applied backwards to the model, so that both
 * are as they were. */

#define G_LOG_DOMAIN "pp-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-command-private.h"
#include "pp-date.h"
#include "pp-library-private.h"

struct _PpEditor
{
  GObject    parent_instance;
  PpLibrary *library;
  gint64     plan_id;
  PpPlan    *plan;
  PpCheck   *check;
  GPtrArray *undo;   /* PpCommand, oldest first */
  GPtrArray *redo;
};

G_DEFINE_FINAL_TYPE (PpEditor, pp_editor, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
pp_editor_finalize (GObject *object)
{
  PpEditor *self = (PpEditor *) object;

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_object (&self->check);
  g_clear_object (&self->plan);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (pp_editor_parent_class)->finalize (object);
}

static void
pp_editor_class_init (PpEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pp_editor_finalize;

  /**
   * PpEditor::changed:
   * @unit: (nullable): the unit whose own fields or lines changed, or
   *   %NULL when the tree or the plan changed
   *
   * Emitted after a command, an undo or a redo was applied.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
pp_editor_init (PpEditor *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_command_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_command_free);
}

PpEditor *
pp_editor_new (PpLibrary  *library,
               gint64      plan_id,
               GError    **error)
{
  g_autoptr(PpEditor) self = NULL;
  PpPlan *plan;

  g_return_val_if_fail (PP_IS_LIBRARY (library), NULL);

  if (!(plan = pp_library_load_plan (library, plan_id, error)))
    return NULL;

  self = g_object_new (PP_TYPE_EDITOR, NULL);
  self->library = g_object_ref (library);
  self->plan_id = plan_id;
  self->plan = plan;
  return g_steal_pointer (&self);
}

PpPlan *
pp_editor_get_plan (PpEditor *self)
{
  g_return_val_if_fail (PP_IS_EDITOR (self), NULL);
  return self->plan;
}

gint64
pp_editor_get_plan_id (PpEditor *self)
{
  g_return_val_if_fail (PP_IS_EDITOR (self), 0);
  return self->plan_id;
}

void
pp_editor_set_check (PpEditor *self,
                     PpCheck  *check)
{
  g_return_if_fail (PP_IS_EDITOR (self));
  g_set_object (&self->check, check);
}

PpCheck *
pp_editor_get_check (PpEditor *self)
{
  g_return_val_if_fail (PP_IS_EDITOR (self), NULL);
  return self->check;
}

gboolean
pp_editor_can_undo (PpEditor *self)
{
  g_return_val_if_fail (PP_IS_EDITOR (self), FALSE);
  return self->undo->len > 0;
}

gboolean
pp_editor_can_redo (PpEditor *self)
{
  g_return_val_if_fail (PP_IS_EDITOR (self), FALSE);
  return self->redo->len > 0;
}

/* Rows ------------------------------------------------------------------ */

static PpSqliteConnection *
connection (PpEditor *self)
{
  return pp_library_get_connection (self->library);
}

static gboolean
unit_uid (PpEditor    *self,
          const char  *xml_id,
          gint64      *uid,
          GError     **error)
{
  g_autoptr(PpSqliteStatement) stmt = NULL;
  gboolean row;

  *uid = 0;
  if (xml_id == NULL)
    return TRUE;
  if (!(stmt = pp_sqlite_connection_prepare (connection (self),
          "SELECT id FROM units WHERE plan = ? AND xml_id = ?", error)) ||
      !pp_sqlite_statement_bind_int64 (stmt, 1, self->plan_id, error) ||
      !pp_sqlite_statement_bind_text (stmt, 2, xml_id, error) ||
      !pp_sqlite_statement_step (stmt, &row, error))
    return FALSE;
  if (!row)
    {
      g_set_error (error, PP_SQLITE_ERROR, SQLITE_CORRUPT,
                   "the library has no unit %s for this plan", xml_id);
      return FALSE;
    }
  *uid = pp_sqlite_statement_get_int64 (stmt, 0);
  return TRUE;
}

/* Runs sql with up to three integer parameters. */
static gboolean
run (PpEditor    *self,
     const char  *sql,
     GError     **error,
     int          n,
     ...)
{
  g_autoptr(PpSqliteStatement) stmt = pp_sqlite_connection_prepare (connection (self), sql, error);
  va_list args;
  gboolean ok = stmt != NULL;

  va_start (args, n);
  for (int i = 0; ok && i < n; i++)
    ok = pp_sqlite_statement_bind_int64 (stmt, i + 1, va_arg (args, gint64), error);
  va_end (args);
  return ok && pp_sqlite_statement_run (stmt, error);
}

static gboolean
write_unit (PpEditor  *self,
            PpUnit    *unit,
            GError   **error)
{
  g_autoptr(PpSqliteStatement) stmt = NULL;
  gint64 uid;

  if (!unit_uid (self, unit->id, &uid, error) ||
      !(stmt = pp_sqlite_connection_prepare (connection (self),
          "UPDATE units SET type = ?, level = ?, name = ?, flags = ?, workers = ?, population = ?,"
          " students = ?, recipients = ? WHERE id = ?", error)) ||
      !pp_sqlite_statement_bind_text (stmt, 1, pp_unit_type_to_string (unit->type), error) ||
      !pp_sqlite_statement_bind_text (stmt, 2, unit->level ? pp_region_level_to_string (unit->level) : NULL,
                                      error) ||
      !pp_sqlite_statement_bind_text (stmt, 3, unit->name, error) ||
      !pp_sqlite_statement_bind_int64 (stmt, 4, unit->flags, error))
    return FALSE;
  for (guint d = 0; d < PP_N_DRIVERS; d++)
    if (!pp_sqlite_statement_bind_int64 (stmt, 5 + d, unit->drivers[d], error))
      return FALSE;
  return pp_sqlite_statement_bind_int64 (stmt, 9, uid, error) && pp_sqlite_statement_run (stmt, error);
}

static gboolean
bind_post (PpSqliteStatement  *stmt,
           const PpPost       *post,
           GError            **error)
{
  return pp_sqlite_statement_bind_text (stmt, 1, post->id, error) &&
         pp_sqlite_statement_bind_text (stmt, 2, post->title, error) &&
         pp_sqlite_statement_bind_text (stmt, 3, post->category ? pp_category_to_string (post->category) : NULL,
                                        error) &&
         (post->level >= 0 ? pp_sqlite_statement_bind_int64 (stmt, 4, post->level, error)
                           : pp_sqlite_statement_bind_text (stmt, 4, NULL, error)) &&
         pp_sqlite_statement_bind_int64 (stmt, 5, post->flags, error) &&
         pp_sqlite_statement_bind_int64 (stmt, 6, post->count, error) &&
         pp_sqlite_statement_bind_int64 (stmt, 7, post->filled, error) &&
         pp_sqlite_statement_bind_int64 (stmt, 8, post->graduate_reserved, error);
}

static gboolean
write_post (PpEditor  *self,
            PpUnit    *unit,
            guint      index,
            gboolean   insert,
            GError   **error)
{
  g_autoptr(PpSqliteStatement) stmt = NULL;
  gint64 uid;

  if (!unit_uid (self, unit->id, &uid, error))
    return FALSE;

  /* Make room, or close the gap: positions are the primary key, so they
   * move through negative values to never collide. */
  if (insert &&
      (!run (self, "UPDATE posts SET position = -position - 1 WHERE unit = ? AND position >= ?", error, 2,
             uid, (gint64) index) ||
       !run (self, "UPDATE posts SET position = -position WHERE unit = ? AND position < 0", error, 1, uid)))
    return FALSE;

  stmt = pp_sqlite_connection_prepare (connection (self),
                                       insert ? "INSERT INTO posts (xml_id, title, category, level, flags, count,"
                                                " filled, graduate_reserved, unit, position)"
                                                " VALUES (?,?,?,?,?,?,?,?,?,?)"
                                              : "UPDATE posts SET xml_id = ?, title = ?, category = ?, level = ?,"
                                                " flags = ?, count = ?, filled = ?, graduate_reserved = ?"
                                                " WHERE unit = ? AND position = ?", error);
  return stmt != NULL && bind_post (stmt, &unit->posts[index], error) &&
         pp_sqlite_statement_bind_int64 (stmt, 9, uid, error) &&
         pp_sqlite_statement_bind_int64 (stmt, 10, index, error) &&
         pp_sqlite_statement_run (stmt, error);
}

/* Every line of the unit, written afresh: after a group of edits the
 * positions of many lines may have moved. Staff name their post by id, so
 * they stay as they are. */
static gboolean
write_posts (PpEditor  *self,
             PpUnit    *unit,
             GError   **error)
{
  gint64 uid;

  if (!unit_uid (self, unit->id, &uid, error) || !run (self, "DELETE FROM posts WHERE unit = ?", error, 1, uid))
    return FALSE;
  for (guint i = 0; i < unit->n_posts; i++)
    if (!write_post (self, unit, i, TRUE, error))
      return FALSE;
  return TRUE;
}

static gboolean
delete_post (PpEditor    *self,
             const char  *unit_id,
             guint        index,
             GError     **error)
{
  gint64 uid;

  return unit_uid (self, unit_id, &uid, error) &&
         run (self, "DELETE FROM posts WHERE unit = ? AND position = ?", error, 2, uid, (gint64) index) &&
         run (self, "UPDATE posts SET position = -position WHERE unit = ? AND position > ?", error, 2,
              uid, (gint64) index) &&
         run (self, "UPDATE posts SET position = -position - 1 WHERE unit = ? AND position < 0", error, 1, uid);
}

/* Opens (+1) or closes (-1) a place among a parent's children. */
static gboolean
shift_siblings (PpEditor  *self,
                gint64     parent_uid,
                guint      place,
                int        delta,
                GError   **error)
{
  if (parent_uid > 0)
    return run (self, delta > 0 ? "UPDATE units SET position = position + 1 WHERE parent = ? AND position >= ?"
                                : "UPDATE units SET position = position - 1 WHERE parent = ? AND position > ?",
                error, 2, parent_uid, (gint64) place);
  return run (self, delta > 0
                      ? "UPDATE units SET position = position + 1 WHERE plan = ? AND parent IS NULL AND position >= ?"
                      : "UPDATE units SET position = position - 1 WHERE plan = ? AND parent IS NULL AND position > ?",
              error, 2, self->plan_id, (gint64) place);
}

static gboolean
insert_unit_rows (PpEditor  *self,
                  PpUnit    *unit,
                  GError   **error)
{
  GPtrArray *all = pp_plan_get_units (self->plan);
  g_autoptr(GPtrArray) subtree = g_ptr_array_new ();
  guint place = pp_plan_get_n_roots (self->plan) ? pp_unit_get_place (self->plan, unit) : 0;
  gint64 parent_uid;

  for (guint i = unit->index; i < all->len; i++)
    {
      PpUnit *u = g_ptr_array_index (all, i);
      if (i > unit->index && u->depth <= unit->depth)
        break;
      g_ptr_array_add (subtree, u);
    }

  return unit_uid (self, unit->parent ? unit->parent->id : NULL, &parent_uid, error) &&
         shift_siblings (self, parent_uid, place, +1, error) &&
         pp_library_insert_units (self->library, self->plan, self->plan_id, subtree, parent_uid, place, error);
}

static gboolean
delete_unit_rows (PpEditor    *self,
                  const char  *unit_id,
                  const char  *parent_id,
                  guint        place,
                  GError     **error)
{
  gint64 uid, parent_uid;

  /* Descendants, lines, staff and training go by cascade. */
  return unit_uid (self, unit_id, &uid, error) &&
         unit_uid (self, parent_id, &parent_uid, error) &&
         run (self, "DELETE FROM units WHERE id = ?", error, 1, uid) &&
         shift_siblings (self, parent_uid, place, -1, error);
}

static gboolean
move_unit_rows (PpEditor    *self,
                PpUnit      *unit,
                const char  *old_parent_id,
                guint        old_place,
                GError     **error)
{
  gint64 uid, old_parent, new_parent;
  guint place = pp_unit_get_place (self->plan, unit);

  if (!unit_uid (self, unit->id, &uid, error) ||
      !unit_uid (self, old_parent_id, &old_parent, error) ||
      !unit_uid (self, unit->parent ? unit->parent->id : NULL, &new_parent, error))
    return FALSE;

  /* Out of its old place first, as the model does, then into the new. */
  return run (self, "UPDATE units SET position = -1 WHERE id = ?", error, 1, uid) &&
         shift_siblings (self, old_parent, old_place, -1, error) &&
         shift_siblings (self, new_parent, place, +1, error) &&
         (new_parent > 0 ? run (self, "UPDATE units SET parent = ?, position = ? WHERE id = ?", error, 3,
                                new_parent, (gint64) place, uid)
                         : run (self, "UPDATE units SET parent = NULL, position = ? WHERE id = ?", error, 2,
                                (gint64) place, uid));
}

static gboolean
write_plan_row (PpEditor  *self,
                GError   **error)
{
  g_autoptr(PpSqliteStatement) stmt = NULL;
  char date[11];

  pp_date_format (pp_plan_get_date (self->plan), date);
  return (stmt = pp_sqlite_connection_prepare (connection (self),
            "UPDATE plans SET title = ?, policy = ?, date = ? WHERE id = ?", error)) &&
         pp_sqlite_statement_bind_text (stmt, 1, pp_plan_get_title (self->plan), error) &&
         pp_sqlite_statement_bind_text (stmt, 2, pp_plan_get_policy (self->plan), error) &&
         pp_sqlite_statement_bind_text (stmt, 3, date[0] ? date : NULL, error) &&
         pp_sqlite_statement_bind_int64 (stmt, 4, self->plan_id, error) &&
         pp_sqlite_statement_run (stmt, error);
}

static gboolean
write_overrides (PpEditor  *self,
                 GError   **error)
{
  GPtrArray *overrides = pp_plan_get_overrides (self->plan);
  g_autoptr(PpSqliteStatement) stmt = NULL;

  if (!run (self, "DELETE FROM overrides WHERE plan = ?", error, 1, self->plan_id) ||
      !(stmt = pp_sqlite_connection_prepare (connection (self),
          "INSERT INTO overrides (plan, position, rule, param, value) VALUES (?,?,?,?,?)", error)))
    return FALSE;
  for (guint i = 0; i < overrides->len; i++)
    {
      PpOverride *override = g_ptr_array_index (overrides, i);

      if (!pp_sqlite_statement_bind_int64 (stmt, 1, self->plan_id, error) ||
          !pp_sqlite_statement_bind_int64 (stmt, 2, i, error) ||
          !pp_sqlite_statement_bind_text (stmt, 3, override->rule, error) ||
          !pp_sqlite_statement_bind_text (stmt, 4, override->param, error) ||
          !pp_sqlite_statement_bind_text (stmt, 5, override->value, error) ||
          !pp_sqlite_statement_run (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* A unit's staff are few: any change to them rewrites them all, with
 * their training (gone by cascade, written again). */
static gboolean
write_staff (PpEditor  *self,
             PpUnit    *unit,
             GError   **error)
{
  gint64 uid;

  return unit_uid (self, unit->id, &uid, error) &&
         run (self, "DELETE FROM staff WHERE unit = ?", error, 1, uid) &&
         pp_library_write_staff (self->library, unit, uid, error);
}

static gboolean
write_project (PpEditor  *self,
               PpUnit    *unit,
               GError   **error)
{
  gint64 uid;

  return unit_uid (self, unit->id, &uid, error) &&
         run (self, "DELETE FROM projects WHERE unit = ?", error, 1, uid) &&
         pp_library_write_project (self->library, unit, uid, error);
}

static gboolean
write_tree (PpEditor   *self,
            PpCommand  *command,
            PpUnit     *unit,
            gboolean    forward,
            GError    **error)
{
  switch (command->kind)
    {
    case PP_COMMAND_ADD_POST:
    case PP_COMMAND_REMOVE_POST:
      return ((command->kind == PP_COMMAND_ADD_POST) == forward)
               ? write_post (self, unit, command->index, TRUE, error)
               : delete_post (self, command->unit_id, command->index, error);

    case PP_COMMAND_ADD_UNIT:
      return forward ? insert_unit_rows (self, unit, error)
                     : delete_unit_rows (self, command->unit_id, command->parent_id, command->index, error);

    case PP_COMMAND_DELETE_UNIT:
      return forward ? delete_unit_rows (self, command->unit_id, command->old_parent_id, command->old_place, error)
                     : insert_unit_rows (self, unit, error);

    case PP_COMMAND_MOVE_UNIT:
      return move_unit_rows (self, unit,
                             forward ? command->old_parent_id : command->parent_id,
                             forward ? command->old_place : command->index, error);

    default:
      g_return_val_if_reached (FALSE);
    }
}

static gboolean
write_rows (PpEditor   *self,
            PpCommand  *command,
            gboolean    forward,
            PpCheck    *checked,
            GError    **error)
{
  g_autoptr(PpSqliteStatement) stmt = NULL;
  g_autoptr(GDateTime) time = NULL;
  PpUnit *unit = command->unit_id ? pp_plan_find_unit (self->plan, command->unit_id) : NULL;
  g_autofree char *now = NULL;
  gboolean ok;

  switch (pp_command_get_rewrite (command))
    {
    case PP_REWRITE_PLAN:
      ok = write_plan_row (self, error);
      break;
    case PP_REWRITE_OVERRIDES:
      ok = write_overrides (self, error);
      break;
    case PP_REWRITE_UNIT:
      ok = write_unit (self, unit, error);
      break;
    case PP_REWRITE_POST:
      ok = write_post (self, unit, command->index, FALSE, error);
      break;
    case PP_REWRITE_STAFF:
      ok = write_staff (self, unit, error);
      break;
    case PP_REWRITE_PROJECT:
      ok = write_project (self, unit, error);
      break;
    case PP_REWRITE_POSTS:
      ok = write_posts (self, unit, error);
      break;
    case PP_REWRITE_TREE:
    default:
      ok = write_tree (self, command, unit, forward, error);
      break;
    }
  if (!ok)
    return FALSE;

  time = g_date_time_new_now_utc ();
  now = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
  /* The counts of the check as it now reads travel with the change, so
   * that the library view never shows a stale summary. */
  if (!(stmt = pp_sqlite_connection_prepare (connection (self),
                                             "UPDATE plans SET modified = ?, check_fails = ?, check_warns = ?"
                                             " WHERE id = ?",
                                             error)) ||
      !pp_sqlite_statement_bind_text (stmt, 1, now, error) ||
      !(checked == NULL
          ? pp_sqlite_statement_bind_text (stmt, 2, NULL, error) && pp_sqlite_statement_bind_text (stmt, 3, NULL, error)
          : pp_sqlite_statement_bind_int64 (stmt, 2, pp_check_get_count (checked, PP_STATUS_FAIL), error) &&
            pp_sqlite_statement_bind_int64 (stmt, 3, pp_check_get_count (checked, PP_STATUS_WARN), error)) ||
      !pp_sqlite_statement_bind_int64 (stmt, 4, self->plan_id, error))
    return FALSE;
  return pp_sqlite_statement_run (stmt, error);
}

/* Applying -------------------------------------------------------------- */

/* Brings the check up to date with the plan as it now reads: the unit
 * the command touched, or the whole plan when it changed the tree. */
static void
refresh_check (PpEditor  *self,
               PpCommand *command)
{
  PpUnit *unit;

  if (self->check == NULL)
    return;
  unit = pp_command_get_unit (command, self->plan);
  if (unit != NULL)
    pp_check_update_unit (self->check, unit);
  else
    pp_check_run (self->check);
}

static gboolean
transact (PpEditor   *self,
          PpCommand  *command,
          gboolean    forward,
          GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PpCheck) replacement = NULL;
  PpSqliteConnection *db = connection (self);

  if (!pp_library_check_writable (self->library, error))
    return FALSE;

  if (!pp_command_apply_to_plan (command, self->plan, forward, error))
    return FALSE;

  /* The policy, the date and the overrides decide which rules apply and
   * how: the plan as it now reads must still check, or the change is
   * refused (an override of an unknown rule, a bad value). */
  if ((pp_command_get_rewrite (command) == PP_REWRITE_PLAN && command->field != PP_PLAN_FIELD_TITLE) ||
      pp_command_get_rewrite (command) == PP_REWRITE_OVERRIDES)
    {
      replacement = pp_check_new_for_plan (self->plan, NULL, NULL, error);
      if (replacement == NULL)
        {
          g_autoptr(GError) undo_error = NULL;
          if (!pp_command_apply_to_plan (command, self->plan, !forward, &undo_error))
            g_critical ("Could not restore the plan after a refused change: %s", undo_error->message);
          return FALSE;
        }
      pp_check_run (replacement);
    }
  else
    {
      /* Checked before saving, so that the stored counts match the plan. */
      refresh_check (self, command);
    }

  if (!pp_sqlite_connection_begin (db, &local_error) ||
      !write_rows (self, command, forward, replacement != NULL ? replacement : self->check, &local_error) ||
      !pp_sqlite_connection_commit (db, &local_error))
    {
      g_autoptr(GError) undo_error = NULL;

      pp_library_fail (self->library, local_error, error);
      /* The library is as it was; bring the model back too. */
      if (!pp_command_apply_to_plan (command, self->plan, !forward, &undo_error))
        g_critical ("Could not restore the plan after a failed save: %s", undo_error->message);
      if (replacement == NULL && self->check != NULL)
        pp_check_run (self->check);
      return FALSE;
    }

  if (replacement != NULL)
    g_set_object (&self->check, replacement);
  return TRUE;
}

/* Told once the undo and redo stacks are right, so that listeners see
 * what can be undone now. */
static void
emit_changed (PpEditor  *self,
              PpCommand *command)
{
  g_signal_emit (self, signals[CHANGED], 0, pp_command_get_unit (command, self->plan));
}

gboolean
pp_editor_apply (PpEditor   *self,
                 PpCommand  *command,
                 GError    **error)
{
  g_return_val_if_fail (PP_IS_EDITOR (self), FALSE);
  g_return_val_if_fail (command != NULL, FALSE);

  if (!transact (self, command, TRUE, error))
    {
      pp_command_free (command);
      return FALSE;
    }
  g_ptr_array_add (self->undo, command);
  g_ptr_array_set_size (self->redo, 0);
  emit_changed (self, command);
  return TRUE;
}

gboolean
pp_editor_undo (PpEditor  *self,
                GError   **error)
{
  PpCommand *command;

  g_return_val_if_fail (PP_IS_EDITOR (self), FALSE);
  g_return_val_if_fail (self->undo->len > 0, FALSE);

  command = g_ptr_array_index (self->undo, self->undo->len - 1);
  if (!transact (self, command, FALSE, error))
    return FALSE;
  g_ptr_array_add (self->redo, g_ptr_array_steal_index (self->undo, self->undo->len - 1));
  emit_changed (self, command);
  return TRUE;
}

gboolean
pp_editor_redo (PpEditor  *self,
                GError   **error)
{
  PpCommand *command;

  g_return_val_if_fail (PP_IS_EDITOR (self), FALSE);
  g_return_val_if_fail (self->redo->len > 0, FALSE);

  command = g_ptr_array_index (self->redo, self->redo->len - 1);
  if (!transact (self, command, TRUE, error))
    return FALSE;
  g_ptr_array_add (self->undo, g_ptr_array_steal_index (self->redo, self->redo->len - 1));
  emit_changed (self, command);
  return TRUE;
}
