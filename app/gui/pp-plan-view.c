/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-view.c: every change goes through the editor (saved at once,
 * undoable); the view follows the editor's "changed" signal. */

#define G_LOG_DOMAIN "pp-plan-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "pp-check-summary.h"
#include "pp-cell-tip.h"
#include "pp-date.h"
#include "pp-file-error.h"
#include "pp-gui-util.h"
#include "pp-plan-chooser.h"
#include "pp-plan-io.h"
#include "pp-plan-overview.h"
#include "pp-plan-settings.h"
#include "pp-plan-view.h"
#include "pp-post-table.h"
#include "pp-report.h"
#include "pp-report-print.h"
#include "pp-report-writers.h"
#include "pp-result-list.h"
#include "pp-staff-list.h"
#include "pp-standby-bin.h"
#include "pp-unit-fields.h"
#include "pp-unit-item.h"

struct _PpPlanView
{
  GtkWidget       parent_instance;

  PpEditor       *editor;
  PpUnit         *unit;
  char           *unit_id;       /* the unit's id: outlives the unit when an edit removes it */
  GtkTreeListModel *tree_model;
  GtkSingleSelection *tree_selection;
  GHashTable     *row_status;    /* status image of a bound tree row → its unit */

  GtkWidget      *box;
  AdwWindowTitle *window_title;
  GtkLabel       *badge;
  AdwFlap        *tree_flap;
  AdwFlap        *panel_flap;
  GtkListView    *tree;
  GtkSearchEntry *unit_search;
  GtkStack       *tree_stack;
  GtkLabel       *unit_title;
  GtkLabel       *unit_subtitle;
  PpUnitFields   *fields;
  PpPostTable    *posts;
  PpStandbyBin   *unit_section;  /* fields and post lines; in standby on the plan's page */
  guint           warm_tick;      /* waits for the plan's first frame to start warm_source */
  guint           warm_source;    /* makes the unit page's widgets in idle time */
  gboolean        staff_prepared; /* warm_source made the staff list's rows */
  guint           warm_rows;      /* how many table rows warm_source makes */
  guint           reshow_source;  /* shows the unit again after its type changed */
  PpResultList   *results;
  PpPlanOverview *overview;
  PpStaffList    *staff;
};

G_DEFINE_FINAL_TYPE (PpPlanView, pp_plan_view, GTK_TYPE_WIDGET)

/* Header --------------------------------------------------------------- */

static void
update_header (PpPlanView *self)
{
  PpPlan *plan = pp_editor_get_plan (self->editor);
  PpCheck *check = pp_editor_get_check (self->editor);
  g_autofree char *subtitle = NULL;
  g_autofree char *badge = NULL;
  g_autofree char *date = pp_date_format_display (pp_check_get_date (check));

  /* TRANSLATORS: the policy pack's title and the plan date */
  subtitle = g_strdup_printf (_("%s · %s"), pp_pack_get_title (pp_check_get_pack (check)), date);
  adw_window_title_set_title (self->window_title, pp_plan_get_title (plan));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  badge = pp_check_summary_text (pp_check_get_count (check, PP_STATUS_FAIL),
                                 pp_check_get_count (check, PP_STATUS_WARN));
  gtk_label_set_label (self->badge, badge);
  gtk_widget_set_css_classes (GTK_WIDGET (self->badge),
                              (const char *[]) { "check-badge",
                                                 pp_check_summary_class (pp_check_get_count (check, PP_STATUS_FAIL),
                                                                         pp_check_get_count (check, PP_STATUS_WARN)),
                                                 NULL });

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.undo", pp_editor_can_undo (self->editor));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.redo", pp_editor_can_redo (self->editor));
}

/* Unit tree ------------------------------------------------------------ */

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  PpPlanView *self = user_data;
  PpUnit *unit = pp_unit_item_get_unit (item);

  if (unit->n_children == 0)
    return NULL;
  return pp_unit_item_list (pp_editor_get_plan (self->editor), unit);
}

/* Search results stand alone, without their units under them. */
static GListModel *
no_children (gpointer item,
             gpointer user_data)
{
  return NULL;
}

static void
setup_tree_row (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *status = gtk_image_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), status);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (list_item, expander);
}

static void
show_status (PpPlanView *self,
             GtkWidget  *status,
             PpUnit     *unit)
{
  PpStatus worst = pp_check_get_unit_status (pp_editor_get_check (self->editor), unit);

  gtk_image_set_from_icon_name (GTK_IMAGE (status),
                                worst == PP_STATUS_FAIL ? "dialog-error-symbolic"
                                : worst == PP_STATUS_WARN ? "dialog-warning-symbolic" : NULL);
  gtk_widget_set_css_classes (status, (const char *[]) { pp_status_css_class (worst), NULL });
  gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pp_status_get_label (worst), -1);
}

/* Only the rows on screen are bound: refreshing them all after an edit
 * is cheap, and catches the roll-ups an edit changes above it. */
static void
refresh_row_status (PpPlanView *self)
{
  GHashTableIter iter;
  gpointer status, unit;

  g_hash_table_iter_init (&iter, self->row_status);
  while (g_hash_table_iter_next (&iter, &status, &unit))
    show_status (self, status, unit);
}

static void
unbind_tree_row (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  PpPlanView *self = user_data;
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));

  g_hash_table_remove (self->row_status, gtk_widget_get_last_child (box));
}

static void
bind_tree_row (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  PpPlanView *self = user_data;
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *status = gtk_widget_get_last_child (box);
  g_autoptr(PpUnitItem) item = gtk_tree_list_row_get_item (row);
  PpUnit *unit = pp_unit_item_get_unit (item);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_label_set_label (GTK_LABEL (label), unit->name);
  show_status (self, status, unit);
  g_hash_table_insert (self->row_status, status, unit);
}

static void on_tree_selection (GtkSingleSelection *selection,
                               GParamSpec         *pspec,
                               PpPlanView         *self);

/* Shows roots in the tree; a search shows its matches as roots without
 * children. */
static void
show_tree_model (PpPlanView *self,
                 GListModel *roots,
                 gboolean    with_children)
{
  /* The old rows may show units an edit has just freed: they go before
   * anything could bind them again. */
  gtk_list_view_set_model (self->tree, NULL);
  g_hash_table_remove_all (self->row_status);

  if (gtk_list_view_get_factory (self->tree) == NULL)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (setup_tree_row), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_tree_row), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_tree_row), self);
      gtk_list_view_set_factory (self->tree, factory);
    }

  if (self->tree_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->tree_selection, self);
  g_clear_object (&self->tree_model);
  self->tree_model = gtk_tree_list_model_new (roots, FALSE, TRUE, with_children ? create_children : no_children,
                                              self, NULL);
  g_clear_object (&self->tree_selection);
  self->tree_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree_model)));
  gtk_single_selection_set_autoselect (self->tree_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->tree_selection, TRUE);
  gtk_single_selection_set_selected (self->tree_selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->tree, GTK_SELECTION_MODEL (self->tree_selection));
  g_signal_connect (self->tree_selection, "notify::selected", G_CALLBACK (on_tree_selection), self);
}

/* The units whose name holds the search text, ignoring case, in the
 * plan's order. */
static GListModel *
matching_units (PpPlanView *self,
                const char *text)
{
  GPtrArray *units = pp_plan_get_units (pp_editor_get_plan (self->editor));
  g_autofree char *needle = g_utf8_casefold (text, -1);
  GListStore *matches = g_list_store_new (PP_TYPE_UNIT_ITEM);

  for (guint i = 0; i < units->len; i++)
    {
      PpUnit *unit = g_ptr_array_index (units, i);
      g_autofree char *name = g_utf8_casefold (unit->name, -1);

      if (strstr (name, needle) != NULL)
        {
          g_autoptr(PpUnitItem) item = pp_unit_item_new (unit);
          g_list_store_append (matches, item);
        }
    }
  return G_LIST_MODEL (matches);
}

static void
rebuild_tree (PpPlanView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->unit_search));

  if (text[0] == '\0')
    {
      show_tree_model (self, pp_unit_item_list (pp_editor_get_plan (self->editor), NULL), TRUE);
      gtk_stack_set_visible_child_name (self->tree_stack, "tree");
    }
  else
    {
      GListModel *matches = matching_units (self, text);

      gtk_stack_set_visible_child_name (self->tree_stack,
                                        g_list_model_get_n_items (matches) > 0 ? "tree" : "no-match");
      show_tree_model (self, matches, FALSE);
    }
}

static void
on_unit_search_changed (PpPlanView *self)
{
  char *selected_id = g_strdup (self->unit_id);

  rebuild_tree (self);
  /* The unit shown stays shown, and selected when it matches. */
  if (selected_id != NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree_model)); i++)
        {
          g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree_model, i);
          g_autoptr(PpUnitItem) item = gtk_tree_list_row_get_item (row);

          if (g_strcmp0 (pp_unit_item_get_unit (item)->id, selected_id) == 0)
            {
              g_signal_handlers_block_by_func (self->tree_selection, on_tree_selection, self);
              gtk_single_selection_set_selected (self->tree_selection, i);
              g_signal_handlers_unblock_by_func (self->tree_selection, on_tree_selection, self);
              break;
            }
        }
    }
  g_free (selected_id);
}

/* Unit page ------------------------------------------------------------ */

/* At most this many of the table's rows are made ahead, a few at a
 * time, and at most this many staff records' rows. */
#define WARM_ROWS_MAX 32
#define WARM_ROWS_STEP 8
#define WARM_STAFF_MAX 16

static int
compare_guints (gconstpointer a,
                gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* The median count of lines (or staff) of the units that have any: what
 * to make ahead. Rows beyond a unit's own are removed when it is shown,
 * and rows it lacks are made then: the median makes the fewest of both. */
static guint
typical_count (GPtrArray *units,
               gboolean   staff)
{
  g_autoptr(GArray) counts = g_array_sized_new (FALSE, FALSE, sizeof (guint), units->len);

  for (guint i = 0; i < units->len; i++)
    {
      PpUnit *unit = g_ptr_array_index (units, i);
      guint n = staff ? unit->n_staff : unit->n_posts;

      if (n > 0)
        g_array_append_val (counts, n);
    }
  if (counts->len == 0)
    return 0;
  g_array_sort (counts, compare_guints);
  return g_array_index (counts, guint, counts->len / 2);
}

/* While the planner reads the plan's page, the unit page (in standby) is
 * made, a step at a time: the fields, the staff list's rows, then the
 * table's rows, as many as a typical unit has. The first unit chosen
 * then finds its widgets made, styled and measured, as every later one
 * does. */
static gboolean
warm_unit_page_idle (gpointer data)
{
  PpPlanView *self = data;
  GPtrArray *units = pp_plan_get_units (pp_editor_get_plan (self->editor));
  guint have = pp_post_table_get_n_rows (self->posts);
  guint want;

  if (self->unit != NULL)
    {
      /* A unit came first: its rows are the ones it needs. */
      self->warm_source = 0;
      return G_SOURCE_REMOVE;
    }
  if (pp_unit_fields_prepare (self->fields))
    return G_SOURCE_CONTINUE;
  if (!self->staff_prepared)
    {
      self->staff_prepared = TRUE;
      pp_staff_list_prepare (self->staff, MIN (typical_count (units, TRUE), WARM_STAFF_MAX));
      self->warm_rows = MIN (typical_count (units, FALSE), WARM_ROWS_MAX);
      return G_SOURCE_CONTINUE;
    }
  want = self->warm_rows;
  if (have < want)
    pp_post_table_prepare (self->posts, MIN (want, have + WARM_ROWS_STEP));
  if (have + WARM_ROWS_STEP >= want)
    {
      self->warm_source = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* In idle time after the plan's page is drawn: the frame comes first. An
 * idle of low priority alone could run before it, while the frame clock
 * waits for its time. */
static gboolean
start_warming (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  PpPlanView *self = PP_PLAN_VIEW (widget);

  self->warm_tick = 0;
  self->warm_source = g_idle_add_full (G_PRIORITY_LOW, warm_unit_page_idle, self, NULL);
  return G_SOURCE_REMOVE;
}

/* The unit's lines and staff. The plan's page keeps the table's rows and
 * the staff rows, in standby, for the next unit. */
static void
rebuild_posts (PpPlanView *self)
{
  gboolean first = pp_post_table_get_n_rows (self->posts) == 0;

  /* Staff name their lines: the staff list follows the lines. */
  pp_staff_list_show (self->staff, self->editor, self->unit);
  pp_post_table_show (self->posts, self->editor, self->unit);
  if (self->unit == NULL && first && self->warm_tick == 0 && self->warm_source == 0)
    self->warm_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), start_warming, NULL, NULL);
}

/* A line added or removed from the table's own buttons. */
static void
on_lines_changed (PpPlanView *self)
{
  pp_staff_list_show (self->staff, self->editor, self->unit);
}

static void show_unit (PpPlanView *self,
                       PpUnit     *unit);

static gboolean
reshow_unit_idle (gpointer data)
{
  PpPlanView *self = data;

  self->reshow_source = 0;
  show_unit (self, self->unit);
  return G_SOURCE_REMOVE;
}

/* Another type asks for other fields and another subtitle: the unit is
 * shown again, but not from inside the type row's own signal. */
static void
on_type_changed (PpPlanView *self)
{
  if (self->reshow_source == 0)
    self->reshow_source = g_idle_add (reshow_unit_idle, self);
}

/* The results of the unit shown; for the whole plan, the overview too. */
static void
show_compliance (PpPlanView *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->overview), self->unit == NULL);
  if (self->unit == NULL)
    pp_plan_overview_show (self->overview, pp_editor_get_check (self->editor));
  pp_result_list_show (self->results, self->editor, self->unit);
}

static void
show_unit (PpPlanView *self,
           PpUnit     *unit)
{
  PpPlan *plan = pp_editor_get_plan (self->editor);

  self->unit = unit;
  g_free (self->unit_id);
  self->unit_id = unit ? g_strdup (unit->id) : NULL;
  if (unit != NULL)
    {
      gtk_label_set_label (self->unit_title, unit->name);
      gtk_label_set_label (self->unit_subtitle, pp_unit_type_get_label (unit->type));
      /* Whole, where the line is too short for it. */
      pp_cell_tip_set (GTK_WIDGET (self->unit_subtitle), pp_unit_type_get_label (unit->type));
    }
  else
    {
      gtk_label_set_label (self->unit_title, pp_plan_get_title (plan));
      gtk_label_set_label (self->unit_subtitle, _("Whole plan"));
      pp_cell_tip_set (GTK_WIDGET (self->unit_subtitle), NULL);
    }
  /* The plan itself has no post lines: its page is its results. */
  pp_standby_bin_set_standby (self->unit_section, unit == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-post", unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.delete-unit", unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-sibling", unit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.move-unit", unit != NULL);
  pp_unit_fields_show (self->fields, self->editor, unit);
  rebuild_posts (self);
  show_compliance (self);
}

static void
on_tree_selection (GtkSingleSelection *selection,
                   GParamSpec         *pspec,
                   PpPlanView         *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (selection);
  g_autoptr(PpUnitItem) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  show_unit (self, item ? pp_unit_item_get_unit (item) : NULL);
  /* Over the page, the tree has done its job once a unit is chosen. */
  if (adw_flap_get_folded (self->tree_flap))
    adw_flap_set_reveal_flap (self->tree_flap, FALSE);
}

/* The unit of this id, or the whole plan when there is none such (NULL,
 * or gone with an edit). */
static void
show_unit_id (PpPlanView *self,
              const char *unit_id)
{
  if (unit_id == NULL || !pp_plan_view_select_unit (self, unit_id))
    show_unit (self, NULL);
}

/* Following the editor ------------------------------------------------- */

static void
on_editor_changed (PpEditor   *editor,
                   PpUnit     *unit,
                   PpPlanView *self)
{
  /* By id: the edit may have taken the unit shown out of the plan. */
  char *selected_id = g_strdup (self->unit_id);

  if (unit == NULL)
    {
      /* The tree or the rules changed: rebuild, keeping the selection. */
      rebuild_tree (self);
      show_unit_id (self, selected_id);
    }
  else
    {
      /* Rebuild the panel, not the table: the edited cell keeps focus.
       * Staff may have moved on or off a line: its remove button says. */
      show_compliance (self);
      if (unit == self->unit)
        pp_post_table_refresh_holders (self->posts);
      refresh_row_status (self);
    }
  g_free (selected_id);
  update_header (self);
}

/* Actions -------------------------------------------------------------- */

/* After a refused undo or redo of a change to the tree, the model reads
 * as before but may hold new units for the old ones (a unit taken out and
 * put back): no pointer the view keeps can be trusted. Everything is
 * shown again from the ids. */
static void
resync (PpPlanView *self)
{
  g_autofree char *shown = g_strdup (self->unit_id);

  self->unit = NULL;
  rebuild_tree (self);
  show_unit_id (self, shown);
}

/* plan.undo and plan.redo. */
static void
history_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PpPlanView *self = PP_PLAN_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gboolean undo = g_str_equal (action_name, "plan.undo");

  if (!(undo ? pp_editor_can_undo (self->editor) : pp_editor_can_redo (self->editor)))
    return;
  /* The library refused (locked, full disk): the plan reads as it did. */
  if (!(undo ? pp_editor_undo (self->editor, &error) : pp_editor_redo (self->editor, &error)))
    {
      pp_refuse_error (widget, error);
      resync (self);
      return;
    }
  /* Title, type, fields and lines may all have changed back. */
  show_unit (self, self->unit);
}

static void
add_post_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PpPlanView *self = PP_PLAN_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *id = NULL;
  PpPost post = { .title = _("New post line"), .count = 1, .level = -1 };

  if (self->unit == NULL)
    return;
  prefix = g_strconcat (self->unit->id, "-line", NULL);
  id = pp_plan_make_id (pp_editor_get_plan (self->editor), prefix);
  post.id = id;
  if (pp_editor_apply (self->editor, pp_command_add_post (self->unit->id, self->unit->n_posts, &post), &error))
    rebuild_posts (self);
}

static void
add_unit_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PpPlanView *self = PP_PLAN_VIEW (widget);
  g_autoptr(GError) error = NULL;
  PpPlan *plan = pp_editor_get_plan (self->editor);
  g_autofree char *id = pp_plan_make_id (plan, "unit");
  PpUnit *parent = self->unit;

  /* Under the unit shown, or a new root for the whole plan. */
  if (!pp_editor_apply (self->editor,
                        pp_command_add_unit (parent ? parent->id : NULL, parent ? parent->n_children
                                                                                : pp_plan_get_n_roots (plan),
                                             id, PP_UNIT_OTHER, PP_REGION_NONE, _("New unit")),
                        &error))
    {
      pp_refuse_error (widget, error);
      return;
    }
  pp_plan_view_select_unit (self, id);
}

/* A new unit right after the one shown, under the same parent. */
static void
add_sibling_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PpPlanView *self = PP_PLAN_VIEW (widget);
  g_autoptr(GError) error = NULL;
  PpPlan *plan = pp_editor_get_plan (self->editor);
  g_autofree char *id = pp_plan_make_id (plan, "unit");
  PpUnit *parent;
  guint place;

  if (self->unit == NULL)
    return;
  parent = self->unit->parent;
  place = pp_unit_get_place (plan, self->unit) + 1;
  if (!pp_editor_apply (self->editor,
                        pp_command_add_unit (parent ? parent->id : NULL, place, id, PP_UNIT_OTHER, PP_REGION_NONE,
                                             _("New unit")),
                        &error))
    {
      pp_refuse_error (widget, error);
      return;
    }
  pp_plan_view_select_unit (self, id);
}

gboolean
pp_plan_view_move_unit (PpPlanView *self,
                        const char *unit_id,
                        const char *parent_id)
{
  g_autoptr(GError) error = NULL;
  PpPlan *plan = pp_editor_get_plan (self->editor);
  PpUnit *parent = parent_id ? pp_plan_find_unit (plan, parent_id) : NULL;
  guint place = parent ? parent->n_children : pp_plan_get_n_roots (plan);

  g_return_val_if_fail (PP_IS_PLAN_VIEW (self), FALSE);

  /* Last among its new siblings; the model refuses a move under itself. */
  if (!pp_editor_apply (self->editor, pp_command_move_unit (unit_id, parent_id, place), &error))
    {
      pp_refuse_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  return pp_plan_view_select_unit (self, unit_id);
}

static void
on_move_response (AdwMessageDialog *dialog,
                  const char       *response,
                  PpPlanView       *self)
{
  GPtrArray *targets = g_object_get_data (G_OBJECT (dialog), "targets");
  GtkDropDown *choice = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  guint selected = gtk_drop_down_get_selected (choice);
  const char *unit_id = g_object_get_data (G_OBJECT (dialog), "unit-id");

  if (g_strcmp0 (response, "move") != 0 || selected >= targets->len)
    return;
  pp_plan_view_move_unit (self, unit_id, g_ptr_array_index (targets, selected));
}

/* A unit's place in the tree, as a path: "赤峰市 › 巴林右旗 › 大板镇". */
static char *
unit_path (PpUnit *unit)
{
  GString *path = g_string_new (unit->name);

  for (PpUnit *up = unit->parent; up != NULL; up = up->parent)
    {
      g_string_prepend (path, " › ");
      g_string_prepend (path, up->name);
    }
  return g_string_free (path, FALSE);
}

/* Asks where the unit shown goes: the top level, or any unit but itself
 * and those under it. */
static void
move_unit_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PpPlanView *self = PP_PLAN_VIEW (widget);
  GPtrArray *units = pp_plan_get_units (pp_editor_get_plan (self->editor));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GPtrArray *targets = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkExpression) expression = NULL;
  GtkWidget *dialog, *choice;
  g_autofree char *heading = NULL;

  if (self->unit == NULL)
    return;

  gtk_string_list_append (labels, _("Top level of the plan"));
  g_ptr_array_add (targets, NULL);
  for (guint i = 0; i < units->len; i++)
    {
      PpUnit *unit = g_ptr_array_index (units, i);
      gboolean inside = FALSE;
      g_autofree char *path = NULL;

      for (PpUnit *up = unit; up != NULL && !inside; up = up->parent)
        inside = up == self->unit;
      if (inside || unit == self->unit->parent)
        continue;
      path = unit_path (unit);
      gtk_string_list_append (labels, path);
      g_ptr_array_add (targets, g_strdup (unit->id));
    }

  /* TRANSLATORS: %s is a unit's name */
  heading = g_strdup_printf (_("Move “%s”"), self->unit->name);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   _("Choose the unit it goes under. Its own units go with it."));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  choice = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), g_steal_pointer (&expression));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (choice), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New place"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), choice);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "move", _("_Move"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "move");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "targets", targets, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (dialog), "unit-id", g_strdup (self->unit->id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_move_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_unit_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PpPlanView *self = PP_PLAN_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *parent = NULL;

  if (self->unit == NULL)
    return;
  parent = self->unit->parent ? g_strdup (self->unit->parent->id) : NULL;
  /* Undo brings the whole subtree back. */
  if (!pp_editor_apply (self->editor, pp_command_delete_unit (self->unit->id), &error))
    {
      pp_refuse_error (widget, error);
      return;
    }
  show_unit_id (self, parent);
}

static void
show_overview_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PpPlanView *self = PP_PLAN_VIEW (widget);

  gtk_single_selection_set_selected (self->tree_selection, GTK_INVALID_LIST_POSITION);
  show_unit (self, NULL);
}

/* F9 and Shift+F9: the side panes come and go; on a window too narrow to
 * show them beside the unit, they come over it. */
static void
toggle_flap_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PpPlanView *self = PP_PLAN_VIEW (widget);
  AdwFlap *flap = g_str_equal (action_name, "plan.toggle-units") ? self->tree_flap : self->panel_flap;

  adw_flap_set_reveal_flap (flap, !adw_flap_get_reveal_flap (flap));
}

static void
settings_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PpPlanView *self = PP_PLAN_VIEW (widget);
  PpPlanSettings *settings = pp_plan_settings_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->editor);

  gtk_window_present (GTK_WINDOW (settings));
}

static void
select_unit_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  pp_plan_view_select_unit (PP_PLAN_VIEW (widget), g_variant_get_string (parameter, NULL));
}

/* The file's path, or NULL (with the refusal shown) for a file that is not
 * on this computer. */
static char *
local_path (PpPlanView *self,
            GFile      *file,
            const char *refusal)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    pp_refuse (GTK_WIDGET (self), refusal);
  return path;
}

static void
announce (PpPlanView *self,
          const char *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-message", "s", message);
}

gboolean
pp_plan_view_export_file (PpPlanView *self,
                          GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (PP_IS_PLAN_VIEW (self), FALSE);

  path = local_path (self, file, _("Plans can only be exported to a file on this computer"));
  if (path == NULL)
    return FALSE;
  /* Written beside and renamed into place: a failure leaves no half file. */
  if (!pp_plan_write_file (pp_editor_get_plan (self->editor), path, &error))
    {
      pp_refuse_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  /* TRANSLATORS: %s is a file's path */
  message = g_strdup_printf (_("Plan exported to %s"), path);
  announce (self, message);
  return TRUE;
}

/* Writes the report of the unit shown (the whole plan's on the plan's
 * page) in the form its name ends with: the 岗位设置方案表 as PDF, its
 * tables as XLSX or CSV (UTF-8 with a byte-order mark, which WPS and
 * Excel open as it is), the check report as XML (interfaces.md §2), or
 * else as text. Atomically: a failure leaves no half file. */
gboolean
pp_plan_view_export_report (PpPlanView *self,
                            GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *message = NULL;
  PpCheck *check;
  PpReportFileFormat format;

  g_return_val_if_fail (PP_IS_PLAN_VIEW (self), FALSE);

  check = pp_editor_get_check (self->editor);
  path = local_path (self, file, _("Reports can only be exported to a file on this computer"));
  if (path == NULL)
    return FALSE;
  lower = g_ascii_strdown (path, -1);
  if (pp_report_file_format_from_name (path, &format))
    {
      g_autoptr(PpReport) report = pp_report_new (check, self->unit, PP_REPORT_DEFAULT);

      if (!pp_report_write_file (report, format, NULL, PP_CSV_UTF8_BOM, path, &error))
        {
          pp_refuse_error (GTK_WIDGET (self), error);
          return FALSE;
        }
    }
  else
    {
      g_autofree char *report = g_str_has_suffix (lower, ".xml") ? pp_report_format_xml (check, &error)
                                                                  : pp_report_format_text (check,
                                                                                           PP_REPORT_TEXT_PLAIN);

      if (report == NULL)
        {
          pp_refuse_error (GTK_WIDGET (self), error);
          return FALSE;
        }
      if (!g_file_set_contents_full (path, report, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
        {
          g_autofree char *reason = pp_file_error_describe (path, PP_FILE_WRITING, error);

          pp_refuse (GTK_WIDGET (self), reason);
          return FALSE;
        }
    }
  /* TRANSLATORS: %s is a file's path */
  message = g_strdup_printf (_("Report exported to %s"), path);
  announce (self, message);
  return TRUE;
}

/* Prints the report of the unit shown (the whole plan's on the plan's
 * page); with export_pdf, the printed pages go to that file instead of a
 * printer, without the dialog. */
gboolean
pp_plan_view_print_report (PpPlanView *self,
                           const char *export_pdf)
{
  g_autoptr(GError) error = NULL;
  PpReport *report;

  g_return_val_if_fail (PP_IS_PLAN_VIEW (self), FALSE);

  report = pp_report_new (pp_editor_get_check (self->editor), self->unit, PP_REPORT_DEFAULT);
  if (!pp_report_print (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), report, export_pdf, &error))
    {
      pp_refuse_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  return TRUE;
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  pp_plan_view_print_report (PP_PLAN_VIEW (widget), NULL);
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    PpPlanView      *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (g_object_get_data (G_OBJECT (chooser), "report") != NULL)
        pp_plan_view_export_report (self, file);
      else
        pp_plan_view_export_file (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

/* plan.export and plan.export-report: a chooser suggesting the plan's
 * title as the name. */
static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PpPlanView *self = PP_PLAN_VIEW (widget);
  gboolean report = g_str_equal (action_name, "plan.export-report");
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  GtkFileChooserNative *chooser = report ? pp_report_chooser_new (parent)
                                         : pp_plan_chooser_new (parent, GTK_FILE_CHOOSER_ACTION_SAVE);
  g_autofree char *name = NULL;

  /* TRANSLATORS: the suggested name of a report file; %s is the plan's title */
  name = report ? g_strdup_printf (_("%s — report.pdf"), self->unit ? self->unit->name
                                                                   : pp_plan_get_title (pp_editor_get_plan (self->editor)))
                : g_strconcat (pp_plan_get_title (pp_editor_get_plan (self->editor)), ".xml", NULL);
  /* Slashes in a title would make the suggested name a path. */
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "report", GINT_TO_POINTER (report));
  /* The view may go while the dialog is up; the dialog keeps it. */
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Life ----------------------------------------------------------------- */

static void
pp_plan_view_dispose (GObject *object)
{
  PpPlanView *self = (PpPlanView *) object;

  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_data (self->editor, self);
  g_clear_handle_id (&self->reshow_source, g_source_remove);
  g_clear_handle_id (&self->warm_source, g_source_remove);
  if (self->warm_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->warm_tick);
  self->warm_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_PLAN_VIEW);
  if (self->tree_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->tree_selection, self);
  g_clear_object (&self->tree_selection);
  g_clear_object (&self->tree_model);
  g_clear_pointer (&self->row_status, g_hash_table_unref);
  g_clear_object (&self->editor);
  g_clear_pointer (&self->unit_id, g_free);

  G_OBJECT_CLASS (pp_plan_view_parent_class)->dispose (object);
}

static void
pp_plan_view_class_init (PpPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_plan_view_dispose;

  g_type_ensure (PP_TYPE_RESULT_LIST);
  g_type_ensure (PP_TYPE_PLAN_OVERVIEW);
  g_type_ensure (PP_TYPE_STAFF_LIST);
  g_type_ensure (PP_TYPE_POST_TABLE);
  g_type_ensure (PP_TYPE_UNIT_FIELDS);
  g_type_ensure (PP_TYPE_STANDBY_BIN);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/postplan/PostPlan/pp-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, box);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, window_title);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, badge);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, tree_flap);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, panel_flap);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, tree);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, unit_search);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, tree_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_search_changed);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, unit_title);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, unit_subtitle);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, posts);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, unit_section);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, fields);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, results);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, overview);
  gtk_widget_class_bind_template_child (widget_class, PpPlanView, staff);
  gtk_widget_class_bind_template_callback (widget_class, rebuild_posts);
  gtk_widget_class_bind_template_callback (widget_class, on_lines_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_type_changed);

  gtk_widget_class_install_action (widget_class, "plan.undo", NULL, history_activated);
  gtk_widget_class_install_action (widget_class, "plan.redo", NULL, history_activated);
  gtk_widget_class_install_action (widget_class, "plan.add-post", NULL, add_post_activated);
  gtk_widget_class_install_action (widget_class, "plan.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "plan.export-report", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "plan.print-report", NULL, print_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "plan.print-report", NULL);
  gtk_widget_class_install_action (widget_class, "plan.add-unit", NULL, add_unit_activated);
  gtk_widget_class_install_action (widget_class, "plan.delete-unit", NULL, delete_unit_activated);
  gtk_widget_class_install_action (widget_class, "plan.add-sibling", NULL, add_sibling_activated);
  gtk_widget_class_install_action (widget_class, "plan.move-unit", NULL, move_unit_activated);
  gtk_widget_class_install_action (widget_class, "plan.select-unit", "s", select_unit_activated);
  gtk_widget_class_install_action (widget_class, "plan.show-overview", NULL, show_overview_activated);
  gtk_widget_class_install_action (widget_class, "plan.settings", NULL, settings_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "plan.settings", NULL);
  gtk_widget_class_install_action (widget_class, "plan.toggle-units", NULL, toggle_flap_activated);
  gtk_widget_class_install_action (widget_class, "plan.toggle-compliance", NULL, toggle_flap_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "plan.toggle-units", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, GDK_SHIFT_MASK, "plan.toggle-compliance", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "plan.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "plan.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "plan.redo", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pp_plan_view_init (PpPlanView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tests find the tree's parts as a user does, by what they are. */
  g_object_set_data (G_OBJECT (self->tree), "unit-tree", GUINT_TO_POINTER (1));
  g_object_set_data (G_OBJECT (self->unit_search), "unit-tree", GUINT_TO_POINTER (1));
  g_object_set_data (G_OBJECT (self->tree_stack), "unit-tree", GUINT_TO_POINTER (1));

  self->row_status = g_hash_table_new (g_direct_hash, g_direct_equal);
}

GtkWidget *
pp_plan_view_new (PpEditor *editor)
{
  PpPlanView *self;

  g_return_val_if_fail (PP_IS_EDITOR (editor), NULL);
  g_return_val_if_fail (pp_editor_get_check (editor) != NULL, NULL);

  self = g_object_new (PP_TYPE_PLAN_VIEW, NULL);
  self->editor = g_object_ref (editor);
  g_signal_connect (editor, "changed", G_CALLBACK (on_editor_changed), self);

  rebuild_tree (self);
  show_unit (self, NULL);
  update_header (self);
  return GTK_WIDGET (self);
}

PpEditor *
pp_plan_view_get_editor (PpPlanView *self)
{
  g_return_val_if_fail (PP_IS_PLAN_VIEW (self), NULL);
  return self->editor;
}

PpUnit *
pp_plan_view_get_unit (PpPlanView *self)
{
  g_return_val_if_fail (PP_IS_PLAN_VIEW (self), NULL);
  return self->unit;
}

/* Where a unit stands among its parent's children, or among the roots:
 * its place in the tree's model of them. */
static guint
sibling_place (PpPlan *plan,
               PpUnit *unit)
{
  guint n = unit->parent ? unit->parent->n_children : pp_plan_get_n_roots (plan);

  for (guint i = 0; i < n; i++)
    if ((unit->parent ? unit->parent->children[i] : pp_plan_get_root (plan, i)) == unit)
      return i;
  g_return_val_if_reached (0);
}

gboolean
pp_plan_view_select_unit (PpPlanView *self,
                          const char *unit_id)
{
  PpPlan *plan = pp_editor_get_plan (self->editor);
  PpUnit *unit = pp_plan_find_unit (plan, unit_id);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  g_autoptr(GtkTreeListRow) row = NULL;
  guint position;

  g_return_val_if_fail (PP_IS_PLAN_VIEW (self), FALSE);
  if (unit == NULL)
    return FALSE;

  /* The tree, not search results, holds every unit. */
  if (gtk_editable_get_text (GTK_EDITABLE (self->unit_search))[0] != '\0')
    {
      g_signal_handlers_block_by_func (self->unit_search, on_unit_search_changed, self);
      gtk_editable_set_text (GTK_EDITABLE (self->unit_search), "");
      g_signal_handlers_unblock_by_func (self->unit_search, on_unit_search_changed, self);
      rebuild_tree (self);
    }

  /* From the root down, expanding each ancestor and taking the child row
   * by its place among its siblings: the tree's rows are never walked,
   * which on a large plan would take longer than drawing the unit. */
  for (PpUnit *u = unit; u != NULL; u = u->parent)
    g_ptr_array_insert (path, 0, u);
  for (guint depth = 0; depth < path->len; depth++)
    {
      PpUnit *u = path->pdata[depth];
      guint place = sibling_place (plan, u);
      GtkTreeListRow *child;
      g_autoptr(PpUnitItem) item = NULL;

      if (row != NULL)
        gtk_tree_list_row_set_expanded (row, TRUE);
      child = row ? gtk_tree_list_row_get_child_row (row, place)
                  : gtk_tree_list_model_get_child_row (self->tree_model, place);
      g_clear_object (&row);
      row = child;
      /* None, or another unit: the model has not followed an edit yet. */
      item = row ? gtk_tree_list_row_get_item (row) : NULL;
      if (item == NULL || pp_unit_item_get_unit (item) != u)
        return FALSE;
    }
  position = gtk_tree_list_row_get_position (row);

  /* Selecting the row shows the unit; show it here only when the row
   * was selected already (the page may be stale after an edit). */
  if (gtk_single_selection_get_selected (self->tree_selection) == position)
    show_unit (self, unit);
  else
    gtk_single_selection_set_selected (self->tree_selection, position);
  return TRUE;
}
