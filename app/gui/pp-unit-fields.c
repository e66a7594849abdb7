/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-unit-fields.c: every row any type of unit could show is made once;
 * a unit shows those of its type, refreshed with their handlers blocked,
 * so that going from unit to unit changes values, not widgets. */

#define G_LOG_DOMAIN "pp-unit-fields"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pp-gui-util.h"
#include "pp-unit-fields.h"
#include "pp-unit-types.h"

struct _PpUnitFields
{
  GtkWidget   parent_instance;

  GtkListBox *list;
  PpEditor   *editor;    /* borrowed, while shown */
  char       *unit_id;
};

G_DEFINE_FINAL_TYPE (PpUnitFields, pp_unit_fields, GTK_TYPE_WIDGET)

enum
{
  TYPE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static PpUnit *
shown_unit (PpUnitFields *self)
{
  return pp_find_unit_shown (self->editor, self->unit_id);
}

static gboolean
apply_unit_field (PpUnitFields *self,
                  GtkWidget    *widget,
                  PpUnitField   field,
                  const char   *value)
{
  PpUnit *unit = shown_unit (self);

  return unit != NULL && pp_apply_or_refuse (self->editor, widget, pp_command_set_unit_field (unit->id, field, value));
}

static void
apply_project_field (PpUnitFields   *self,
                     GtkWidget      *widget,
                     PpProjectField  field,
                     const char     *value)
{
  PpUnit *unit = shown_unit (self);

  if (unit != NULL)
    pp_apply_or_refuse (self->editor, widget, pp_command_set_project_field (unit->id, field, value));
}

static void
on_name_applied (AdwEntryRow  *row,
                 PpUnitFields *self)
{
  apply_unit_field (self, GTK_WIDGET (row), PP_UNIT_FIELD_NAME, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
on_flag_toggled (GtkSwitch    *toggle,
                 GParamSpec   *pspec,
                 PpUnitFields *self)
{
  PpUnitField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toggle), "unit-field"));

  apply_unit_field (self, GTK_WIDGET (toggle), field, gtk_switch_get_active (toggle) ? "true" : "false");
}

static void
on_driver_changed (GtkSpinButton *spin,
                   PpUnitFields  *self)
{
  PpUnitField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "unit-field"));
  g_autofree char *value = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (spin));

  apply_unit_field (self, GTK_WIDGET (spin), field, value);
}

static void
add_flag_row (PpUnitFields *self,
              const char   *title,
              PpUnitField   field,
              PpUnitFlags   flag)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (toggle), "unit-field", GUINT_TO_POINTER (field));
  /* What refresh_field_widget () shows in it for the unit shown. */
  g_object_set_data (G_OBJECT (toggle), "unit-flag", GUINT_TO_POINTER (flag));
  g_signal_connect (toggle, "notify::active", G_CALLBACK (on_flag_toggled), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  gtk_list_box_append (self->list, row);
}

static void
add_driver_row (PpUnitFields *self,
                const char   *title,
                PpUnitField   field,
                PpDriver      driver)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, G_MAXINT32, 100);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (spin), "unit-field", GUINT_TO_POINTER (field));
  /* What refresh_field_widget () shows in it for the unit shown. */
  g_object_set_data (G_OBJECT (spin), "unit-driver", GUINT_TO_POINTER (driver + 1));
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_driver_changed), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  gtk_list_box_append (self->list, row);
}

static void
on_budget_changed (GtkSpinButton *spin,
                   PpUnitFields  *self)
{
  PpProjectField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "project-field")) - 1;
  g_autofree char *value = g_strdup_printf ("%.0f", gtk_spin_button_get_value (spin));

  apply_project_field (self, GTK_WIDGET (spin), field, value);
}

static void
on_service_field_selected (AdwComboRow  *row,
                           GParamSpec   *pspec,
                           PpUnitFields *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected != GTK_INVALID_LIST_POSITION)
    apply_project_field (self, GTK_WIDGET (row), PP_PROJECT_FIELD_FIELD, pp_field_to_string (selected));
}

static void
add_budget_row (PpUnitFields   *self,
                const char     *title,
                PpProjectField  field,
                double          step)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, field == PP_PROJECT_FIELD_CYCLE_YEARS ? 100 : 999999999999.0,
                                                    step);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 0);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 12);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  /* 1 + the field: the first field is 0, and no tag reads as 0 too. */
  g_object_set_data (G_OBJECT (spin), "project-field", GUINT_TO_POINTER (field + 1));
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_budget_changed), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  gtk_list_box_append (self->list, row);
}

/* A purchased project's yearly budget (in yuan), field and cycle. */
static void
add_budget_rows (PpUnitFields *self)
{
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);
  GtkWidget *field_row = adw_combo_row_new ();

  add_budget_row (self, _("Yearly funds (yuan)"), PP_PROJECT_FIELD_FUNDS, 1000);
  add_budget_row (self, _("Labour cost (yuan)"), PP_PROJECT_FIELD_LABOUR, 1000);
  add_budget_row (self, _("Activities, management, insurance, tax and training (yuan)"),
                  PP_PROJECT_FIELD_OVERHEAD, 1000);
  add_budget_row (self, _("Supervision (yuan)"), PP_PROJECT_FIELD_SUPERVISION, 1000);
  add_budget_row (self, _("Purchase cycle (years)"), PP_PROJECT_FIELD_CYCLE_YEARS, 1);

  for (PpField f = 0; f < PP_N_FIELDS; f++)
    gtk_string_list_append (fields, pp_field_get_label (f));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field_row), _("Service field"));
  adw_combo_row_set_model (ADW_COMBO_ROW (field_row), G_LIST_MODEL (fields));
  g_object_set_data (G_OBJECT (field_row), "project-field", GUINT_TO_POINTER (PP_PROJECT_FIELD_FIELD + 1));
  g_signal_connect (field_row, "notify::selected", G_CALLBACK (on_service_field_selected), self);
  gtk_list_box_append (self->list, field_row);
}

static void
on_type_selected (AdwComboRow  *row,
                  GParamSpec   *pspec,
                  PpUnitFields *self)
{
  guint selected = adw_combo_row_get_selected (row);
  PpUnit *unit = shown_unit (self);

  if (unit == NULL || selected == GTK_INVALID_LIST_POSITION || pp_unit_types_at (selected) == unit->type)
    return;
  if (!apply_unit_field (self, GTK_WIDGET (row), PP_UNIT_FIELD_TYPE,
                         pp_unit_type_to_string (pp_unit_types_at (selected))))
    return;
  /* Another type asks for other drivers, and names the unit otherwise:
   * the page shows the unit again. */
  g_signal_emit (self, signals[TYPE_CHANGED], 0);
}

static void
add_type_row (PpUnitFields *self)
{
  g_autoptr(GListModel) types = pp_unit_types_new_model ();
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Type"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), types);
  g_object_set_data (G_OBJECT (row), "unit-field", GUINT_TO_POINTER (PP_UNIT_FIELD_TYPE));
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_type_selected), self);
  gtk_list_box_append (self->list, row);
}

static gint64
project_value (const PpProject *p,
               PpProjectField   field)
{
  switch (field)
    {
    case PP_PROJECT_FIELD_FUNDS: return p->funds;
    case PP_PROJECT_FIELD_LABOUR: return p->labour;
    case PP_PROJECT_FIELD_OVERHEAD: return p->overhead;
    case PP_PROJECT_FIELD_SUPERVISION: return p->supervision;
    case PP_PROJECT_FIELD_CYCLE_YEARS: return p->cycle_years;
    default: g_return_val_if_reached (0);
    }
}

/* Puts the unit's values into a field widget, or the field widgets
 * under it. */
static void
refresh_field_widget (PpUnitFields *self,
                      PpUnit       *unit,
                      GtkWidget    *widget)
{
  PpProject none = { 0 };
  const PpProject *p = unit->project ? unit->project : &none;
  gpointer project_field = g_object_get_data (G_OBJECT (widget), "project-field");

  /* Showing the model is not an edit. */
  g_signal_handlers_block_matched (widget, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  if (ADW_IS_ENTRY_ROW (widget))
    gtk_editable_set_text (GTK_EDITABLE (widget), unit->name);
  else if (ADW_IS_COMBO_ROW (widget) && project_field != NULL)
    adw_combo_row_set_selected (ADW_COMBO_ROW (widget), p->field);
  else if (ADW_IS_COMBO_ROW (widget))
    adw_combo_row_set_selected (ADW_COMBO_ROW (widget), pp_unit_types_position_of (unit->type));
  else if (GTK_IS_SWITCH (widget))
    gtk_switch_set_active (GTK_SWITCH (widget),
                           (unit->flags & GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "unit-flag"))) != 0);
  else if (GTK_IS_SPIN_BUTTON (widget) && project_field != NULL)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget),
                               (double) project_value (p, GPOINTER_TO_UINT (project_field) - 1));
  else if (GTK_IS_SPIN_BUTTON (widget))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget),
                               unit->drivers[GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "unit-driver")) - 1]);
  else
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
      refresh_field_widget (self, unit, child);
  g_signal_handlers_unblock_matched (widget, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

/* Which rows a unit of a type shows: the name always; type and flags
 * for every unit but a region; a driver only for the types it counts
 * for; the budget only for a purchased project. */
typedef enum
{
  FIELD_ROW_NAME,
  FIELD_ROW_INSTITUTION,   /* type and flags */
  FIELD_ROW_DRIVER,        /* "unit-driver" on its spin button */
  FIELD_ROW_BUDGET,
} FieldRow;

static int
driver_of_type (PpUnitType type)
{
  switch (type)
    {
    case PP_UNIT_UNION:
      return PP_DRIVER_WORKERS;
    case PP_UNIT_URBAN_COMMUNITY:
    case PP_UNIT_RURAL_COMMUNITY:
      return PP_DRIVER_POPULATION;
    case PP_UNIT_SCHOOL:
      return PP_DRIVER_STUDENTS;
    case PP_UNIT_CORRECTIONS:
    case PP_UNIT_DRUG_REHAB:
      return PP_DRIVER_RECIPIENTS;
    default:
      return -1;
    }
}

static gboolean
field_row_wanted (GtkWidget  *row,
                  PpUnitType  type)
{
  switch ((FieldRow) GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field-row")))
    {
    case FIELD_ROW_NAME:
      return TRUE;
    case FIELD_ROW_INSTITUTION:
      return type != PP_UNIT_REGION;
    case FIELD_ROW_DRIVER:
      return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "field-driver")) == driver_of_type (type);
    case FIELD_ROW_BUDGET:
      return type == PP_UNIT_PURCHASED_PROJECT;
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* Every row any type could show, made once: ahead of the first unit, or
 * for it. */
static void
build_fields (PpUnitFields *self)
{
  static const struct { const char *title; PpUnitField field; PpDriver driver; } drivers[] = {
    { N_("Workers covered"), PP_UNIT_FIELD_WORKERS, PP_DRIVER_WORKERS },
    { N_("Population"), PP_UNIT_FIELD_POPULATION, PP_DRIVER_POPULATION },
    { N_("Students"), PP_UNIT_FIELD_STUDENTS, PP_DRIVER_STUDENTS },
    { N_("Service recipients"), PP_UNIT_FIELD_RECIPIENTS, PP_DRIVER_RECIPIENTS },
  };
  GtkWidget *name = adw_entry_row_new (), *row;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Name"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (name), TRUE);
  g_signal_connect (name, "apply", G_CALLBACK (on_name_applied), self);
  gtk_list_box_append (self->list, name);

  add_type_row (self);
  add_flag_row (self, _("Public institution"), PP_UNIT_FIELD_PUBLIC_INSTITUTION, PP_UNIT_PUBLIC_INSTITUTION);
  add_flag_row (self, _("Pilot unit"), PP_UNIT_FIELD_PILOT, PP_UNIT_PILOT);
  add_flag_row (self, _("At the county seat"), PP_UNIT_FIELD_COUNTY_SEAT, PP_UNIT_COUNTY_SEAT);
  for (row = gtk_widget_get_next_sibling (name); row; row = gtk_widget_get_next_sibling (row))
    g_object_set_data (G_OBJECT (row), "field-row", GUINT_TO_POINTER (FIELD_ROW_INSTITUTION));

  for (guint i = 0; i < G_N_ELEMENTS (drivers); i++)
    {
      add_driver_row (self, _(drivers[i].title), drivers[i].field, drivers[i].driver);
      row = gtk_widget_get_last_child (GTK_WIDGET (self->list));
      g_object_set_data (G_OBJECT (row), "field-row", GUINT_TO_POINTER (FIELD_ROW_DRIVER));
      g_object_set_data (G_OBJECT (row), "field-driver", GINT_TO_POINTER (drivers[i].driver));
    }

  row = gtk_widget_get_last_child (GTK_WIDGET (self->list));
  add_budget_rows (self);
  for (row = gtk_widget_get_next_sibling (row); row; row = gtk_widget_get_next_sibling (row))
    g_object_set_data (G_OBJECT (row), "field-row", GUINT_TO_POINTER (FIELD_ROW_BUDGET));
}

void
pp_unit_fields_show (PpUnitFields *self,
                     PpEditor     *editor,
                     PpUnit       *unit)
{
  g_return_if_fail (PP_IS_UNIT_FIELDS (self));
  g_return_if_fail (PP_IS_EDITOR (editor));

  self->editor = editor;
  g_free (self->unit_id);
  self->unit_id = unit ? g_strdup (unit->id) : NULL;
  /* The plan's page keeps the rows, in standby, as the last unit left them. */
  if (unit == NULL)
    return;
  pp_unit_fields_prepare (self);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row;
       row = gtk_widget_get_next_sibling (row))
    {
      gboolean wanted = field_row_wanted (row, unit->type);

      gtk_widget_set_visible (row, wanted);
      if (wanted)
        refresh_field_widget (self, unit, row);
    }
}

gboolean
pp_unit_fields_prepare (PpUnitFields *self)
{
  g_return_val_if_fail (PP_IS_UNIT_FIELDS (self), FALSE);

  if (gtk_widget_get_first_child (GTK_WIDGET (self->list)) != NULL)
    return FALSE;
  build_fields (self);
  return TRUE;
}

static void
pp_unit_fields_dispose (GObject *object)
{
  PpUnitFields *self = (PpUnitFields *) object;

  if (self->list != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->list));
  self->list = NULL;
  g_clear_pointer (&self->unit_id, g_free);
  self->editor = NULL;

  G_OBJECT_CLASS (pp_unit_fields_parent_class)->dispose (object);
}

static void
pp_unit_fields_class_init (PpUnitFieldsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_unit_fields_dispose;

  /* The unit's type was changed from its row: the rows it shows, and the
   * page's words for the unit, change with it. Emitted after the edit. */
  signals[TYPE_CHANGED] = g_signal_new ("type-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pp_unit_fields_init (PpUnitFields *self)
{
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Unit"), -1);
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));
}

GtkWidget *
pp_unit_fields_new (void)
{
  return g_object_new (PP_TYPE_UNIT_FIELDS, NULL);
}

