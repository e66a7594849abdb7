/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-library-plans.c: storing plans in the library and reading them back,
 * listing, renaming, duplicating, and the trash. */

#define G_LOG_DOMAIN "pp-library"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"
#include "pp-library-private.h"


static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Binds values in order to a statement: a compact way to write rows. */
static gboolean
bind_ints (PpSqliteStatement *stmt,
           int      first,
           GError **error,
           int      n,
           ...)
{
  va_list args;
  gboolean ok = TRUE;

  va_start (args, n);
  for (int i = 0; i < n && ok; i++)
    ok = pp_sqlite_statement_bind_int64 (stmt, first + i, va_arg (args, gint64), error);
  va_end (args);
  return ok;
}

/* A unit's staff records with their training. */
static gboolean
write_staff_rows (PpSqliteStatement  *staff_stmt,
                  PpSqliteStatement  *training_stmt,
                  PpUnit             *unit,
                  gint64              uid,
                  GError            **error)
{
  for (guint i = 0; i < unit->n_staff; i++)
    {
      const PpStaff *staff = &unit->staff[i];

      if (!bind_ints (staff_stmt, 1, error, 2, uid, (gint64) i) ||
          !pp_sqlite_statement_bind_text (staff_stmt, 3, staff->id, error) ||
          !pp_sqlite_statement_bind_text (staff_stmt, 4, unit->posts[staff->post].id, error) ||
          !pp_sqlite_statement_bind_text (staff_stmt, 5, pp_certificate_to_string (staff->certificate), error) ||
          !pp_sqlite_statement_bind_text (staff_stmt, 6, staff->directed_city, error) ||
          !pp_sqlite_statement_bind_text (staff_stmt, 7, staff->name, error) ||
          !pp_sqlite_statement_run (staff_stmt, error))
        return FALSE;

      for (guint t = 0; t < staff->n_training; t++)
        if (!bind_ints (training_stmt, 1, error, 5, uid, (gint64) i, (gint64) t,
                        (gint64) staff->training[t].year, (gint64) staff->training[t].hours) ||
            !pp_sqlite_statement_run (training_stmt, error))
          return FALSE;
    }
  return TRUE;
}

/* A purchased project's budget, when it has one. */
static gboolean
write_project_row (PpSqliteStatement  *project_stmt,
                   PpUnit             *unit,
                   gint64              uid,
                   GError            **error)
{
  const PpProject *p = unit->project;

  if (p == NULL)
    return TRUE;
  return bind_ints (project_stmt, 1, error, 5, uid, p->funds, p->labour, p->overhead, p->supervision) &&
         pp_sqlite_statement_bind_text (project_stmt, 6, p->field ? pp_field_to_string (p->field) : NULL, error) &&
         pp_sqlite_statement_bind_int64 (project_stmt, 7, p->cycle_years, error) &&
         pp_sqlite_statement_run (project_stmt, error);
}

#define STAFF_INSERT "INSERT INTO staff (unit, position, xml_id, post, certificate, directed_city, name)" \
                     " VALUES (?,?,?,?,?,?,?)"
#define TRAINING_INSERT "INSERT INTO training (unit, staff, position, year, hours) VALUES (?,?,?,?,?)"
#define PROJECT_INSERT "INSERT INTO projects (unit, funds, labour, overhead, supervision, field, cycle_years)" \
                       " VALUES (?,?,?,?,?,?,?)"

gboolean
pp_library_write_staff (PpLibrary  *self,
                        PpUnit     *unit,
                        gint64      uid,
                        GError    **error)
{
  PpSqliteConnection *connection = pp_library_get_connection (self);
  g_autoptr(PpSqliteStatement) staff_stmt = pp_sqlite_connection_prepare (connection, STAFF_INSERT, error);
  g_autoptr(PpSqliteStatement) training_stmt = staff_stmt ? pp_sqlite_connection_prepare (connection,
                                                                                          TRAINING_INSERT, error)
                                                          : NULL;

  return training_stmt != NULL && write_staff_rows (staff_stmt, training_stmt, unit, uid, error);
}

gboolean
pp_library_write_project (PpLibrary  *self,
                          PpUnit     *unit,
                          gint64      uid,
                          GError    **error)
{
  g_autoptr(PpSqliteStatement) stmt = pp_sqlite_connection_prepare (pp_library_get_connection (self),
                                                                    PROJECT_INSERT, error);

  return stmt != NULL && write_project_row (stmt, unit, uid, error);
}

/* Stores units in document order, each with its posts, staff, training
 * and budget. The first unit goes under top_parent (0: a root) at
 * top_place; every other unit's parent comes before it in the array. */
static gboolean
insert_units (PpSqliteConnection *connection,
              PpPlan             *plan,
              gint64              plan_id,
              GPtrArray          *units,
              gint64              top_parent,
              guint               top_place,
              GError            **error)
{
  g_autoptr(GHashTable) uids = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) places = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(PpSqliteStatement) unit_stmt = NULL, post_stmt = NULL, staff_stmt = NULL;
  g_autoptr(PpSqliteStatement) training_stmt = NULL, project_stmt = NULL;

  if (!(unit_stmt = pp_sqlite_connection_prepare (connection,
          "INSERT INTO units (plan, parent, position, xml_id, type, level, name, flags,"
          " workers, population, students, recipients) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", error)) ||
      !(post_stmt = pp_sqlite_connection_prepare (connection,
          "INSERT INTO posts (unit, position, xml_id, title, category, level, flags, count, filled,"
          " graduate_reserved) VALUES (?,?,?,?,?,?,?,?,?,?)", error)) ||
      !(staff_stmt = pp_sqlite_connection_prepare (connection, STAFF_INSERT, error)) ||
      !(training_stmt = pp_sqlite_connection_prepare (connection, TRAINING_INSERT, error)) ||
      !(project_stmt = pp_sqlite_connection_prepare (connection, PROJECT_INSERT, error)))
    return FALSE;

  /* Each unit's place among its siblings, in one pass over the children. */
  for (guint u = 0; u < units->len; u++)
    {
      PpUnit *unit = g_ptr_array_index (units, u);
      for (guint c = 0; c < unit->n_children; c++)
        g_hash_table_insert (places, unit->children[c], GUINT_TO_POINTER (c));
    }

  /* Units are in document order, so a parent's id is known before its
   * children need it. */
  for (guint u = 0; u < units->len; u++)
    {
      PpUnit *unit = g_ptr_array_index (units, u);
      gint64 parent = u == 0 ? top_parent
                             : (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (uids, unit->parent));
      guint place = u == 0 ? top_place : GPOINTER_TO_UINT (g_hash_table_lookup (places, unit));
      gint64 uid;

      if (!pp_sqlite_statement_bind_int64 (unit_stmt, 1, plan_id, error) ||
          !(parent > 0 ? pp_sqlite_statement_bind_int64 (unit_stmt, 2, parent, error)
                       : pp_sqlite_statement_bind_text (unit_stmt, 2, NULL, error)) ||
          !pp_sqlite_statement_bind_int64 (unit_stmt, 3, place, error) ||
          !pp_sqlite_statement_bind_text (unit_stmt, 4, unit->id, error) ||
          !pp_sqlite_statement_bind_text (unit_stmt, 5, pp_unit_type_to_string (unit->type), error) ||
          !pp_sqlite_statement_bind_text (unit_stmt, 6, unit->level ? pp_region_level_to_string (unit->level)
                                                                    : NULL, error) ||
          !pp_sqlite_statement_bind_text (unit_stmt, 7, unit->name, error) ||
          !bind_ints (unit_stmt, 8, error, 5, (gint64) unit->flags,
                      (gint64) unit->drivers[PP_DRIVER_WORKERS], (gint64) unit->drivers[PP_DRIVER_POPULATION],
                      (gint64) unit->drivers[PP_DRIVER_STUDENTS], (gint64) unit->drivers[PP_DRIVER_RECIPIENTS]) ||
          !pp_sqlite_statement_run (unit_stmt, error))
        return FALSE;
      uid = pp_sqlite_connection_last_insert_id (connection);
      g_hash_table_insert (uids, unit, GSIZE_TO_POINTER ((gsize) uid));

      for (guint i = 0; i < unit->n_posts; i++)
        {
          const PpPost *post = &unit->posts[i];

          if (!bind_ints (post_stmt, 1, error, 2, uid, (gint64) i) ||
              !pp_sqlite_statement_bind_text (post_stmt, 3, post->id, error) ||
              !pp_sqlite_statement_bind_text (post_stmt, 4, post->title, error) ||
              !pp_sqlite_statement_bind_text (post_stmt, 5, post->category ? pp_category_to_string (post->category)
                                                                           : NULL, error) ||
              !(post->level >= 0 ? pp_sqlite_statement_bind_int64 (post_stmt, 6, post->level, error)
                                 : pp_sqlite_statement_bind_text (post_stmt, 6, NULL, error)) ||
              !bind_ints (post_stmt, 7, error, 4, (gint64) post->flags, (gint64) post->count,
                          (gint64) post->filled, (gint64) post->graduate_reserved) ||
              !pp_sqlite_statement_run (post_stmt, error))
            return FALSE;
        }

      if (!write_staff_rows (staff_stmt, training_stmt, unit, uid, error) ||
          !write_project_row (project_stmt, unit, uid, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_plan (PpSqliteConnection *connection,
             PpPlan             *plan,
             gint64             *plan_id,
             GError            **error)
{
  GPtrArray *overrides = pp_plan_get_overrides (plan);
  g_autoptr(PpSqliteStatement) stmt = NULL;
  g_autoptr(PpSqliteStatement) override_stmt = NULL;
  g_autofree char *now = now_utc ();
  char date[11];

  pp_date_format (pp_plan_get_date (plan), date);

  if (!(stmt = pp_sqlite_connection_prepare (connection,
          "INSERT INTO plans (title, policy, date, created, modified) VALUES (?,?,?,?,?)", error)) ||
      !pp_sqlite_statement_bind_text (stmt, 1, pp_plan_get_title (plan), error) ||
      !pp_sqlite_statement_bind_text (stmt, 2, pp_plan_get_policy (plan), error) ||
      !pp_sqlite_statement_bind_text (stmt, 3, date[0] ? date : NULL, error) ||
      !pp_sqlite_statement_bind_text (stmt, 4, now, error) ||
      !pp_sqlite_statement_bind_text (stmt, 5, now, error) ||
      !pp_sqlite_statement_run (stmt, error))
    return FALSE;
  *plan_id = pp_sqlite_connection_last_insert_id (connection);

  if (!(override_stmt = pp_sqlite_connection_prepare (connection,
          "INSERT INTO overrides (plan, position, rule, param, value) VALUES (?,?,?,?,?)", error)))
    return FALSE;
  for (guint i = 0; i < overrides->len; i++)
    {
      PpOverride *override = g_ptr_array_index (overrides, i);

      if (!bind_ints (override_stmt, 1, error, 2, *plan_id, (gint64) i) ||
          !pp_sqlite_statement_bind_text (override_stmt, 3, override->rule, error) ||
          !pp_sqlite_statement_bind_text (override_stmt, 4, override->param, error) ||
          !pp_sqlite_statement_bind_text (override_stmt, 5, override->value, error) ||
          !pp_sqlite_statement_run (override_stmt, error))
        return FALSE;
    }

  /* Each root and its subtree, in order. */
  for (guint r = 0; r < pp_plan_get_n_roots (plan); r++)
    {
      PpUnit *root = pp_plan_get_root (plan, r);
      GPtrArray *all = pp_plan_get_units (plan);
      guint end = root->index + 1;
      g_autoptr(GPtrArray) subtree = NULL;

      while (end < all->len && ((PpUnit *) all->pdata[end])->depth > 0)
        end++;
      subtree = g_ptr_array_new_full (end - root->index, NULL);
      for (guint i = root->index; i < end; i++)
        g_ptr_array_add (subtree, all->pdata[i]);
      if (!insert_units (connection, plan, *plan_id, subtree, 0, r, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
pp_library_insert_units (PpLibrary  *self,
                         PpPlan     *plan,
                         gint64      plan_id,
                         GPtrArray  *units,
                         gint64      parent_uid,
                         guint       place,
                         GError    **error)
{
  return insert_units (pp_library_get_connection (self), plan, plan_id, units, parent_uid, place, error);
}

gint64
pp_library_add_plan (PpLibrary  *self,
                     PpPlan     *plan,
                     GError    **error)
{
  PpSqliteConnection *connection;
  g_autoptr(GError) local_error = NULL;
  gint64 plan_id = 0;

  g_return_val_if_fail (PP_IS_LIBRARY (self), 0);
  g_return_val_if_fail (PP_IS_PLAN (plan), 0);

  if (!pp_library_check_writable (self, error))
    return 0;

  connection = pp_library_get_connection (self);
  /* A new plan's rows refer only to rows the same transaction has just
   * made, each after the row it refers to: checking every post, staff
   * record and training against its unit was a seventh of the save and
   * could find nothing. The checks are back on once the plan is in (the
   * pragma works only outside a transaction, which add_plan begins). */
  pp_sqlite_connection_execute (connection, "PRAGMA foreign_keys=OFF", NULL);
  if (!pp_sqlite_connection_begin (connection, &local_error) ||
      !insert_plan (connection, plan, &plan_id, &local_error) ||
      !pp_sqlite_connection_commit (connection, &local_error))
    {
      pp_library_fail (self, local_error, error);
      plan_id = 0;
    }
  /* Cannot fail outside a transaction; were it to, deleting a unit would
   * leave its lines behind, so say so rather than go on quietly. */
  {
    g_autoptr(GError) restore_error = NULL;

    if (!pp_sqlite_connection_execute (connection, "PRAGMA foreign_keys=ON", &restore_error))
      g_warning ("Foreign-key checks could not be turned back on: %s", restore_error->message);
  }
  return plan_id;
}

/* Reading -------------------------------------------------------------- */

static gboolean
not_found (gint64   id,
           GError **error)
{
  g_autofree char *reference = g_strdup_printf ("@%" G_GINT64_FORMAT, id);

  g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_NOT_FOUND,
               _("There is no plan %s in the library: run “postplan-cli list” to see its plans"), reference);
  return FALSE;
}

typedef struct
{
  gint64  uid;
  gint64  parent;      /* 0 for a root */
  char   *xml_id;
  char   *type;
  char   *level;
  char   *name;
  gint64  flags;
  gint64  drivers[PP_N_DRIVERS];
} UnitRow;

static void
unit_row_clear (gpointer data)
{
  UnitRow *row = data;

  g_free (row->xml_id);
  g_free (row->type);
  g_free (row->level);
  g_free (row->name);
}

/* Reads the plan's units, sorted by parent and place, and adds them to the
 * plan depth first so that it holds them in document order. */
static gboolean
read_unit_rows (PpSqliteConnection *connection,
                PpPlan             *plan,
                gint64              plan_id,
                GHashTable         *by_uid,
                GError            **error)
{
  g_autoptr(PpSqliteStatement) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (UnitRow));
  g_autoptr(GHashTable) first_child = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean more;
  gboolean stepped;

  g_array_set_clear_func (rows, unit_row_clear);

  if (!(stmt = pp_sqlite_connection_prepare (connection,
          "SELECT id, coalesce (parent, 0), xml_id, type, level, name, flags, workers, population, students,"
          " recipients FROM units WHERE plan = ? ORDER BY coalesce (parent, 0), position", error)) ||
      !pp_sqlite_statement_bind_int64 (stmt, 1, plan_id, error))
    return FALSE;

  while ((stepped = pp_sqlite_statement_step (stmt, &more, error)) && more)
    {
      UnitRow row = {
        .uid = pp_sqlite_statement_get_int64 (stmt, 0),
        .parent = pp_sqlite_statement_get_int64 (stmt, 1),
        .xml_id = g_strdup (pp_sqlite_statement_get_text (stmt, 2)),
        .type = g_strdup (pp_sqlite_statement_get_text (stmt, 3)),
        .level = g_strdup (pp_sqlite_statement_get_text (stmt, 4)),
        .name = g_strdup (pp_sqlite_statement_get_text (stmt, 5)),
        .flags = pp_sqlite_statement_get_int64 (stmt, 6),
      };

      for (guint d = 0; d < PP_N_DRIVERS; d++)
        row.drivers[d] = pp_sqlite_statement_get_int64 (stmt, 7 + d);
      /* Rows of one parent are together, in place order: remember where
       * each parent's children start (index + 1, so that 0 means none). */
      if (!g_hash_table_contains (first_child, GSIZE_TO_POINTER ((gsize) row.parent)))
        g_hash_table_insert (first_child, GSIZE_TO_POINTER ((gsize) row.parent),
                             GUINT_TO_POINTER (rows->len + 1));
      g_array_append_val (rows, row);
    }
  if (!stepped)
    return FALSE;

  /* Depth first from the roots (parent 0), children in place order; the
   * stack holds row indices, pushed in reverse. */
#define PUSH_CHILDREN(parent_uid)                                                              G_STMT_START {                                                                                 guint first__ = GPOINTER_TO_UINT (g_hash_table_lookup (first_child,                                                                                 GSIZE_TO_POINTER ((gsize) (parent_uid))));     if (first__ > 0)                                                                               {                                                                                              guint end__ = first__ - 1;                                                                   while (end__ < rows->len && g_array_index (rows, UnitRow, end__).parent == (parent_uid))           end__++;                                                                                   for (guint k__ = end__; k__-- > first__ - 1;)                                                   g_array_append_val (stack, k__);                                                         }                                                                                        } G_STMT_END

  PUSH_CHILDREN (0);
  while (stack->len > 0)
    {
      guint i = g_array_index (stack, guint, stack->len - 1);
      UnitRow *row = &g_array_index (rows, UnitRow, i);
      PpUnit *parent = row->parent ? g_hash_table_lookup (by_uid, GSIZE_TO_POINTER ((gsize) row->parent)) : NULL;
      PpUnitType type = PP_UNIT_OTHER;
      PpRegionLevel level = PP_REGION_NONE;
      PpUnit *unit;

      g_array_set_size (stack, stack->len - 1);
      pp_unit_type_from_string (row->type, &type);
      if (row->level != NULL)
        pp_region_level_from_string (row->level, &level);

      unit = pp_plan_add_unit (plan, parent, row->xml_id, type, row->name, error);
      if (unit == NULL)
        return FALSE;
      unit->level = level;
      unit->flags = row->flags;
      for (guint d = 0; d < PP_N_DRIVERS; d++)
        unit->drivers[d] = row->drivers[d];
      g_hash_table_insert (by_uid, GSIZE_TO_POINTER ((gsize) row->uid), unit);
      PUSH_CHILDREN (row->uid);
    }
#undef PUSH_CHILDREN

  return TRUE;
}

static gboolean
load_units (PpSqliteConnection *connection,
            PpPlan             *plan,
            gint64              plan_id,
            GError            **error)
{
  /* Row ids are positive and far below 2^31 in any real library. */
  g_autoptr(GHashTable) by_uid = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(PpSqliteStatement) stmt = NULL;
  gboolean row;
  /* FALSE once a step failed: error may be NULL, so it cannot tell. */
  gboolean stepped;

#define LOOKUP_UNIT(uid) ((PpUnit *) g_hash_table_lookup (by_uid, GSIZE_TO_POINTER ((gsize) (uid))))

  if (!read_unit_rows (connection, plan, plan_id, by_uid, error))
    return FALSE;

  /* Posts, staff and training come in key order: each unit's rows
   * together, in their place. */
  if (!(stmt = pp_sqlite_connection_prepare (connection,
          "SELECT unit, xml_id, title, category, level, flags, count, filled, graduate_reserved FROM posts"
          " WHERE unit IN (SELECT id FROM units WHERE plan = ?) ORDER BY unit, position", error)) ||
      !pp_sqlite_statement_bind_int64 (stmt, 1, plan_id, error))
    return FALSE;
  while ((stepped = pp_sqlite_statement_step (stmt, &row, error)) && row)
    {
      gint64 uid = pp_sqlite_statement_get_int64 (stmt, 0);
      PpUnit *unit = LOOKUP_UNIT (uid);
      PpCategory category = PP_CATEGORY_NONE;
      PpPost *post;

      post = pp_plan_add_post (plan, unit, pp_sqlite_statement_get_text (stmt, 1),
                               pp_sqlite_statement_get_text (stmt, 2), error);
      if (post == NULL)
        return FALSE;
      if (!pp_sqlite_statement_is_null (stmt, 3))
        pp_category_from_string (pp_sqlite_statement_get_text (stmt, 3), &category);
      post->category = category;
      post->level = pp_sqlite_statement_is_null (stmt, 4) ? -1 : pp_sqlite_statement_get_int64 (stmt, 4);
      post->flags = pp_sqlite_statement_get_int64 (stmt, 5);
      post->count = pp_sqlite_statement_get_int64 (stmt, 6);
      post->filled = pp_sqlite_statement_get_int64 (stmt, 7);
      post->graduate_reserved = pp_sqlite_statement_get_int64 (stmt, 8);
    }
  if (!stepped)
    return FALSE;
  g_clear_object (&stmt);

  if (!(stmt = pp_sqlite_connection_prepare (connection,
          "SELECT unit, xml_id, post, certificate, directed_city, name FROM staff"
          " WHERE unit IN (SELECT id FROM units WHERE plan = ?) ORDER BY unit, position", error)) ||
      !pp_sqlite_statement_bind_int64 (stmt, 1, plan_id, error))
    return FALSE;
  while ((stepped = pp_sqlite_statement_step (stmt, &row, error)) && row)
    {
      gint64 uid = pp_sqlite_statement_get_int64 (stmt, 0);
      PpUnit *unit = LOOKUP_UNIT (uid);
      PpCertificate certificate = PP_CERT_NONE;
      PpStaff *staff;

      staff = pp_plan_add_staff (plan, unit, pp_sqlite_statement_get_text (stmt, 1),
                                 pp_sqlite_statement_get_text (stmt, 2), error);
      if (staff == NULL)
        return FALSE;
      pp_certificate_from_string (pp_sqlite_statement_get_text (stmt, 3), &certificate);
      staff->certificate = certificate;
      pp_staff_set_directed_city (plan, staff, pp_sqlite_statement_get_text (stmt, 4));
      pp_staff_set_name (plan, staff, pp_sqlite_statement_get_text (stmt, 5));
    }
  if (!stepped)
    return FALSE;
  g_clear_object (&stmt);

  if (!(stmt = pp_sqlite_connection_prepare (connection,
          "SELECT unit, staff, year, hours FROM training"
          " WHERE unit IN (SELECT id FROM units WHERE plan = ?) ORDER BY unit, staff, position", error)) ||
      !pp_sqlite_statement_bind_int64 (stmt, 1, plan_id, error))
    return FALSE;
  while ((stepped = pp_sqlite_statement_step (stmt, &row, error)) && row)
    {
      gint64 uid = pp_sqlite_statement_get_int64 (stmt, 0);
      PpUnit *unit = LOOKUP_UNIT (uid);
      gint64 staff = pp_sqlite_statement_get_int64 (stmt, 1);

      if (staff < 0 || staff >= unit->n_staff ||
          !pp_staff_add_training (&unit->staff[staff], pp_sqlite_statement_get_int64 (stmt, 2),
                                  pp_sqlite_statement_get_int64 (stmt, 3), error))
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_CORRUPT,
                         _("The plan library is damaged: training hours belong to no staff record"));
          return FALSE;
        }
    }
  if (!stepped)
    return FALSE;
  g_clear_object (&stmt);

  if (!(stmt = pp_sqlite_connection_prepare (connection,
          "SELECT unit, funds, labour, overhead, supervision, field, cycle_years FROM projects"
          " WHERE unit IN (SELECT id FROM units WHERE plan = ?)", error)) ||
      !pp_sqlite_statement_bind_int64 (stmt, 1, plan_id, error))
    return FALSE;
  while ((stepped = pp_sqlite_statement_step (stmt, &row, error)) && row)
    {
      gint64 uid = pp_sqlite_statement_get_int64 (stmt, 0);
      PpProject *p = pp_unit_ensure_project (LOOKUP_UNIT (uid));
      PpField field = PP_FIELD_NONE;

      p->funds = pp_sqlite_statement_get_int64 (stmt, 1);
      p->labour = pp_sqlite_statement_get_int64 (stmt, 2);
      p->overhead = pp_sqlite_statement_get_int64 (stmt, 3);
      p->supervision = pp_sqlite_statement_get_int64 (stmt, 4);
      if (!pp_sqlite_statement_is_null (stmt, 5))
        pp_field_from_string (pp_sqlite_statement_get_text (stmt, 5), &field);
      p->field = field;
      p->cycle_years = pp_sqlite_statement_get_int64 (stmt, 6);
    }
  if (!stepped)
    return FALSE;
#undef LOOKUP_UNIT

  for (guint u = 0; u < pp_plan_get_units (plan)->len; u++)
    pp_unit_trim (g_ptr_array_index (pp_plan_get_units (plan), u));

  return TRUE;
}

PpPlan *
pp_library_load_plan (PpLibrary  *self,
                      gint64      id,
                      GError    **error)
{
  PpSqliteConnection *connection;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PpPlan) plan = pp_plan_new ();
  g_autoptr(PpSqliteStatement) stmt = NULL;
  gboolean row;
  GDate date;

  g_return_val_if_fail (PP_IS_LIBRARY (self), NULL);
  connection = pp_library_get_connection (self);

  /* One read transaction: the plan is read as one consistent snapshot. */
  if (!pp_sqlite_connection_execute (connection, "BEGIN", &local_error))
    goto fail;

  if (!(stmt = pp_sqlite_connection_prepare (connection,
          "SELECT title, policy, date FROM plans WHERE id = ?", &local_error)) ||
      !pp_sqlite_statement_bind_int64 (stmt, 1, id, &local_error) ||
      !pp_sqlite_statement_step (stmt, &row, &local_error))
    goto fail;
  if (!row)
    {
      pp_sqlite_connection_rollback (connection);
      not_found (id, error);
      return NULL;
    }
  pp_plan_set_title (plan, pp_sqlite_statement_get_text (stmt, 0));
  pp_plan_set_policy (plan, pp_sqlite_statement_get_text (stmt, 1));
  if (pp_date_parse (pp_sqlite_statement_get_text (stmt, 2), &date))
    pp_plan_set_date (plan, &date);
  g_clear_object (&stmt);

  if (!(stmt = pp_sqlite_connection_prepare (connection,
          "SELECT rule, param, value FROM overrides WHERE plan = ? ORDER BY position", &local_error)) ||
      !pp_sqlite_statement_bind_int64 (stmt, 1, id, &local_error))
    goto fail;
  while (pp_sqlite_statement_step (stmt, &row, &local_error) && row)
    pp_plan_add_override (plan, pp_sqlite_statement_get_text (stmt, 0), pp_sqlite_statement_get_text (stmt, 1),
                          pp_sqlite_statement_get_text (stmt, 2));
  if (local_error != NULL)
    goto fail;

  if (!load_units (connection, plan, id, &local_error))
    goto fail;

  pp_sqlite_connection_rollback (connection);
  return g_steal_pointer (&plan);

fail:
  if (local_error != NULL && local_error->domain != PP_SQLITE_ERROR)
    {
      pp_sqlite_connection_rollback (connection);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  pp_library_fail (self, local_error, error);
  return NULL;
}

/* Listing and managing --------------------------------------------------- */

#define INFO_COLUMNS \
  "SELECT id, title, policy, coalesce (date, ''), modified, deleted," \
  " (SELECT count (*) FROM units WHERE units.plan = plans.id),"
#define INFO_SUMMARY \
  " check_fails IS NOT NULL AND check_warns IS NOT NULL, coalesce (check_fails, 0), coalesce (check_warns, 0)" \
  " FROM plans"
/* A library of version 1 open read-only has no counts: not checked. */
#define INFO_NO_SUMMARY " 0, 0, 0 FROM plans"

static PpSqliteStatement *
prepare_info (PpLibrary   *self,
              const char  *rest,
              GError     **error)
{
  g_autofree char *sql = g_strconcat (INFO_COLUMNS, pp_library_has_summaries (self) ? INFO_SUMMARY
                                                                                     : INFO_NO_SUMMARY,
                                      rest, NULL);

  return pp_sqlite_connection_prepare (pp_library_get_connection (self), sql, error);
}

static PpPlanInfo *
read_info (PpSqliteStatement *stmt)
{
  PpPlanInfo *info = g_new0 (PpPlanInfo, 1);

  info->id = pp_sqlite_statement_get_int64 (stmt, 0);
  info->title = g_strdup (pp_sqlite_statement_get_text (stmt, 1));
  info->policy = g_strdup (pp_sqlite_statement_get_text (stmt, 2));
  info->date = g_strdup (pp_sqlite_statement_get_text (stmt, 3));
  info->modified = g_strdup (pp_sqlite_statement_get_text (stmt, 4));
  info->deleted = g_strdup (pp_sqlite_statement_get_text (stmt, 5));
  info->n_units = pp_sqlite_statement_get_int64 (stmt, 6);
  info->checked = pp_sqlite_statement_get_int64 (stmt, 7) != 0;
  info->n_fail = pp_sqlite_statement_get_int64 (stmt, 8);
  info->n_warn = pp_sqlite_statement_get_int64 (stmt, 9);
  return info;
}

PpPlanInfo *
pp_library_get_plan_info (PpLibrary  *self,
                          gint64      id,
                          GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PpSqliteStatement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PP_IS_LIBRARY (self), NULL);

  if (!(stmt = prepare_info (self, " WHERE id = ?", &local_error)) ||
      !pp_sqlite_statement_bind_int64 (stmt, 1, id, &local_error) ||
      !pp_sqlite_statement_step (stmt, &row, &local_error))
    {
      pp_library_fail (self, local_error, error);
      return NULL;
    }
  if (!row)
    {
      not_found (id, error);
      return NULL;
    }
  return read_info (stmt);
}

GPtrArray *
pp_library_list_plans (PpLibrary  *self,
                       gboolean    include_deleted,
                       GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_plan_info_free);
  g_autoptr(PpSqliteStatement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PP_IS_LIBRARY (self), NULL);

  stmt = prepare_info (self, include_deleted ? " ORDER BY modified DESC, id DESC"
                                             : " WHERE deleted IS NULL ORDER BY modified DESC, id DESC",
                       &local_error);
  if (stmt == NULL)
    {
      pp_library_fail (self, local_error, error);
      return NULL;
    }
  while (pp_sqlite_statement_step (stmt, &row, &local_error) && row)
    g_ptr_array_add (plans, read_info (stmt));
  if (local_error != NULL)
    {
      pp_library_fail (self, local_error, error);
      return NULL;
    }
  return g_steal_pointer (&plans);
}

/* Runs one UPDATE or DELETE on a plan in its own transaction; a plan the
 * statement does not touch is "not found". */
static gboolean
change_plan (PpLibrary  *self,
             const char *sql,
             gint64      id,
             const char *text,
             GError    **error)
{
  PpSqliteConnection *connection = pp_library_get_connection (self);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PpSqliteStatement) stmt = NULL;
  g_autofree char *now = now_utc ();

  if (!pp_library_check_writable (self, error))
    return FALSE;

  if (!pp_sqlite_connection_begin (connection, &local_error) ||
      !(stmt = pp_sqlite_connection_prepare (connection, sql, &local_error)) ||
      !pp_sqlite_statement_bind_int64 (stmt, 1, id, &local_error) ||
      !pp_sqlite_statement_bind_text (stmt, 2, now, &local_error) ||
      (text != NULL && !pp_sqlite_statement_bind_text (stmt, 3, text, &local_error)) ||
      !pp_sqlite_statement_run (stmt, &local_error))
    return pp_library_fail (self, local_error, error);

  if (sqlite3_changes (pp_sqlite_connection_get_db (connection)) == 0)
    {
      pp_sqlite_connection_rollback (connection);
      return not_found (id, error);
    }

  if (!pp_sqlite_connection_commit (connection, &local_error))
    return pp_library_fail (self, local_error, error);
  return TRUE;
}

gboolean
pp_library_set_plan_summary (PpLibrary  *self,
                             gint64      id,
                             guint       n_fail,
                             guint       n_warn,
                             GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PpSqliteStatement) stmt = NULL;

  g_return_val_if_fail (PP_IS_LIBRARY (self), FALSE);

  if (!pp_library_check_writable (self, error))
    return FALSE;

  /* Not a change of the plan: its last change stays as it was. */
  if (!(stmt = pp_sqlite_connection_prepare (pp_library_get_connection (self),
                                             "UPDATE plans SET check_fails = ?, check_warns = ? WHERE id = ?",
                                             &local_error)) ||
      !pp_sqlite_statement_bind_int64 (stmt, 1, n_fail, &local_error) ||
      !pp_sqlite_statement_bind_int64 (stmt, 2, n_warn, &local_error) ||
      !pp_sqlite_statement_bind_int64 (stmt, 3, id, &local_error) ||
      !pp_sqlite_statement_run (stmt, &local_error))
    return pp_library_fail (self, local_error, error);
  if (sqlite3_changes (pp_sqlite_connection_get_db (pp_library_get_connection (self))) == 0)
    return not_found (id, error);
  return TRUE;
}

gboolean
pp_library_rename_plan (PpLibrary   *self,
                        gint64       id,
                        const char  *title,
                        GError     **error)
{
  g_return_val_if_fail (PP_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  return change_plan (self, "UPDATE plans SET modified = ?2, title = ?3 WHERE id = ?1 AND deleted IS NULL",
                      id, title, error);
}

gboolean
pp_library_delete_plan (PpLibrary  *self,
                        gint64      id,
                        GError    **error)
{
  g_return_val_if_fail (PP_IS_LIBRARY (self), FALSE);
  return change_plan (self, "UPDATE plans SET deleted = ?2 WHERE id = ?1 AND deleted IS NULL", id, NULL, error);
}

gboolean
pp_library_restore_plan (PpLibrary  *self,
                         gint64      id,
                         GError    **error)
{
  g_return_val_if_fail (PP_IS_LIBRARY (self), FALSE);
  /* ?2 is bound but unused: every change_plan statement takes the time. */
  return change_plan (self, "UPDATE plans SET deleted = NULL WHERE id = ?1 AND deleted IS NOT NULL AND ?2 IS NOT NULL",
                      id, NULL, error);
}

gboolean
pp_library_purge_plan (PpLibrary  *self,
                       gint64      id,
                       GError    **error)
{
  g_return_val_if_fail (PP_IS_LIBRARY (self), FALSE);
  return change_plan (self, "DELETE FROM plans WHERE id = ?1 AND deleted IS NOT NULL AND ?2 IS NOT NULL",
                      id, NULL, error);
}

gint64
pp_library_duplicate_plan (PpLibrary  *self,
                           gint64      id,
                           GError    **error)
{
  g_autoptr(PpPlan) plan = NULL;
  g_autoptr(PpPlanInfo) info = NULL;
  g_autofree char *title = NULL;
  gint64 copy;

  g_return_val_if_fail (PP_IS_LIBRARY (self), 0);

  if (!pp_library_check_writable (self, error) ||
      !(info = pp_library_get_plan_info (self, id, error)) ||
      !(plan = pp_library_load_plan (self, id, error)))
    return 0;

  /* TRANSLATORS: the title of a duplicated plan */
  title = g_strdup_printf (_("%s (copy)"), pp_plan_get_title (plan));
  pp_plan_set_title (plan, title);
  copy = pp_library_add_plan (self, plan, error);
  /* The copy checks as its original does; should this fail, the copy is
   * merely shown as not checked yet. */
  if (copy > 0 && info->checked)
    pp_library_set_plan_summary (self, copy, info->n_fail, info->n_warn, NULL);
  return copy;
}
