/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-new-plan-dialog.c: the New Plan dialog. Packs are offered with their
 * in-force window as of the chosen date, so a planner sees that a pack has
 * expired before building a plan on it. */

#define G_LOG_DOMAIN "pp-new-plan-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"
#include "pp-gui-util.h"
#include "pp-new-plan-dialog.h"
#include "pp-pack.h"
#include "pp-plan-start.h"
#include "pp-policy-choice.h"
#include "pp-unit-types.h"

struct _PpNewPlanDialog
{
  AdwWindow       parent_instance;

  GPtrArray      *packs;       /* PpPack, sorted by id */
  GSettings      *settings;    /* NULL without the schema */
  char           *default_policy;
  GDate           date;

  AdwEntryRow    *title_row;
  AdwComboRow    *policy_row;
  GtkMenuButton  *date_button;
  GtkCalendar    *calendar;
  GtkCheckButton *start_empty;
  GtkCheckButton *start_institution;
  GtkCheckButton *start_city;
  AdwPreferencesGroup *place_group;
  AdwEntryRow    *name_row;
  AdwComboRow    *type_row;
  AdwEntryRow    *counties_row;
  GtkLabel       *problem;
  GtkWidget      *create_button;
};

G_DEFINE_FINAL_TYPE (PpNewPlanDialog, pp_new_plan_dialog, ADW_TYPE_WINDOW)

enum { PLAN_READY, N_SIGNALS };
static guint signals[N_SIGNALS];

static PpPlanStart
chosen_start (PpNewPlanDialog *self)
{
  if (gtk_check_button_get_active (self->start_city))
    return PP_PLAN_START_CITY;
  if (gtk_check_button_get_active (self->start_institution))
    return PP_PLAN_START_INSTITUTION;
  return PP_PLAN_START_EMPTY;
}

static PpPack *
chosen_pack (PpNewPlanDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->policy_row);

  return selected < self->packs->len ? g_ptr_array_index (self->packs, selected) : NULL;
}

/* Pack titles, those expired on the plan date marked as such; the
 * selection stays on the same pack, or goes to the first in force. */
static void
fill_policies (PpNewPlanDialog *self)
{
  g_autoptr(GListModel) labels = pp_policy_choice_labels (self->packs, &self->date);
  guint selected = adw_combo_row_get_selected (self->policy_row);

  /* At first the pack of the last plan created, while it is installed. */
  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->packs->len)
    selected = pp_policy_choice_find (self->packs, self->default_policy);
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = pp_policy_choice_default (self->packs, &self->date);

  g_signal_handlers_block_matched (self->policy_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  adw_combo_row_set_model (self->policy_row, labels);
  adw_combo_row_set_selected (self->policy_row, selected);
  g_signal_handlers_unblock_matched (self->policy_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static void
update (PpNewPlanDialog *self)
{
  PpPlanStart start = chosen_start (self);
  PpPack *pack = chosen_pack (self);
  g_autofree char *date = pp_date_format_display (&self->date);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  gtk_menu_button_set_label (self->date_button, date);
  if (pack != NULL)
    {
      g_autofree char *in_force = pp_policy_choice_describe (pack, &self->date);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->policy_row), in_force);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->place_group), start != PP_PLAN_START_EMPTY);
  gtk_widget_set_visible (GTK_WIDGET (self->type_row), start == PP_PLAN_START_INSTITUTION);
  gtk_widget_set_visible (GTK_WIDGET (self->counties_row), start == PP_PLAN_START_CITY);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row),
                                 start == PP_PLAN_START_CITY ? _("City") : _("Institution"));

  /* Create waits for what a plan needs; the rest has defaults. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.create",
                                 pack != NULL && title[0] != '\0' &&
                                 (start == PP_PLAN_START_EMPTY || name[0] != '\0'));
}

static void
on_field_changed (PpNewPlanDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->problem), FALSE);
  update (self);
}

static void
on_policy_selected (PpNewPlanDialog *self)
{
  update (self);
}

static void
on_day_selected (PpNewPlanDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

  pp_new_plan_dialog_set_date (self, g_date_time_get_year (day), g_date_time_get_month (day),
                               g_date_time_get_day_of_month (day));
}

static void
on_entry_activated (PpNewPlanDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.create", NULL);
}

static void
create_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PpNewPlanDialog *self = PP_NEW_PLAN_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = NULL;
  g_auto(GStrv) counties = pp_plan_start_split_names (gtk_editable_get_text (GTK_EDITABLE (self->counties_row)));
  PpPack *pack = chosen_pack (self);
  guint type = adw_combo_row_get_selected (self->type_row);
  gboolean stored = FALSE;

  if (pack == NULL)
    return;
  plan = pp_plan_new_started (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), pack->id, &self->date,
                              chosen_start (self), gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                              pp_unit_types_at (type), (const char * const *) counties, &error);
  if (plan == NULL)
    {
      gtk_label_set_label (self->problem, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem), TRUE);
      gtk_widget_error_bell (widget);
      return;
    }
  g_signal_emit (self, signals[PLAN_READY], 0, plan, &stored);
  /* Not stored (a locked library, a full disk): what was typed stays, and
   * the handler has said why. */
  if (!stored)
    return;
  /* A planner mostly works under one policy: offer it first next time. */
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "default-policy", pack->id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pp_new_plan_dialog_dispose (GObject *object)
{
  PpNewPlanDialog *self = PP_NEW_PLAN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_NEW_PLAN_DIALOG);
  g_clear_pointer (&self->packs, g_ptr_array_unref);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->default_policy, g_free);
  G_OBJECT_CLASS (pp_new_plan_dialog_parent_class)->dispose (object);
}

static void
pp_new_plan_dialog_class_init (PpNewPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_new_plan_dialog_dispose;

  /* The plan was built; the handler stores it (PpPlan) and returns TRUE,
   * or says why not with pp_new_plan_dialog_show_problem () and returns
   * FALSE. */
  signals[PLAN_READY] = g_signal_new ("plan-ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      g_signal_accumulator_true_handled, NULL, NULL, G_TYPE_BOOLEAN, 1,
                                      PP_TYPE_PLAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/postplan/PostPlan/pp-new-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PpNewPlanDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, PpNewPlanDialog, policy_row);
  gtk_widget_class_bind_template_child (widget_class, PpNewPlanDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, PpNewPlanDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, PpNewPlanDialog, start_empty);
  gtk_widget_class_bind_template_child (widget_class, PpNewPlanDialog, start_institution);
  gtk_widget_class_bind_template_child (widget_class, PpNewPlanDialog, start_city);
  gtk_widget_class_bind_template_child (widget_class, PpNewPlanDialog, place_group);
  gtk_widget_class_bind_template_child (widget_class, PpNewPlanDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, PpNewPlanDialog, type_row);
  gtk_widget_class_bind_template_child (widget_class, PpNewPlanDialog, counties_row);
  gtk_widget_class_bind_template_child (widget_class, PpNewPlanDialog, problem);
  gtk_widget_class_bind_template_child (widget_class, PpNewPlanDialog, create_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_policy_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pp_new_plan_dialog_init (PpNewPlanDialog *self)
{
  g_autoptr(GListModel) types = pp_unit_types_new_model ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->date, 1);
  self->settings = pp_settings_new ();
  if (self->settings != NULL)
    self->default_policy = g_settings_get_string (self->settings, "default-policy");
  adw_combo_row_set_model (self->type_row, types);
}

PpNewPlanDialog *
pp_new_plan_dialog_new (GtkWindow *parent,
                        GDateTime *today)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = pp_pack_get_directory ();
  g_autoptr(GDateTime) now = today != NULL ? g_date_time_ref (today) : g_date_time_new_now_local ();
  PpNewPlanDialog *self = g_object_new (PP_TYPE_NEW_PLAN_DIALOG, "transient-for", parent, NULL);

  self->packs = pp_pack_load_all (directory, &error);
  if (self->packs == NULL)
    {
      /* A broken installation: say so where the planner looks. */
      self->packs = g_ptr_array_new ();
      gtk_label_set_label (self->problem, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem), TRUE);
    }
  pp_new_plan_dialog_set_date (self, g_date_time_get_year (now), g_date_time_get_month (now),
                               g_date_time_get_day_of_month (now));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

void
pp_new_plan_dialog_show_problem (PpNewPlanDialog *self,
                                 const char      *message)
{
  g_return_if_fail (PP_IS_NEW_PLAN_DIALOG (self));

  gtk_label_set_label (self->problem, message);
  gtk_widget_set_visible (GTK_WIDGET (self->problem), TRUE);
  gtk_widget_error_bell (GTK_WIDGET (self));
}

void
pp_new_plan_dialog_set_date (PpNewPlanDialog *self,
                             int              year,
                             int              month,
                             int              day)
{
  g_return_if_fail (PP_IS_NEW_PLAN_DIALOG (self));
  g_return_if_fail (g_date_valid_dmy (day, month, year));

  g_date_set_dmy (&self->date, day, month, year);
  fill_policies (self);
  update (self);
}
