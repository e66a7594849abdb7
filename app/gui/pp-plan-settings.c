/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-settings.c: the Plan Settings window. It shows the plan as the
 * editor has it, and follows the editor's "changed" signal, so an undo in
 * the plan window shows here at once. */

#define G_LOG_DOMAIN "pp-plan-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"
#include "pp-gui-util.h"
#include "pp-plan-settings.h"
#include "pp-policy-choice.h"

struct _PpPlanSettings
{
  AdwPreferencesWindow parent_instance;

  PpEditor      *editor;
  GPtrArray     *packs;          /* every pack, for the policy row */
  GPtrArray     *rules;          /* PpRule of the plan's packs, for overrides */
  gboolean       refreshing;     /* rows set from the plan, not by the user */

  AdwEntryRow   *title_row;
  AdwComboRow   *policy_row;
  GtkMenuButton *date_button;
  GtkCalendar   *calendar;
  GtkListBox    *overrides;
  AdwComboRow   *rule_row;
  AdwComboRow   *param_row;
  AdwEntryRow   *value_row;
};

G_DEFINE_FINAL_TYPE (PpPlanSettings, pp_plan_settings, ADW_TYPE_PREFERENCES_WINDOW)

static PpPlan *
plan_of (PpPlanSettings *self)
{
  return pp_editor_get_plan (self->editor);
}

/* A change through the editor; a refusal rings and says why. */
static gboolean
apply (PpPlanSettings *self,
       PpCommand      *command)
{
  g_autoptr(GError) error = NULL;

  if (pp_editor_apply (self->editor, command, &error))
    return TRUE;
  gtk_widget_error_bell (GTK_WIDGET (self));
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
  return FALSE;
}

static const PpRule *
selected_rule (PpPlanSettings *self)
{
  guint selected = adw_combo_row_get_selected (self->rule_row);

  return selected < self->rules->len ? g_ptr_array_index (self->rules, selected) : NULL;
}

static const PpParam *
selected_param (PpPlanSettings *self)
{
  const PpRule *rule = selected_rule (self);
  guint selected = adw_combo_row_get_selected (self->param_row);

  return rule != NULL && selected < rule->params->len ? g_ptr_array_index (rule->params, selected) : NULL;
}

/* The rules whose parameters may be overridden: those of the plan's pack
 * and of the national guidance, which is always checked too. */
static void
load_rules (PpPlanSettings *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *policy = pp_plan_get_policy (plan_of (self));

  g_ptr_array_set_size (self->rules, 0);
  for (guint p = 0; p < self->packs->len; p++)
    {
      PpPack *pack = g_ptr_array_index (self->packs, p);

      if (g_strcmp0 (pack->id, policy) != 0 && g_strcmp0 (pack->id, "national") != 0)
        continue;
      for (guint r = 0; r < pack->rules->len; r++)
        {
          PpRule *rule = g_ptr_array_index (pack->rules, r);
          g_autofree char *label = NULL;

          if (rule->params->len == 0)
            continue;
          /* TRANSLATORS: a rule's title and its clause */
          label = g_strdup_printf (_("%s · %s"), pp_rule_get_title (rule), rule->clause);
          g_ptr_array_add (self->rules, rule);
          gtk_string_list_append (labels, label);
        }
    }
  adw_combo_row_set_model (self->rule_row, G_LIST_MODEL (labels));
}

static void
on_param_selected (PpPlanSettings *self)
{
  const PpParam *param = selected_param (self);
  g_autofree char *subtitle = NULL;

  if (param != NULL)
    /* TRANSLATORS: a parameter's value as the policy pack sets it */
    subtitle = g_strdup_printf (_("The pack says: %s"), param->value);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->param_row), subtitle ? subtitle : "");
}

static void
on_rule_selected (PpPlanSettings *self)
{
  const PpRule *rule = selected_rule (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; rule != NULL && i < rule->params->len; i++)
    gtk_string_list_append (names, ((PpParam *) g_ptr_array_index (rule->params, i))->name);
  adw_combo_row_set_model (self->param_row, G_LIST_MODEL (names));
  on_param_selected (self);
}

static void
on_remove_override (GtkButton      *button,
                    PpPlanSettings *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "override-index"));

  apply (self, pp_command_remove_override (index));
}

static void
show_overrides (PpPlanSettings *self)
{
  GPtrArray *overrides = pp_plan_get_overrides (plan_of (self));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->overrides))))
    gtk_list_box_remove (self->overrides, child);

  for (guint i = 0; i < overrides->len; i++)
    {
      PpOverride *override = g_ptr_array_index (overrides, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *subtitle = g_strdup_printf ("%s = %s", override->param, override->value);

      const PpRule *rule = NULL;

      for (guint r = 0; r < self->rules->len && rule == NULL; r++)
        if (g_strcmp0 (((PpRule *) g_ptr_array_index (self->rules, r))->id, override->rule) == 0)
          rule = g_ptr_array_index (self->rules, r);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rule ? pp_rule_get_title (rule) : override->rule);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove Override"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove Override"), -1);
      g_object_set_data (G_OBJECT (remove), "override-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_override), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->overrides, row);
    }
  if (overrides->len == 0)
    {
      gtk_list_box_append (self->overrides, pp_empty_row_new (_("No overrides: the policy applies as published.")));
    }
}

/* Every row from the plan as it now reads. */
static void
refresh (PpPlanSettings *self)
{
  PpPlan *plan = plan_of (self);
  const GDate *date = pp_plan_get_date (plan);
  GDate today;
  const GDate *shown = date;
  g_autofree char *text = NULL;
  g_autoptr(GListModel) labels = NULL;
  g_autofree char *rule_id = NULL;
  const PpRule *chosen;
  guint position, param;

  self->refreshing = TRUE;
  if (!g_date_valid (date))
    {
      g_date_clear (&today, 1);
      g_date_set_time_t (&today, time (NULL));
      shown = &today;
    }
  /* Set only when it differs: setting text shows the row's apply button. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), pp_plan_get_title (plan)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), pp_plan_get_title (plan));

  labels = pp_policy_choice_labels (self->packs, shown);
  adw_combo_row_set_model (self->policy_row, labels);
  position = pp_policy_choice_find (self->packs, pp_plan_get_policy (plan));
  adw_combo_row_set_selected (self->policy_row, position);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      g_autofree char *in_force = pp_policy_choice_describe (g_ptr_array_index (self->packs, position), shown);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->policy_row), in_force);
    }

  if (g_date_valid (date))
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                        g_date_get_day (date), 0, 0, 0);
      gtk_calendar_select_day (self->calendar, day);
    }
  text = pp_date_format_display (date);
  gtk_menu_button_set_label (self->date_button, g_date_valid (date) ? text : _("Today"));

  /* The rule and parameter being chosen stay chosen. */
  chosen = selected_rule (self);
  rule_id = chosen != NULL ? g_strdup (chosen->id) : NULL;
  param = adw_combo_row_get_selected (self->param_row);
  load_rules (self);
  for (guint i = 0; rule_id != NULL && i < self->rules->len; i++)
    if (g_str_equal (((PpRule *) g_ptr_array_index (self->rules, i))->id, rule_id))
      adw_combo_row_set_selected (self->rule_row, i);
  on_rule_selected (self);
  if (rule_id != NULL && param != GTK_INVALID_LIST_POSITION &&
      param < g_list_model_get_n_items (adw_combo_row_get_model (self->param_row)))
    adw_combo_row_set_selected (self->param_row, param);
  show_overrides (self);
  self->refreshing = FALSE;
}

static void
on_editor_changed (PpEditor       *editor,
                   PpUnit         *unit,
                   PpPlanSettings *self)
{
  /* Edits of units leave the plan's settings as they were. */
  if (unit == NULL)
    refresh (self);
}

static void
on_title_applied (PpPlanSettings *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));

  if (title[0] == '\0')
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (_("A plan needs a title: the old one is kept")));
      refresh (self);
      return;
    }
  if (apply (self, pp_command_set_plan_field (PP_PLAN_FIELD_TITLE, title)))
    refresh (self);
}

static void
on_policy_selected (PpPlanSettings *self)
{
  guint selected = adw_combo_row_get_selected (self->policy_row);
  PpPack *pack;

  if (self->refreshing || selected >= self->packs->len)
    return;
  pack = g_ptr_array_index (self->packs, selected);
  if (g_strcmp0 (pack->id, pp_plan_get_policy (plan_of (self))) == 0)
    return;
  /* A refusal (an override the new pack has no rule for) puts the row
   * back to the policy the plan keeps. */
  if (!apply (self, pp_command_set_plan_field (PP_PLAN_FIELD_POLICY, pack->id)))
    refresh (self);
}

static void
on_day_selected (PpPlanSettings *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

  if (self->refreshing)
    return;
  pp_plan_settings_set_date (self, g_date_time_get_year (day), g_date_time_get_month (day),
                             g_date_time_get_day_of_month (day));
  gtk_menu_button_popdown (self->date_button);
}

static void
on_add_override (PpPlanSettings *self)
{
  const PpRule *rule = selected_rule (self);
  const PpParam *param = selected_param (self);
  g_autofree char *value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->value_row))));

  if (rule == NULL || param == NULL)
    return;
  if (value[0] == '\0')
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (_("Type the value that replaces the pack's")));
      return;
    }
  /* The checker refuses a value the rule cannot read, and says why. */
  if (apply (self, pp_command_add_override (pp_plan_get_overrides (plan_of (self))->len, rule->id, param->name,
                                            value)))
    gtk_editable_set_text (GTK_EDITABLE (self->value_row), "");
}

gboolean
pp_plan_settings_set_date (PpPlanSettings *self,
                           int             year,
                           int             month,
                           int             day)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PP_IS_PLAN_SETTINGS (self), FALSE);
  g_return_val_if_fail (g_date_valid_dmy (day, month, year), FALSE);

  text = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
  return apply (self, pp_command_set_plan_field (PP_PLAN_FIELD_DATE, text));
}

static void
pp_plan_settings_dispose (GObject *object)
{
  PpPlanSettings *self = PP_PLAN_SETTINGS (object);

  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_data (self->editor, self);
  /* The rows first: going, they may still ask for the chosen rule. */
  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_PLAN_SETTINGS);
  g_clear_object (&self->editor);
  g_clear_pointer (&self->packs, g_ptr_array_unref);
  g_clear_pointer (&self->rules, g_ptr_array_unref);
  G_OBJECT_CLASS (pp_plan_settings_parent_class)->dispose (object);
}

static void
pp_plan_settings_class_init (PpPlanSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_plan_settings_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/postplan/PostPlan/pp-plan-settings.ui");
  gtk_widget_class_bind_template_child (widget_class, PpPlanSettings, title_row);
  gtk_widget_class_bind_template_child (widget_class, PpPlanSettings, policy_row);
  gtk_widget_class_bind_template_child (widget_class, PpPlanSettings, date_button);
  gtk_widget_class_bind_template_child (widget_class, PpPlanSettings, calendar);
  gtk_widget_class_bind_template_child (widget_class, PpPlanSettings, overrides);
  gtk_widget_class_bind_template_child (widget_class, PpPlanSettings, rule_row);
  gtk_widget_class_bind_template_child (widget_class, PpPlanSettings, param_row);
  gtk_widget_class_bind_template_child (widget_class, PpPlanSettings, value_row);
  gtk_widget_class_bind_template_callback (widget_class, on_title_applied);
  gtk_widget_class_bind_template_callback (widget_class, on_policy_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_rule_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_param_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_add_override);
}

static void
pp_plan_settings_init (PpPlanSettings *self)
{
  self->rules = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

PpPlanSettings *
pp_plan_settings_new (GtkWindow *parent,
                      PpEditor  *editor)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = pp_pack_get_directory ();
  PpPlanSettings *self;

  g_return_val_if_fail (PP_IS_EDITOR (editor), NULL);

  self = g_object_new (PP_TYPE_PLAN_SETTINGS, "transient-for", parent, NULL);
  self->editor = g_object_ref (editor);
  self->packs = pp_pack_load_all (directory, &error);
  if (self->packs == NULL)
    {
      self->packs = g_ptr_array_new ();
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
    }
  g_signal_connect (editor, "changed", G_CALLBACK (on_editor_changed), self);
  refresh (self);
  return self;
}
